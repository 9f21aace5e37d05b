using System.Collections.Generic;

namespace Kurator.Sdk.Policy.Engine;

/// <summary>
/// Follows a parsed path through a node tree. <c>[*]</c> expands list items, a prefix name expands matching keys.
/// A path without wildcards that runs into an unset field yields one unset match at the full path, so "must be set"
/// rules can say where the value belongs; an unknown or unseen value stops the walk with an opaque match.
/// </summary>
internal static class PathWalker
{
    /// <param name="start">Where the path starts.</param>
    /// <param name="segments">The parsed path.</param>
    /// <param name="from">The first segment to follow.</param>
    /// <param name="containerName">The value of <c>{container}</c> in keys, if any.</param>
    public static List<PathMatch<TNode>> Resolve<TNode>(TNode? start, IReadOnlyList<PathSegment> segments, int from = 0, string? containerName = null)
        where TNode : class, IPolicyNode<TNode>
    {
        var matches = new List<PathMatch<TNode>>();
        Walk(start, segments, from, string.Empty, null, containerName, matches);
        return matches;
    }

    private static void Walk<TNode>(TNode? node, IReadOnlyList<PathSegment> segments, int i, string path, string? key, string? containerName, List<PathMatch<TNode>> matches)
        where TNode : class, IPolicyNode<TNode>
    {
        if (node is null || node.Kind == PolicyNodeKind.Unset)
        {
            AddUnset(node, segments, i, path, key, containerName, matches);
            return;
        }

        if (i == segments.Count || node.Kind is PolicyNodeKind.Unknown or PolicyNodeKind.Unseen)
        {
            matches.Add(new PathMatch<TNode>(node, path, key));
            return;
        }

        var segment = segments[i];
        switch (segment.Kind)
        {
            case PathSegmentKind.EveryItem:
                if (node.Kind != PolicyNodeKind.List)
                {
                    return;
                }

                var k = 0;
                foreach (var item in node.Items())
                {
                    if (item.Kind != PolicyNodeKind.Unset)
                    {
                        Walk(item, segments, i + 1, PathText.Index(path, k), key, containerName, matches);
                    }

                    k++;
                }

                if (node.IsOpen)
                {
                    // Items the front end cannot see: stands for them so a fact like "hostUsers=false" stays undecided.
                    matches.Add(new PathMatch<TNode>(node, path, key, unseen: true));
                }

                return;
            case PathSegmentKind.Index:
                TNode? child = null;
                if (node.Kind == PolicyNodeKind.List)
                {
                    var n = 0;
                    foreach (var item in node.Items())
                    {
                        if (n++ == segment.Index)
                        {
                            child = item;
                            break;
                        }
                    }
                }

                Walk(child, segments, i + 1, PathText.Index(path, segment.Index), key, containerName, matches);
                return;
        }

        var name = segment.NameFor(containerName);
        if (node.Kind != PolicyNodeKind.Object)
        {
            // A scalar or list where an object belongs holds no such field.
            AddUnset(null, segments, i, path, key, containerName, matches);
            return;
        }

        if (segment.IsPrefix)
        {
            var prefix = name.Substring(0, name.Length - 1);
            foreach (var field in node.Fields())
            {
                if (field.Value.Kind != PolicyNodeKind.Unset && field.Key.StartsWith(prefix, System.StringComparison.Ordinal))
                {
                    Walk(field.Value, segments, i + 1, PathText.Property(path, field.Key), field.Key, containerName, matches);
                }
            }

            return;
        }

        Walk(node.Field(name), segments, i + 1, PathText.Property(path, name), name, containerName, matches);
    }

    // The rest of the path names where the value would be; a wildcard there means there is nothing to point at.
    private static void AddUnset<TNode>(TNode? node, IReadOnlyList<PathSegment> segments, int i, string path, string? key, string? containerName, List<PathMatch<TNode>> matches)
        where TNode : class, IPolicyNode<TNode>
    {
        for (var k = i; k < segments.Count; k++)
        {
            var segment = segments[k];
            if (segment.IsWildcard)
            {
                return;
            }

            if (segment.Kind == PathSegmentKind.Index)
            {
                path = PathText.Index(path, segment.Index);
            }
            else
            {
                key = segment.NameFor(containerName);
                path = PathText.Property(path, key);
            }
        }

        matches.Add(new PathMatch<TNode>(node, path, key));
    }
}
