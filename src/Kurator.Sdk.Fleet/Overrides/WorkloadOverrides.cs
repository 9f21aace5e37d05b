using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Kurator.Sdk.Serialization;
using Kurator.Sdk.Json;

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
        ArgumentNullException.ThrowIfNull(cluster);
        return Effective(workload, [cluster])[cluster.Name];
    }

    /// <summary>
    /// <see cref="Effective(KubeObject, MemberCluster)"/> for each of <paramref name="clusters"/>, by cluster name (each
    /// cluster gets its own copy). Clusters selected by the same overrides share one composition, so a large fleet costs
    /// one per distinct set of overrides rather than one per cluster.
    /// </summary>
    public static IReadOnlyDictionary<string, JsonObject> Effective(KubeObject workload, IReadOnlyList<MemberCluster> clusters)
    {
        ArgumentNullException.ThrowIfNull(workload);
        ArgumentNullException.ThrowIfNull(clusters);
        var overrides = Of(workload);
        JsonObject? definition = null;
        var composed = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        var result = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var cluster in clusters)
        {
            var matching = Enumerable.Range(0, overrides.Count).Where(i => overrides[i].Selector.Matches(cluster)).ToList();
            var key = string.Join(",", matching);
            if (composed.TryGetValue(key, out var known))
            {
                result[cluster.Name] = (JsonObject)known.DeepClone();
                continue;
            }

            // The fold: each override runs on what the ones before it made.
            var obj = definition is null ? definition = (JsonObject)KubeJson.ToNode(workload) : (JsonObject)definition.DeepClone();
            try
            {
                foreach (var i in matching) obj = overrides[i].ApplyTo(obj);
            }
            catch (JsonPatchException e)
            {
                // An override may fit the workload but not what earlier overrides made of it on this cluster: say which.
                throw new JsonPatchException($"{e.Message} (on cluster {cluster.Name})");
            }

            composed[key] = obj;
            result[cluster.Name] = obj;
        }

        return result;
    }
}
