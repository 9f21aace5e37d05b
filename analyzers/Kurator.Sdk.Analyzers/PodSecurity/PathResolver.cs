using System;
using System.Collections.Generic;
using Kurator.Sdk.Analyzers.Model;

namespace Kurator.Sdk.Analyzers.PodSecurity;

/// <summary>Follows a policy path through the built objects, yielding set values, known absences and unknowns.</summary>
internal static class PathResolver
{
    public static IEnumerable<PathMatch> Resolve(KubeNode start, IReadOnlyList<RuleSegment> segments, int from = 0)
    {
        var results = new List<PathMatch>();
        Walk(KubeValue.Of(start), null, segments, from, null, results);
        return results;
    }

    private static void Walk(KubeValue value, Microsoft.CodeAnalysis.Location? location, IReadOnlyList<RuleSegment> segments, int index, string? key, List<PathMatch> results)
    {
        if (index == segments.Count)
        {
            results.Add(new PathMatch(value, location, key));
            return;
        }

        switch (value.Kind)
        {
            case KubeValueKind.Null:
                results.Add(new PathMatch(null, location, key));
                return;
            case KubeValueKind.Object:
                break;
            default:
                // A runtime value, or a shape this path does not expect: nothing can be said.
                results.Add(new PathMatch(KubeValue.Unknown, location, key));
                return;
        }

        var node = value.Node!;
        var segment = segments[index];
        var field = node.Get(segment.Name);
        if (field is null)
        {
            results.Add(node.IsOpen ? new PathMatch(KubeValue.Unknown, node.Location, key) : new PathMatch(null, node.Location, key));
            return;
        }

        if (segment.AllItems)
        {
            if (field.Value.Kind != KubeValueKind.List)
            {
                results.Add(new PathMatch(field.Value.IsNull ? null : KubeValue.Unknown, field.Location, key));
                return;
            }

            foreach (var item in field.Value.List!.Items)
            {
                Walk(item.Value, item.Location, segments, index + 1, key, results);
            }

            if (field.Value.List.IsOpen)
            {
                results.Add(new PathMatch(KubeValue.Unknown, field.Location, key));
            }

            return;
        }

        if (segment.Key is not null)
        {
            if (field.Value.Kind != KubeValueKind.Map)
            {
                results.Add(new PathMatch(field.Value.IsNull ? null : KubeValue.Unknown, field.Location, key));
                return;
            }

            var prefix = segment.Key.EndsWith("*", StringComparison.Ordinal);
            var wanted = prefix ? segment.Key.Substring(0, segment.Key.Length - 1) : segment.Key;
            foreach (var entry in field.Value.Map!.Entries)
            {
                if (prefix ? entry.Key.StartsWith(wanted, StringComparison.Ordinal) : entry.Key == wanted)
                {
                    Walk(entry.Value.Value, entry.Value.Location, segments, index + 1, entry.Key, results);
                }
            }

            return;
        }

        Walk(field.Value, field.Location, segments, index + 1, key, results);
    }
}
