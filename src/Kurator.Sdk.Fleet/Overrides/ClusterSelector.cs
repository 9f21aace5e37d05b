using System;
using System.Collections.Generic;
using System.Linq;

namespace Kurator.Sdk.Fleet.Overrides;

/// <summary>
/// Which member clusters an override applies to: all of <see cref="MatchLabels"/> (equality), one of <see cref="Names"/>
/// when any are given, and a predicate when one is given. Every delivery target resolves it against the fleet's members
/// at synthesis time, so each system receives explicit cluster lists or label selectors that pick exactly those clusters.
/// </summary>
public sealed class ClusterSelector
{
    private ClusterSelector(IReadOnlyDictionary<string, string> labels, IReadOnlyList<string> names, Func<MemberCluster, bool>? predicate, string description)
    {
        MatchLabels = labels;
        Names = names;
        Predicate = predicate;
        Description = description;
    }

    /// <summary>Labels the cluster object must carry with exactly these values.</summary>
    public IReadOnlyDictionary<string, string> MatchLabels { get; }

    /// <summary>Cluster names, one of which must match (empty: any name).</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>An extra condition written as code, or null.</summary>
    public Func<MemberCluster, bool>? Predicate { get; }

    /// <summary>How the selector reads in messages.</summary>
    public string Description { get; }

    /// <summary>Clusters labelled <paramref name="key"/>=<paramref name="value"/>.</summary>
    public static ClusterSelector Labelled(string key, string value) => Labelled(new Dictionary<string, string> { [key] = value });

    /// <summary>Clusters carrying all of <paramref name="labels"/>.</summary>
    public static ClusterSelector Labelled(IReadOnlyDictionary<string, string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        if (labels.Count == 0) throw new ArgumentException("a label selector needs at least one label", nameof(labels));
        var copy = new SortedDictionary<string, string>(labels.ToDictionary(kv => kv.Key, kv => kv.Value), StringComparer.Ordinal);
        return new ClusterSelector(copy, [], null, string.Join(",", copy.Select(kv => kv.Key + "=" + kv.Value)));
    }

    /// <summary>The clusters with these names.</summary>
    public static ClusterSelector Named(params string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (names.Length == 0 || names.Any(string.IsNullOrEmpty)) throw new ArgumentException("name at least one cluster, none empty", nameof(names));
        return new ClusterSelector(new Dictionary<string, string>(), names.ToList(), null, "name in (" + string.Join(",", names) + ")");
    }

    /// <summary>The clusters for which <paramref name="predicate"/> holds (e.g. <c>c =&gt; c.Labels["provider"] == "aws"</c>).</summary>
    public static ClusterSelector Where(Func<MemberCluster, bool> predicate, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return new ClusterSelector(new Dictionary<string, string>(), [], predicate, description ?? "a predicate");
    }

    /// <summary>True when <paramref name="cluster"/> is selected.</summary>
    public bool Matches(MemberCluster cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        return MatchLabels.All(kv => cluster.Labels[kv.Key] == kv.Value)
            && (Names.Count == 0 || Names.Contains(cluster.Name, StringComparer.Ordinal))
            && (Predicate is null || Predicate(cluster));
    }

    /// <inheritdoc />
    public override string ToString() => Description;
}
