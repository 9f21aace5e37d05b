using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Kurator.Sdk.Serialization;

namespace Kurator.Sdk.Fleet.Overrides;

/// <summary>The overrides attached to workload objects, and the effective object a given cluster receives.</summary>
public static class WorkloadOverrides
{
    // Attached to the object itself, so `w.Add(d).Override(...)` needs no handle on the set.
    private static readonly ConditionalWeakTable<KubeObject, List<WorkloadOverride>> Table = new();

    /// <summary>The overrides of <paramref name="workload"/>, in the order they were declared.</summary>
    public static IReadOnlyList<WorkloadOverride> Of(KubeObject workload)
    {
        ArgumentNullException.ThrowIfNull(workload);
        lock (Table) return Table.TryGetValue(workload, out var list) ? list.ToList() : [];
    }

    internal static void Attach(KubeObject workload, WorkloadOverride item)
    {
        lock (Table) Table.GetOrCreateValue(workload).Add(item);
    }

    /// <summary>
    /// The object <paramref name="cluster"/> receives: the workload's JSON changed by every override selecting the cluster,
    /// in declaration order, each one run on the result of those before it (so two overrides of one image, env list or
    /// resources block both count). Throws naming the object, the override's clusters and the failing path.
    /// </summary>
    public static JsonObject Effective(KubeObject workload, MemberCluster cluster)
    {
        ArgumentNullException.ThrowIfNull(workload);
        ArgumentNullException.ThrowIfNull(cluster);
        var result = (JsonObject)KubeJson.ToNode(workload);
        foreach (var o in Of(workload).Where(o => o.Selector.Matches(cluster))) result = o.ApplyTo(result);
        return result;
    }
}
