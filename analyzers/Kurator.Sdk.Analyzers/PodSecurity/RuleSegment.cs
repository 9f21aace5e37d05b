using System;
using System.Collections.Generic;

namespace Kurator.Sdk.Analyzers.PodSecurity;

/// <summary>One step of a policy field path: <c>name</c>, <c>name[*]</c> or <c>name["key"]</c>.</summary>
internal sealed class RuleSegment
{
    private RuleSegment(string name, bool allItems, string? key)
    {
        Name = name;
        AllItems = allItems;
        Key = key;
    }

    public string Name { get; }

    /// <summary>True for <c>name[*]</c>: every item of the list.</summary>
    public bool AllItems { get; }

    /// <summary>The map key of <c>name["key"]</c> (a trailing <c>*</c> matches by prefix), or null.</summary>
    public string? Key { get; }

    /// <summary>Splits a policy path (dots inside <c>["..."]</c> keys are not separators).</summary>
    public static IReadOnlyList<RuleSegment> Parse(string path)
    {
        var segments = new List<RuleSegment>();
        var i = 0;
        while (i < path.Length)
        {
            var start = i;
            while (i < path.Length && path[i] != '.' && path[i] != '[')
            {
                i++;
            }

            var name = path.Substring(start, i - start);
            var allItems = false;
            string? key = null;
            if (i < path.Length && path[i] == '[')
            {
                if (i + 1 < path.Length && path[i + 1] == '"')
                {
                    // ["key"]: keys contain dots; "{container}" (any container name) matches by prefix.
                    var end = path.IndexOf("\"]", i + 2, StringComparison.Ordinal);
                    key = path.Substring(i + 2, end - i - 2).Replace("{container}", "*");
                    i = end + 2;
                }
                else
                {
                    var end = path.IndexOf(']', i);
                    allItems = true;
                    i = end + 1;
                }
            }

            segments.Add(new RuleSegment(name, allItems, key));
            if (i < path.Length && path[i] == '.')
            {
                i++;
            }
        }

        return segments;
    }
}
