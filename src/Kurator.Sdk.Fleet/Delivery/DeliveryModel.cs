using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Fleet.Overrides;

namespace Kurator.Sdk.Fleet.Delivery;

/// <summary>Everything the targets render: the app's host objects and, per workload set, its clusters and workloads with resolved overrides.</summary>
/// <param name="AppName">The app's name (prefix of every generated object).</param>
/// <param name="HostObjects">The objects for the Kurator host (fresh JSON).</param>
/// <param name="Groups">One group per <c>Workloads(fleet, ...)</c> call, in call order.</param>
/// <param name="Options">The delivery options.</param>
public sealed record DeliveryModel(string AppName, IReadOnlyList<JsonObject> HostObjects, IReadOnlyList<WorkloadGroup> Groups, DeliveryOptions Options)
{
    /// <summary>The objects each member cluster receives (overrides applied), members in first-seen order: what every target must deliver.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<JsonObject>> EffectiveObjects()
    {
        var result = new Dictionary<string, List<JsonObject>>(StringComparer.Ordinal);
        foreach (var group in Groups)
        {
            foreach (var cluster in group.Clusters)
            {
                if (!result.TryGetValue(cluster.Name, out var list)) result[cluster.Name] = list = new List<JsonObject>();
                list.AddRange(group.Workloads.Select(w => w.EffectiveFor(cluster.Name)));
            }
        }

        return result.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<JsonObject>)kv.Value, StringComparer.Ordinal);
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

/// <summary>A workload and its overrides resolved against the group's clusters.</summary>
/// <param name="Base">The workload as defined (fresh JSON).</param>
/// <param name="Overrides">The overrides, in declaration order.</param>
public sealed record DeliveredWorkload(JsonObject Base, IReadOnlyList<ResolvedOverride> Overrides)
{
    /// <summary>The operations applied for <paramref name="cluster"/>, in order.</summary>
    public IReadOnlyList<JsonPatchOperation> OperationsFor(string cluster) =>
        Overrides.Where(o => o.Clusters.Contains(cluster, StringComparer.Ordinal)).SelectMany(o => o.Operations).ToList();

    /// <summary>The object <paramref name="cluster"/> receives.</summary>
    public JsonObject EffectiveFor(string cluster) =>
        WorkloadOverrides.Apply(Base, OperationsFor(cluster), $"{(string?)Base["kind"]}/{(string?)Base["metadata"]?["name"]} for cluster {cluster}");

    /// <summary>A short, readable name of the workload: <c>&lt;kind&gt;-&lt;name&gt;</c> in lower case.</summary>
    public string Slug => ((string?)Base["kind"] + "-" + (string?)Base["metadata"]?["name"]).ToLowerInvariant();
}

/// <summary>An override resolved for one group: the clusters it selects there, and its operations on the workload.</summary>
/// <param name="Selector">The override's selector as written.</param>
/// <param name="Clusters">The names of the group's clusters it selects.</param>
/// <param name="Operations">Its add/remove/replace operations.</param>
public sealed record ResolvedOverride(ClusterSelector Selector, IReadOnlyList<string> Clusters, IReadOnlyList<JsonPatchOperation> Operations);
