using System.Text.Json.Nodes;
using static Kurator.Sdk.Fleet.Readiness.JsonStatus;

namespace Kurator.Sdk.Fleet.Readiness;

/// <summary>
/// Readiness of a live object: the kstatus rules (generic checks, then per-kind rules for built-in workloads, then the
/// Ready condition), plus Kurator's and Volcano's kinds, which have no conditions or observedGeneration and need their own rules, Flux's and
/// Cluster API's (whose summary condition is Available, not Ready).
/// </summary>
public static class KStatus
{
    /// <summary>Computes the status of <paramref name="obj"/> as the server returned it.</summary>
    public static ObjectStatus Compute(JsonObject obj) => Compute(obj, null);

    /// <summary>Computes the status of <paramref name="obj"/>; for a Kurator Application, <paramref name="expectedSyncEntries"/> is how many syncStatus entries readiness requires.</summary>
    public static ObjectStatus Compute(JsonObject obj, int? expectedSyncEntries)
    {
        var metadata = obj["metadata"];
        if (metadata?["deletionTimestamp"] is not null) return new ObjectStatus(StatusKind.Terminating, "Terminating");
        var status = obj["status"];
        var generation = Int(metadata?["generation"]);
        var observed = Int(status?["observedGeneration"]);
        if (generation is not null && observed is not null && generation != observed) return ObjectStatus.InProgress("LatestGenerationNotObserved");
        if (ConditionIs(status, "Reconciling", "True")) return ObjectStatus.InProgress("Reconciling");
        if (ConditionIs(status, "Stalled", "True")) return ObjectStatus.Failed("Stalled: " + Str(Condition(status, "Stalled")?["message"]));

        var apiVersion = (string?)obj["apiVersion"] ?? "";
        var group = apiVersion.Contains('/') ? apiVersion[..apiVersion.IndexOf('/')] : "";
        return (group, (string?)obj["kind"]) switch
        {
            ("apps", "Deployment") => WorkloadRules.Deployment(obj),
            ("apps", "StatefulSet") => WorkloadRules.StatefulSet(obj),
            ("apps", "DaemonSet") => WorkloadRules.DaemonSet(obj),
            ("apps", "ReplicaSet") => WorkloadRules.ReplicaSet(obj),
            ("batch", "Job") => WorkloadRules.Job(obj),
            ("", "PersistentVolumeClaim") => Str(status?["phase"]) == "Bound" ? ObjectStatus.Current() : ObjectStatus.InProgress("NotBound"),
            ("apiextensions.k8s.io", "CustomResourceDefinition") => Crd(status),
            ("fleet.kurator.dev", "Fleet") => KuratorRules.Fleet(status),
            ("cluster.kurator.dev", "AttachedCluster") => KuratorRules.AttachedCluster(status),
            ("apps.kurator.dev", "Application") => KuratorRules.Application(status, expectedSyncEntries),
            ("batch.volcano.sh", "Job") => VolcanoRules.Job(status),
            ("scheduling.volcano.sh", "Queue") => VolcanoRules.Queue(status),
            _ when FluxRules.IsFlux(group) => FluxRules.Compute(obj),
            (_, var kind) when ClusterApiRules.Applies(group, kind) => ClusterApiRules.Compute(status),
            _ => ReadyCondition(status),
        };
    }

    /// <summary>kstatus for any other kind: Ready=True is Current, Ready=False/Unknown in progress, no conditions Current.</summary>
    internal static ObjectStatus ReadyCondition(JsonNode? status)
    {
        var ready = Condition(status, "Ready");
        if (ready is null) return ObjectStatus.Current();
        return Str(ready["status"]) == "True" ? ObjectStatus.Current() : ObjectStatus.InProgress("Ready=" + Str(ready["status"]) + ": " + Str(ready["reason"]));
    }

    private static ObjectStatus Crd(JsonNode? status)
    {
        if (ConditionIs(status, "NamesAccepted", "False")) return ObjectStatus.Failed("NamesNotAccepted");
        var established = Condition(status, "Established");
        if (Str(established?["status"]) == "True") return ObjectStatus.Current("Established");
        if (Str(established?["status"]) == "False" && Str(established?["reason"]) != "Installing") return ObjectStatus.Failed("NotEstablished: " + Str(established?["reason"]));
        return ObjectStatus.InProgress("Installing");
    }
}
