using System;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Kurator.Sdk.Emulator.Http;
using Kurator.Sdk.Emulator.Rest;
using Kurator.Sdk.Emulator.Schema;

using Kurator.Sdk.Emulator.Json;

namespace Kurator.Sdk.Emulator.Simulation;

/// <summary>
/// SIMULATION ONLY (no real controller runs): after a delay, writes the status a healthy controller would report
/// (or a failed one, for objects annotated <c>simulation.kurator.dev/outcome: Failed</c>), through the status subresource
/// with its own field manager, so readiness waiting can be exercised.
/// </summary>
internal sealed class ControllerSimulator : IDisposable
{
    public const string Manager = "kurator-emulator-simulated-controller";
    public const string OutcomeAnnotation = "simulation.kurator.dev/outcome";
    private const string ReconcileRequestedAt = "reconcile.fluxcd.io/requestedAt";
    private readonly ClusterState _state;
    private readonly TimeSpan _delay;
    private readonly ObjectWriter _writer;
    private readonly CancellationTokenSource _stop = new();

    public ControllerSimulator(ClusterState state, TimeSpan delay)
    {
        _state = state;
        _delay = delay;
        _writer = new ObjectWriter(state);
        _state.Committed += OnCommitted;
    }

    private void OnCommitted(ResourceType type, JsonObject obj)
    {
        if (!type.HasStatus || obj["metadata"]?["deletionTimestamp"] is not null) return;
        if (Desired(type, obj) is null) return;
        var ns = (string?)obj["metadata"]?["namespace"] ?? "";
        var name = (string)obj["metadata"]!["name"]!;
        _ = Task.Delay(_delay, _stop.Token).ContinueWith(_ => Reconcile(type, ns, name), _stop.Token, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
    }

    private void Reconcile(ResourceType type, string ns, string name)
    {
        lock (_state.Store.Gate)
        {
            var current = _state.Store.Get(type.Group, type.Plural, ns, name);
            if (current is null) return;
            var status = Desired(type, current);
            if (status is null) return;
            var next = (JsonObject)current.DeepClone();
            next["status"] = status;
            _writer.Commit(type, ns, current, next, new WriteOptions(Manager, false, "Ignore", false), "status", applied: false);
        }
    }

    /// <summary>The status to write, or null when the current status already reflects this generation.</summary>
    private static JsonObject? Desired(ResourceType type, JsonObject obj)
    {
        var generation = obj["metadata"]?["generation"].AsInt64() ?? 1;
        var status = obj["status"] as JsonObject;
        var failed = (string?)obj["metadata"]?["annotations"]?[OutcomeAnnotation] == "Failed";
        var observed = status?["observedGeneration"].AsInt64();
        var now = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        JsonObject Condition(string t, string s, string reason) => new() { ["type"] = t, ["status"] = s, ["reason"] = reason, ["lastTransitionTime"] = now, ["message"] = "simulated by the Kurator.Sdk emulator" };
        var replicas = obj["spec"]?["replicas"].AsInt64() ?? 1;
        var name = (string)obj["metadata"]!["name"]!;
        switch (type.Group, type.Kind)
        {
            case ("apps", "Deployment"):
                if (observed == generation) return null;
                return failed
                    ? new JsonObject { ["observedGeneration"] = generation, ["replicas"] = replicas, ["unavailableReplicas"] = replicas, ["conditions"] = new JsonArray(Condition("Progressing", "False", "ProgressDeadlineExceeded"), Condition("Available", "False", "MinimumReplicasUnavailable")) }
                    : new JsonObject { ["observedGeneration"] = generation, ["replicas"] = replicas, ["updatedReplicas"] = replicas, ["readyReplicas"] = replicas, ["availableReplicas"] = replicas, ["conditions"] = new JsonArray(Condition("Available", "True", "MinimumReplicasAvailable"), Condition("Progressing", "True", "NewReplicaSetAvailable")) };
            case ("apps", "StatefulSet"):
                if (observed == generation || failed) return null;
                return new JsonObject { ["observedGeneration"] = generation, ["replicas"] = replicas, ["readyReplicas"] = replicas, ["currentReplicas"] = replicas, ["updatedReplicas"] = replicas, ["availableReplicas"] = replicas, ["currentRevision"] = name + "-1", ["updateRevision"] = name + "-1" };
            case ("apps", "DaemonSet"):
                if (observed == generation || failed) return null;
                return new JsonObject { ["observedGeneration"] = generation, ["desiredNumberScheduled"] = 1, ["currentNumberScheduled"] = 1, ["updatedNumberScheduled"] = 1, ["numberAvailable"] = 1, ["numberReady"] = 1 };
            case ("batch", "Job"):
                if (status?["conditions"] is not null) return null;
                return new JsonObject { ["startTime"] = now, ["conditions"] = new JsonArray(failed ? Condition("Failed", "True", "BackoffLimitExceeded") : Condition("Complete", "True", "Completed")), [failed ? "failed" : "succeeded"] = 1 };
            case ("fleet.kurator.dev", "Fleet"):
                {
                    var phase = failed ? "Failed" : "Ready";
                    if ((string?)status?["phase"] == phase) return null;
                    var s = new JsonObject { ["phase"] = phase };
                    if (failed) s["reason"] = "simulated failure";
                    return s;
                }
            case ("batch.volcano.sh", "Job"):
                return VolcanoJob(obj, status, failed, now);
            case ("scheduling.volcano.sh", "Queue"):
                {
                    // A queue has no failed state; an unhealthy one stays Unknown (not accepting jobs).
                    var state = failed ? "Unknown" : "Open";
                    return (string?)status?["state"] == state ? null : new JsonObject { ["state"] = state };
                }
            case (_, _) when type.IsCustom:
                {
                    // Flux handles `flux reconcile` requests: it records the requestedAt annotation it acted on.
                    var requested = type.Group.EndsWith(".toolkit.fluxcd.io", StringComparison.Ordinal) ? (string?)obj["metadata"]?["annotations"]?[ReconcileRequestedAt] : null;
                    if (observed == generation && (requested is null || (string?)status?["lastHandledReconcileAt"] == requested)) return null;
                    var s = new JsonObject
                    {
                        ["observedGeneration"] = generation,
                        ["conditions"] = failed
                            ? new JsonArray(Condition("Ready", "False", "SimulatedFailure"), Condition("Stalled", "True", "SimulatedFailure"))
                            : new JsonArray(Condition("Ready", "True", "Succeeded")),
                    };
                    if (requested is not null) s["lastHandledReconcileAt"] = requested;
                    // Cluster API (v1beta2) summarises provisioning in Available rather than Ready.
                    if (type.Group == "cluster.x-k8s.io" || type.Group.EndsWith(".cluster.x-k8s.io", StringComparison.Ordinal))
                    {
                        // (JsonNode): Add(JsonNode), not Add<T>, the reflection-based overload a Native AOT kurator-sdk cannot use.
                        ((JsonArray)s["conditions"]!).Add((JsonNode)(failed ? Condition("Available", "False", "SimulatedFailure") : Condition("Available", "True", "Available")));
                    }

                    return s;
                }
            default:
                return null;
        }
    }

    /// <summary>
    /// Volcano Job: the gang is admitted at once and every task's pods run (phase Running), or the job fails
    /// (phase Failed). Volcano reports no observedGeneration; the phase is written once per job.
    /// </summary>
    private static JsonObject? VolcanoJob(JsonObject obj, JsonObject? status, bool failed, string now)
    {
        var phase = failed ? "Failed" : "Running";
        if ((string?)status?["state"]?["phase"] == phase) return null;
        long pods = 0;
        foreach (var task in obj["spec"]?["tasks"] as JsonArray ?? []) pods += task?["replicas"].AsInt64() ?? 0;
        var state = new JsonObject { ["phase"] = phase, ["lastTransitionTime"] = now };
        if (failed)
        {
            state["reason"] = "PodFailed";
            state["message"] = "simulated by the Kurator.Sdk emulator";
        }

        return new JsonObject
        {
            ["state"] = state,
            ["minAvailable"] = obj["spec"]?["minAvailable"].AsInt64() ?? pods,
            [failed ? "failed" : "running"] = pods,
        };
    }

    public void Dispose()
    {
        _state.Committed -= OnCommitted;
        _stop.Cancel();
        _stop.Dispose();
    }
}
