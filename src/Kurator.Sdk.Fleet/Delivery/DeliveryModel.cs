using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Fleet.Model;
using Kurator.Sdk.Fleet.Overrides;
using Kurator.Sdk.Json;

namespace Kurator.Sdk.Fleet.Delivery;

/// <summary>Everything the targets render: the app's host objects and, per workload set, its clusters and workloads with resolved overrides.</summary>
/// <param name="AppName">The app's name (prefix of every generated object).</param>
/// <param name="HostObjects">The objects for the Kurator host (fresh JSON).</param>
/// <param name="Groups">One group per <c>Workloads(fleet, ...)</c> call, in call order.</param>
/// <param name="Options">The delivery options.</param>
public sealed record DeliveryModel(string AppName, IReadOnlyList<JsonObject> HostObjects, IReadOnlyList<WorkloadGroup> Groups, DeliveryOptions Options)
{
    /// <summary>The objects each member cluster receives (overrides applied), members in first-seen order: what every target must deliver.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<JsonObject>> EffectiveObjects() =>
        MemberObjects().ToDictionary(m => m.Name, m => m.Objects, StringComparer.Ordinal);

    /// <summary>Each member with the objects it receives, in the order members are first seen across the groups.</summary>
    private List<(string Name, IReadOnlyList<JsonObject> Objects)> MemberObjects()
    {
        var order = new List<string>();
        var objects = new Dictionary<string, List<JsonObject>>(StringComparer.Ordinal);
        foreach (var group in Groups)
        {
            foreach (var cluster in group.Clusters)
            {
                if (!objects.TryGetValue(cluster.Name, out var list))
                {
                    objects[cluster.Name] = list = new List<JsonObject>();
                    order.Add(cluster.Name);
                }

                list.AddRange(group.Workloads.Select(w => w.EffectiveFor(cluster.Name)));
            }
        }

        return order.Select(name => (name, (IReadOnlyList<JsonObject>)objects[name])).ToList();
    }

    /// <summary>
    /// What lands on each cluster, whatever the target: the host objects on the host, then each member (in first-seen
    /// order) with the objects it receives. The direct target applies exactly this plan; the others deliver the same
    /// member objects through their system. Built through <see cref="DeploymentPlan"/>, so an object defined twice for
    /// one cluster is refused for every target.
    /// </summary>
    public DeploymentPlan DeliveredPlan()
    {
        var targets = new List<ClusterTarget> { new(ClusterTarget.HostName, TargetRole.Host, HostObjects.Select(o => (JsonObject)o.DeepClone()).ToList()) };
        targets.AddRange(MemberObjects().Select(m => new ClusterTarget(m.Name, TargetRole.Member, m.Objects)));
        return new DeploymentPlan(AppName, targets);
    }
}

/// <summary>The workloads of one <c>Workloads(fleet, ...)</c> call.</summary>
/// <param name="Index">Position among the app's groups (0-based).</param>
/// <param name="FleetName">The fleet's name.</param>
/// <param name="FleetNamespace">The fleet's namespace.</param>
/// <param name="FleetMembers">Every member of the fleet, with labels (for selectors that must exclude the others).</param>
/// <param name="Clusters">The members these workloads go to.</param>
/// <param name="Workloads">The workloads, in definition order.</param>
public sealed record WorkloadGroup(int Index, string FleetName, string FleetNamespace, IReadOnlyList<MemberCluster> FleetMembers, IReadOnlyList<MemberCluster> Clusters, IReadOnlyList<DeliveredWorkload> Workloads)
{
    /// <summary>Clusters sorted into variants: clusters in one variant receive exactly the same objects.</summary>
    public IReadOnlyList<IReadOnlyList<MemberCluster>> Variants() => Clusters
        .GroupBy(c => string.Join("\n", Workloads.Select(w => string.Join(",", w.OperationsFor(c.Name).Select(o => o.ToString())))), StringComparer.Ordinal)
        .Select(g => (IReadOnlyList<MemberCluster>)g.ToList())
        .ToList();
}

/// <summary>
/// A workload and what each cluster of its group receives: the effective object (every matching override composed in
/// declaration order, see <see cref="WorkloadOverrides.Effective(KubeObject, IReadOnlyList{MemberCluster})"/>) and the JSON patch from the workload to it.
/// </summary>
/// <param name="Base">The workload as defined (fresh JSON).</param>
/// <param name="Effective">The object each cluster of the group receives, by cluster name.</param>
public sealed record DeliveredWorkload(JsonObject Base, IReadOnlyDictionary<string, JsonObject> Effective)
{
    // One patch per cluster, computed once: every target renders these (or the objects they lead to).
    private readonly Dictionary<string, IReadOnlyList<JsonPatchOperation>> _operations =
        Effective.ToDictionary(kv => kv.Key, kv => JsonDiff.Diff(Base, kv.Value), StringComparer.Ordinal);

    /// <summary>The add/remove/replace operations turning <see cref="Base"/> into what <paramref name="cluster"/> receives.</summary>
    public IReadOnlyList<JsonPatchOperation> OperationsFor(string cluster) =>
        _operations.TryGetValue(cluster, out var ops) ? ops : throw new ArgumentException($"{Slug}: cluster {cluster} is not one of its group's clusters", nameof(cluster));

    /// <summary>The object <paramref name="cluster"/> receives (a fresh copy).</summary>
    public JsonObject EffectiveFor(string cluster) =>
        Effective.TryGetValue(cluster, out var obj) ? (JsonObject)obj.DeepClone() : throw new ArgumentException($"{Slug}: cluster {cluster} is not one of its group's clusters", nameof(cluster));

    /// <summary>A short, readable name of the workload: <c>&lt;kind&gt;-&lt;name&gt;</c> in lower case.</summary>
    public string Slug => ((string?)Base["kind"] + "-" + (string?)Base["metadata"]?["name"]).ToLowerInvariant();
}
