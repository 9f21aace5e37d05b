using System;
using System.Collections.Generic;
using System.Linq;
using Kurator.Sdk.Fleet.Overrides;

namespace Kurator.Sdk.Fleet.Delivery;

/// <summary>Label selectors that pick exactly a given set of clusters out of a fleet, for systems that select clusters by labels only.</summary>
internal static class LabelSelection
{
    /// <summary>
    /// The labels shared by all of <paramref name="wanted"/> when they match none of the other <paramref name="fleet"/>
    /// members; otherwise null. An empty result selects the whole fleet (only when <paramref name="wanted"/> is all of it).
    /// </summary>
    public static IReadOnlyDictionary<string, string>? Exact(IReadOnlyList<MemberCluster> wanted, IReadOnlyList<MemberCluster> fleet)
    {
        if (wanted.Count == 0) return null;
        var common = wanted[0].Labels.Where(kv => wanted.All(c => c.Labels[kv.Key] == kv.Value)).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        var names = wanted.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var others = fleet.Where(c => !names.Contains(c.Name));
        return others.Any(c => common.All(kv => c.Labels[kv.Key] == kv.Value)) ? null : new SortedDictionary<string, string>(common, StringComparer.Ordinal);
    }

    /// <summary>
    /// A label key all of <paramref name="wanted"/> carry, with their values, such that no other <paramref name="fleet"/>
    /// member carries the key with one of those values (a <c>key In (values)</c> selector picking exactly them); else null.
    /// </summary>
    public static (string Key, IReadOnlyList<string> Values)? In(IReadOnlyList<MemberCluster> wanted, IReadOnlyList<MemberCluster> fleet)
    {
        if (wanted.Count == 0) return null;
        var names = wanted.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var key in wanted[0].Labels.Keys.Order(StringComparer.Ordinal))
        {
            if (!wanted.All(c => c.Labels.ContainsKey(key))) continue;
            var values = wanted.Select(c => c.Labels[key]!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            if (!fleet.Any(c => !names.Contains(c.Name) && c.Labels[key] is { } v && values.Contains(v, StringComparer.Ordinal))) return (key, values);
        }

        return null;
    }

    /// <summary>
    /// Splits <paramref name="wanted"/> into parts that each have an exact selector: all at once when possible, else one
    /// per cluster; throws naming the cluster that no labels tell apart.
    /// </summary>
    public static IReadOnlyList<(IReadOnlyList<MemberCluster> Clusters, IReadOnlyDictionary<string, string> Labels)> Cover(IReadOnlyList<MemberCluster> wanted, IReadOnlyList<MemberCluster> fleet, string target)
    {
        if (Exact(wanted, fleet) is { } all) return [(wanted, all)];
        return wanted.Select(c => ((IReadOnlyList<MemberCluster>)[c], Exact([c], fleet)
            ?? throw new ArgumentException($"{target} target: cluster {c.Name} needs its own objects, but no labels tell it apart from the other members of its fleet; give its cluster object a distinguishing label"))).ToList();
    }
}
