using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Xunit.Sdk;

namespace Kurator.Sdk.MultiSystem.Tests.Semantics;

/// <summary>
/// The objects each member cluster ends up with, as computed from one target's output: per cluster, one object per
/// apiVersion/kind/namespace/name. Delivering the same object twice to one cluster fails, since the systems would fight over it.
/// </summary>
internal sealed class Deliveries
{
    private readonly SortedDictionary<string, SortedDictionary<string, JsonObject>> _clusters = new(StringComparer.Ordinal);

    /// <summary>The clusters that received anything.</summary>
    public IReadOnlyList<string> Clusters => _clusters.Keys.ToList();

    /// <summary>Records that <paramref name="cluster"/> receives <paramref name="obj"/> (a copy is kept).</summary>
    public void Add(string cluster, JsonObject obj, string via)
    {
        if (!_clusters.TryGetValue(cluster, out var objects)) _clusters[cluster] = objects = new SortedDictionary<string, JsonObject>(StringComparer.Ordinal);
        var key = Key(obj);
        if (!objects.TryAdd(key, (JsonObject)obj.DeepClone())) throw new XunitException($"{cluster} receives {key} twice (again via {via})");
    }

    /// <summary>The objects of <paramref name="cluster"/>, keyed by <c>apiVersion kind namespace/name</c>.</summary>
    public IReadOnlyDictionary<string, JsonObject> Of(string cluster) =>
        _clusters.TryGetValue(cluster, out var objects) ? objects : new SortedDictionary<string, JsonObject>(StringComparer.Ordinal);

    /// <summary>Every cluster's objects as canonical JSON (keys sorted), one line per object, for comparisons with readable failures.</summary>
    public string Canonical() => string.Join("\n", _clusters.SelectMany(c => c.Value.Select(o => c.Key + " " + o.Key + " " + CanonicalJson.Of(o.Value))));

    public static string Key(JsonObject obj) =>
        $"{(string?)obj["apiVersion"]} {(string?)obj["kind"]} {(string?)obj["metadata"]?["namespace"]}/{(string?)obj["metadata"]?["name"]}";

    /// <summary>Deliveries built from a map of cluster to objects (the SDK's own view, or the expectation).</summary>
    public static Deliveries From(IEnumerable<KeyValuePair<string, IReadOnlyList<JsonObject>>> clusters, string via)
    {
        var result = new Deliveries();
        foreach (var (cluster, objects) in clusters)
        {
            foreach (var obj in objects) result.Add(cluster, obj, via);
        }

        return result;
    }
}
