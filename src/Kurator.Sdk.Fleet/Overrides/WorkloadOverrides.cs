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
    /// The object <paramref name="cluster"/> receives: the workload's JSON with the operations of every override selecting
    /// the cluster applied in declaration order. Throws naming the object, the cluster and the failing path.
    /// </summary>
    public static JsonObject Effective(KubeObject workload, MemberCluster cluster)
    {
        ArgumentNullException.ThrowIfNull(workload);
        ArgumentNullException.ThrowIfNull(cluster);
        var json = (JsonObject)KubeJson.ToNode(workload);
        var ops = Of(workload).Where(o => o.Selector.Matches(cluster)).SelectMany(o => o.OperationsFor(json)).ToList();
        return Apply(json, ops, $"{workload.Kind}/{workload.Name} for cluster {cluster.Name}");
    }

    /// <summary><paramref name="ops"/> applied to a copy of <paramref name="json"/>; errors name <paramref name="what"/>.</summary>
    public static JsonObject Apply(JsonObject json, IReadOnlyList<JsonPatchOperation> ops, string what)
    {
        if (ops.Count == 0) return (JsonObject)json.DeepClone();
        try
        {
            return JsonPatch.Apply(json, ops) as JsonObject ?? throw new JsonPatchException("the patch does not leave an object");
        }
        catch (JsonPatchException e)
        {
            throw new JsonPatchException($"override of {what}: {e.Message}");
        }
    }
}
