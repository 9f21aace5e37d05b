using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace Kurator.Sdk.Policy.Evaluation;

/// <summary>
/// Resolves a rule path (see <see cref="Rules.PodSecurityFieldRule"/>) against a JSON node: <c>[*]</c> expands list
/// items, a key ending in <c>*</c> expands matching map keys. A path without wildcards that runs into a missing
/// field yields one unset match at the full path, so "must be set" rules can report where the value belongs.
/// </summary>
internal static class PathPattern
{
    // Rule paths are few and fixed; parse each once. Bounded because per-container annotation keys vary by input.
    private const int MaxCached = 1024;
    private static readonly ConcurrentDictionary<string, IReadOnlyList<object>> Parsed = new(StringComparer.Ordinal);

    public static List<PathMatch> Resolve(JsonNode? root, string pattern)
    {
        var matches = new List<PathMatch>();
        if (!Parsed.TryGetValue(pattern, out var segments))
        {
            segments = FieldPath.Split(pattern);
            if (Parsed.Count < MaxCached)
            {
                Parsed.TryAdd(pattern, segments);
            }
        }

        Walk(root, segments, 0, string.Empty, null, matches);
        return matches;
    }

    private static void Walk(JsonNode? node, IReadOnlyList<object> segments, int i, string path, string? key, List<PathMatch> matches)
    {
        if (node is null)
        {
            AddUnset(segments, i, path, key, matches);
            return;
        }

        if (i == segments.Count)
        {
            matches.Add(new PathMatch(path, node, key));
            return;
        }

        var segment = segments[i];
        if (ReferenceEquals(segment, FieldPath.WildcardIndex))
        {
            if (node is JsonArray array)
            {
                for (var k = 0; k < array.Count; k++)
                {
                    if (array[k] is not null)
                    {
                        Walk(array[k], segments, i + 1, FieldPath.Index(path, k), key, matches);
                    }
                }
            }

            return;
        }

        if (segment is int index)
        {
            var child = node is JsonArray list && index < list.Count ? list[index] : null;
            Walk(child, segments, i + 1, FieldPath.Index(path, index), key, matches);
            return;
        }

        var name = (string)segment;
        if (name.EndsWith("*", StringComparison.Ordinal))
        {
            if (node is JsonObject map)
            {
                var prefix = name.Substring(0, name.Length - 1);
                foreach (var property in map)
                {
                    if (property.Value is not null && property.Key.StartsWith(prefix, StringComparison.Ordinal))
                    {
                        Walk(property.Value, segments, i + 1, FieldPath.Property(path, property.Key), property.Key, matches);
                    }
                }
            }

            return;
        }

        var value = node is JsonObject obj && obj.TryGetPropertyValue(name, out var found) ? found : null;
        Walk(value, segments, i + 1, FieldPath.Property(path, name), name, matches);
    }

    // The rest of the path names where the value would be; wildcards there mean nothing is there to report.
    private static void AddUnset(IReadOnlyList<object> segments, int i, string path, string? key, List<PathMatch> matches)
    {
        for (var k = i; k < segments.Count; k++)
        {
            var segment = segments[k];
            if (ReferenceEquals(segment, FieldPath.WildcardIndex) || (segment is string s && s.EndsWith("*", StringComparison.Ordinal)))
            {
                return;
            }

            if (segment is int index)
            {
                path = FieldPath.Index(path, index);
            }
            else
            {
                key = (string)segment;
                path = FieldPath.Property(path, key);
            }
        }

        matches.Add(new PathMatch(path, null, key));
    }
}
