using System;
using System.Collections.Generic;
using Kurator.Sdk.Policy.Engine;

namespace Kurator.Sdk.Policy.Evaluation;

/// <summary>
/// Builds and splits the JSON field paths used in violations: <c>spec.containers[0].securityContext.privileged</c>,
/// with <c>["key"]</c> for map keys that are not plain names (e.g. annotation keys). The grammar is the rules' own.
/// </summary>
public static class FieldPath
{
    /// <summary>The segment <see cref="Split"/> returns for <c>[*]</c>.</summary>
    public static readonly object WildcardIndex = new WildcardMarker();

    /// <summary>Appends a property (or map key) to a path.</summary>
    public static string Property(string basePath, string name) => PathText.Property(basePath, name);

    /// <summary>Appends a list index to a path.</summary>
    public static string Index(string basePath, int index) => PathText.Index(basePath, index);

    /// <summary>Joins a base path and a relative path (either may be empty).</summary>
    public static string Join(string basePath, string relative) => PathText.Join(basePath, relative);

    /// <summary>
    /// Splits a path into its segments: property names and map keys as strings, list indexes as <see cref="int"/>,
    /// <c>[*]</c> as <see cref="WildcardIndex"/>.
    /// </summary>
    /// <exception cref="FormatException">The path is malformed.</exception>
    public static IReadOnlyList<object> Split(string path)
    {
        var segments = new List<object>();
        foreach (var segment in RulePath.Parse(path))
        {
            segments.Add(segment.Kind switch
            {
                PathSegmentKind.Index => segment.Index,
                PathSegmentKind.EveryItem => WildcardIndex,
                _ => segment.Name,
            });
        }

        return segments;
    }

    /// <summary>The path one segment up (<c>a.b[0]</c> to <c>a.b</c>), or null for a single segment or empty path.</summary>
    public static string? Parent(string path)
    {
        var segments = RulePath.Parse(path);
        if (segments.Count <= 1)
        {
            return segments.Count == 1 ? string.Empty : null;
        }

        var result = string.Empty;
        for (var k = 0; k < segments.Count - 1; k++)
        {
            result = segments[k].Kind switch
            {
                PathSegmentKind.Index => PathText.Index(result, segments[k].Index),
                PathSegmentKind.EveryItem => result + "[*]",
                _ => PathText.Property(result, segments[k].Name),
            };
        }

        return result;
    }

    private sealed class WildcardMarker
    {
        public override string ToString() => "[*]";
    }
}
