using System;
using System.Collections.Generic;
using System.Text;

namespace Kurator.Sdk.Policy.Evaluation;

/// <summary>
/// Builds and splits the JSON field paths used in violations: <c>spec.containers[0].securityContext.privileged</c>,
/// with <c>["key"]</c> for map keys that are not plain names (e.g. annotation keys).
/// </summary>
public static class FieldPath
{
    /// <summary>Appends a property (or map key) to a path.</summary>
    public static string Property(string basePath, string name)
    {
        if (IsPlainName(name))
        {
            return basePath.Length == 0 ? name : basePath + "." + name;
        }

        return basePath + "[\"" + name.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"]";
    }

    /// <summary>Appends a list index to a path.</summary>
    public static string Index(string basePath, int index) => basePath + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";

    /// <summary>Joins a base path and a relative path (either may be empty).</summary>
    public static string Join(string basePath, string relative)
    {
        if (basePath.Length == 0)
        {
            return relative;
        }

        if (relative.Length == 0)
        {
            return basePath;
        }

        return relative[0] == '[' ? basePath + relative : basePath + "." + relative;
    }

    /// <summary>
    /// Splits a path into its segments: property names and map keys as strings, list indexes as <see cref="int"/>.
    /// </summary>
    /// <exception cref="FormatException">The path is malformed.</exception>
    public static IReadOnlyList<object> Split(string path)
    {
        var segments = new List<object>();
        var i = 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                i++;
                continue;
            }

            if (path[i] == '[')
            {
                var (segment, next) = ReadBracket(path, i);
                segments.Add(segment);
                i = next;
                continue;
            }

            var start = i;
            while (i < path.Length && path[i] != '.' && path[i] != '[')
            {
                i++;
            }

            segments.Add(path.Substring(start, i - start));
        }

        return segments;
    }

    /// <summary>The path one segment up (<c>a.b[0]</c> to <c>a.b</c>), or null for a single segment or empty path.</summary>
    public static string? Parent(string path)
    {
        var segments = Split(path);
        if (segments.Count <= 1)
        {
            return segments.Count == 1 ? string.Empty : null;
        }

        var result = string.Empty;
        for (var k = 0; k < segments.Count - 1; k++)
        {
            result = segments[k] is int index ? Index(result, index) : Property(result, (string)segments[k]);
        }

        return result;
    }

    private static (object Segment, int Next) ReadBracket(string path, int open)
    {
        var i = open + 1;
        if (i < path.Length && path[i] == '"')
        {
            var key = new StringBuilder();
            i++;
            while (i < path.Length && path[i] != '"')
            {
                if (path[i] == '\\' && i + 1 < path.Length)
                {
                    i++;
                }

                key.Append(path[i]);
                i++;
            }

            if (i + 1 >= path.Length || path[i + 1] != ']')
            {
                throw new FormatException("unterminated key in path '" + path + "'");
            }

            return (key.ToString(), i + 2);
        }

        var close = path.IndexOf(']', i);
        if (close < 0)
        {
            throw new FormatException("unterminated index in path '" + path + "'");
        }

        var text = path.Substring(i, close - i);
        if (text == "*")
        {
            return (WildcardIndex, close + 1);
        }

        if (!int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index))
        {
            throw new FormatException("bad index '" + text + "' in path '" + path + "'");
        }

        return (index, close + 1);
    }

    /// <summary>The segment <see cref="Split"/> returns for <c>[*]</c>.</summary>
    public static readonly object WildcardIndex = new WildcardMarker();

    private static bool IsPlainName(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_' || c == '-' || c == '$'))
            {
                return false;
            }
        }

        return true;
    }

    private sealed class WildcardMarker
    {
        public override string ToString() => "[*]";
    }
}
