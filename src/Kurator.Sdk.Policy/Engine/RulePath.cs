using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Kurator.Sdk.Policy.Engine;

/// <summary>
/// The one field path grammar of rules, locators and reported paths: dot-separated names, <c>[*]</c> (every item),
/// <c>[2]</c> (one item) and <c>["key"]</c> (a map key that is not a plain name, with <c>\"</c> and <c>\\</c> escapes).
/// A name or key ending in <c>*</c> matches by prefix; <c>{container}</c> in a key stands for each container's name.
/// </summary>
internal static class RulePath
{
    // Rule and locator paths are few and fixed; each is parsed once. Bounded in case callers pass many distinct paths.
    private const int MaxCached = 1024;
    private static readonly ConcurrentDictionary<string, IReadOnlyList<PathSegment>> Cache =
        new ConcurrentDictionary<string, IReadOnlyList<PathSegment>>(StringComparer.Ordinal);

    /// <summary>The segments of <paramref name="path"/> (cached).</summary>
    /// <exception cref="FormatException">The path is malformed.</exception>
    public static IReadOnlyList<PathSegment> Parse(string path)
    {
        if (Cache.TryGetValue(path, out var segments))
        {
            return segments;
        }

        segments = ParseUncached(path);
        if (Cache.Count < MaxCached)
        {
            Cache.TryAdd(path, segments);
        }

        return segments;
    }

    private static IReadOnlyList<PathSegment> ParseUncached(string path)
    {
        var segments = new List<PathSegment>();
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
                i = ReadBracket(path, i, segments);
                continue;
            }

            var start = i;
            while (i < path.Length && path[i] != '.' && path[i] != '[')
            {
                i++;
            }

            segments.Add(PathSegment.Property(path.Substring(start, i - start)));
        }

        return segments;
    }

    private static int ReadBracket(string path, int open, List<PathSegment> segments)
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

            segments.Add(PathSegment.Property(key.ToString()));
            return i + 2;
        }

        var close = path.IndexOf(']', i);
        if (close < 0)
        {
            throw new FormatException("unterminated index in path '" + path + "'");
        }

        var text = path.Substring(i, close - i);
        if (text == "*")
        {
            segments.Add(PathSegment.EveryItem);
        }
        else if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            segments.Add(PathSegment.At(index));
        }
        else
        {
            throw new FormatException("bad index '" + text + "' in path '" + path + "'");
        }

        return close + 1;
    }
}
