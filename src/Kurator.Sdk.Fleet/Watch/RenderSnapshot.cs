using System;
using System.Collections.Generic;
using System.Linq;
using Kurator.Sdk.Fleet.Diff;
using Kurator.Sdk.Fleet.Model;

namespace Kurator.Sdk.Fleet.Watch;

/// <summary>What one render put on each cluster, object by object, in the form diffs are shown (Secret values masked).</summary>
internal sealed class RenderSnapshot
{
    private readonly Dictionary<string, (string Cluster, ObjectRef Object, string Yaml)> _objects;

    private RenderSnapshot(Dictionary<string, (string Cluster, ObjectRef Object, string Yaml)> objects, IReadOnlyList<(string Cluster, int Objects)> clusters)
    {
        _objects = objects;
        Clusters = clusters;
    }

    /// <summary>Each target cluster in plan order with its object count.</summary>
    public IReadOnlyList<(string Cluster, int Objects)> Clusters { get; }

    /// <summary>The objects of every cluster.</summary>
    public int Count => _objects.Count;

    public static RenderSnapshot Of(DeploymentPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var objects = new Dictionary<string, (string, ObjectRef, string)>(StringComparer.Ordinal);
        foreach (var target in plan.Targets)
        {
            foreach (var obj in target.Objects)
            {
                var r = ObjectRef.Of(obj);
                // A plan holds each object once per cluster (its invariants), so the key is unique.
                objects[target.Name + "\n" + r.Key] = (target.Name, r, Comparable.Yaml(obj));
            }
        }

        return new RenderSnapshot(objects, plan.Targets.Select(t => (t.Name, t.Objects.Count)).ToList());
    }

    /// <summary>What changed from <paramref name="before"/> to this render: removed, changed and added objects, each in cluster order.</summary>
    public IReadOnlyList<WatchChange> Since(RenderSnapshot before)
    {
        ArgumentNullException.ThrowIfNull(before);
        var changes = new List<WatchChange>();
        foreach (var (key, old) in before._objects)
        {
            if (!_objects.TryGetValue(key, out var now)) changes.Add(new WatchChange(old.Cluster, old.Object, WatchChangeKind.Removed, old.Yaml, ""));
            else if (!string.Equals(old.Yaml, now.Yaml, StringComparison.Ordinal)) changes.Add(new WatchChange(now.Cluster, now.Object, WatchChangeKind.Changed, old.Yaml, now.Yaml));
        }

        foreach (var (key, now) in _objects)
        {
            if (!before._objects.ContainsKey(key)) changes.Add(new WatchChange(now.Cluster, now.Object, WatchChangeKind.Added, "", now.Yaml));
        }

        var order = Clusters.Select(c => c.Cluster).Concat(before.Clusters.Select(c => c.Cluster)).Distinct(StringComparer.Ordinal).Select((name, i) => (name, i)).ToDictionary(x => x.name, x => x.i, StringComparer.Ordinal);
        return changes.OrderBy(c => order[c.Cluster]).ThenBy(c => c.Kind).ThenBy(c => c.Object.Key, StringComparer.Ordinal).ToList();
    }
}

/// <summary>How an object changed between two renders.</summary>
internal enum WatchChangeKind
{
    Changed,
    Added,
    Removed,
}

/// <summary>One object that differs between two renders, with its YAML before and after ("" where it did not exist).</summary>
internal sealed record WatchChange(string Cluster, ObjectRef Object, WatchChangeKind Kind, string Before, string After);
