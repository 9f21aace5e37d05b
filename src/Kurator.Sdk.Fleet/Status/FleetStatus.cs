using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Kurator.Sdk.Client;
using Kurator.Sdk.Client.Discovery;
using Kurator.Sdk.Fleet.Apply;
using Kurator.Sdk.Fleet.Model;
using Kurator.Sdk.Fleet.Readiness;
using Kurator.Sdk.Fleet.Targets;

namespace Kurator.Sdk.Fleet.Status;

/// <summary>What is deployed where: every object the app defines, plus the ones it owns but no longer defines, with readiness.</summary>
public static class FleetStatus
{
    /// <summary>The state of every object, per cluster, in apply order; an unreachable cluster yields one failed row.</summary>
    public static async Task<IReadOnlyList<ObjectState>> ReadAsync(DeploymentPlan plan, ClusterConnections connections, RuntimeOptions options, CancellationToken cancellationToken = default)
    {
        var perCluster = await Task.WhenAll(plan.Targets.Select(async target =>
        {
            try
            {
                return await ReadClusterAsync(plan, target, connections.ClientFor(target), options, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                var cluster = new ObjectRef("v1", "Cluster", null, target.Name);
                return (IReadOnlyList<ObjectState>)[new ObjectState(target.Name, cluster, ObjectStatus.Failed(ClusterApplier.Describe(e)), true)];
            }
        }));
        return perCluster.SelectMany(s => s).ToList();
    }

    /// <summary>How the live object departs from what apply would leave: another owner's, drifted, or not applied yet; null when in sync.</summary>
    private static string? Divergence(DesiredObject desired, LiveObject live, ApplySetIdentity set)
    {
        if (Ownership.Of(live, set) is { IsOurs: false } other) return "owned by " + other.Owner;
        if (desired.IsUnchanged(live)) return null;
        return desired.DefinitionUnchanged(live) ? "drift: " + (Drift.Find(desired.Body, live) ?? "metadata") + " changed out of band" : "definition changed since the last apply";
    }

    private static async Task<IReadOnlyList<ObjectState>> ReadClusterAsync(DeploymentPlan plan, ClusterTarget target, KubeClient client, RuntimeOptions options, CancellationToken cancellationToken)
    {
        var set = ApplySetIdentity.For(plan, options);
        var states = new List<ObjectState>();
        var defined = new List<ObjectRef>();
        foreach (var source in target.Objects)
        {
            var r = ObjectRef.Of(source);
            var resolved = r;
            try
            {
                var resource = await client.Mapper.MapAsync(r.ApiVersion, r.Kind, cancellationToken);
                var desired = DesiredObject.Create(source, set, resource.Namespaced ? client.Settings.Namespace : null);
                resolved = desired.Ref;
                var live = await client.TryGetAsync(resolved.ApiVersion, resolved.Kind, resolved.Name, resolved.Namespace, cancellationToken);
                states.Add(new ObjectState(target.Name, resolved, live is null ? new ObjectStatus(StatusKind.NotFound, "NotDeployed") : KStatus.Compute(live), true, live is null ? null : Divergence(desired, LiveObject.FromNode(live), set)));
            }
            catch (KindNotFoundException)
            {
                states.Add(new ObjectState(target.Name, r, new ObjectStatus(StatusKind.NotFound, "KindNotServed"), true));
            }

            defined.Add(resolved);
        }

        var (kinds, _, parent) = await new ApplySetParent(client, set).ReadAsync(cancellationToken);
        if (parent is not null)
        {
            var keys = defined.Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
            var versions = defined.GroupBy(d => d.GroupKind).ToDictionary(g => g.Key, g => g.First().ApiVersion, StringComparer.Ordinal);
            var inventory = await Inventory.LoadAsync(client, set, kinds, versions, cancellationToken);
            foreach (var (key, live) in inventory.Objects.Where(kv => !keys.Contains(kv.Key)))
            {
                states.Add(new ObjectState(target.Name, live.Ref, KStatus.Compute(live.Node), false));
            }
        }

        return ApplyOrder.ForApply(states, s => s.Object);
    }
}
