using System;
using System.Collections.Generic;
using Kurator.Sdk.Policy.Engine;

namespace Kurator.Sdk.Policy.Kyverno.Patterns;

/// <summary>
/// Compiles a pattern, read through <see cref="IPolicyNode{TNode}"/> (run-time JSON or the analyzers' tree), into an
/// immutable <see cref="PatternElement"/> tree: anchors parsed, fields ordered, string operators and wildcards
/// pre-parsed, so matching never re-reads pattern text.
/// </summary>
internal static class PatternCompiler
{
    // Bounds a hostile pattern (deep nesting) so compiling never overflows the stack.
    private const int MaxDepth = 128;

    /// <summary>Compiles a pattern node (null: a null pattern).</summary>
    public static PatternElement Compile<TNode>(TNode? pattern)
        where TNode : class, IPolicyNode<TNode> => Compile(pattern, 0, MapRole.Plain);

    /// <summary>Compiles a string pattern value (also used for text produced by variable substitution).</summary>
    public static PatternElement CompileString(string text, bool allowVariables)
    {
        if (allowVariables)
        {
            if (VariableTemplate.TryParse(text, out var parts))
            {
                return new VariableElement(text, parts);
            }

            // No variable: the text without its escapes (\{{ is a literal {{).
            text = parts.Count == 1 ? parts[0].Text : text;
        }

        if (text.StartsWith("$(", StringComparison.Ordinal))
        {
            return new OpaqueElement("pattern references $(...) are not supported: '" + text + "'", isUnknown: false);
        }

        return new ValueElement(ValuePattern.Compile(Scalar.String(text)));
    }

    private static PatternElement Compile<TNode>(TNode? node, int depth, MapRole role)
        where TNode : class, IPolicyNode<TNode>
    {
        if (depth > MaxDepth)
        {
            return new OpaqueElement("the pattern is nested deeper than " + MaxDepth + " levels", isUnknown: false);
        }

        if (node is null)
        {
            return new ValueElement(ValuePattern.Compile(Scalar.Null));
        }

        switch (node.Kind)
        {
            case PolicyNodeKind.Unset:
                return new ValueElement(ValuePattern.Compile(Scalar.Null));
            case PolicyNodeKind.Object:
                return CompileMap(node, depth, role);
            case PolicyNodeKind.List:
                return CompileList(node, depth);
            case PolicyNodeKind.Scalar:
                return CompileScalar(node);
            default:
                return new OpaqueElement("the pattern value is not known here", isUnknown: true);
        }
    }

    private static PatternElement CompileScalar<TNode>(TNode node)
        where TNode : class, IPolicyNode<TNode>
    {
        var text = node.Text;
        if (text is null)
        {
            return new OpaqueElement("the pattern value is not known here", isUnknown: true);
        }

        if (node.IsString)
        {
            return CompileString(text, allowVariables: true);
        }

        var scalar = Scalar.FromJsonText(text);
        return scalar is null
            ? new OpaqueElement("the pattern value '" + text + "' is no scalar", isUnknown: false)
            : new ValueElement(ValuePattern.Compile(scalar.Value));
    }

    private static PatternElement CompileMap<TNode>(TNode node, int depth, MapRole role)
        where TNode : class, IPolicyNode<TNode>
    {
        var anchors = new List<MapEntry>();
        var fields = new List<MapEntry>();
        foreach (var field in node.Fields())
        {
            if (VariableTemplate.TryParse(field.Key, out _))
            {
                // Kyverno substitutes variables in keys too; this matcher does not: never evaluate such a map.
                return new OpaqueElement("variables in pattern keys are not supported: '" + field.Key + "'", isUnknown: false);
            }

            var key = PatternKey.Parse(field.Key);

            // metadata.labels / metadata.annotations: wildcard keys stand for matching resource keys.
            var childRole = key.Name == "metadata" ? MapRole.Metadata
                : role == MapRole.Metadata && (key.Name == "labels" || key.Name == "annotations") && HasWildcardKey(field.Value) ? MapRole.ExpandingTags
                : MapRole.Plain;
            var value = Compile(field.Value, depth + 1, childRole);
            var entry = new MapEntry(field.Key, key, value);
            var isAnchorGroup = key.Anchor is AnchorKind.Condition or AnchorKind.Existence or AnchorKind.Equality or AnchorKind.Negation;
            (isAnchorGroup ? anchors : fields).Add(entry);
        }

        return new MapElement(Order(anchors, fields), role == MapRole.ExpandingTags);
    }

    // Kyverno evaluates anchors first (conditions first here, so a skip wins deterministically), then the other fields
    // in key order, with global anchors and fields holding anchors moved to the front (last pushed first).
    private static IReadOnlyList<MapEntry> Order(List<MapEntry> anchors, List<MapEntry> fields)
    {
        anchors.Sort((a, b) =>
        {
            var byKind = AnchorRank(a.Key.Anchor).CompareTo(AnchorRank(b.Key.Anchor));
            return byKind != 0 ? byKind : string.CompareOrdinal(a.RawKey, b.RawKey);
        });
        fields.Sort((a, b) => string.CompareOrdinal(a.RawKey, b.RawKey));

        var front = new List<MapEntry>();
        var back = new List<MapEntry>();
        foreach (var entry in fields)
        {
            if (entry.Key.Anchor == AnchorKind.Global || entry.Value.HasAnchors)
            {
                front.Insert(0, entry);
            }
            else
            {
                back.Add(entry);
            }
        }

        var ordered = new List<MapEntry>(anchors.Count + fields.Count);
        ordered.AddRange(anchors);
        ordered.AddRange(front);
        ordered.AddRange(back);
        return ordered;
    }

    private static int AnchorRank(AnchorKind kind) => kind switch
    {
        AnchorKind.Condition => 0,
        AnchorKind.Existence => 1,
        AnchorKind.Equality => 2,
        _ => 3,
    };

    private static PatternElement CompileList<TNode>(TNode node, int depth)
        where TNode : class, IPolicyNode<TNode>
    {
        var items = new List<PatternElement>();
        foreach (var item in node.Items())
        {
            items.Add(Compile(item, depth + 1, MapRole.Plain));
        }

        if (items.Count == 0)
        {
            return new ListElement(ListShape.Empty, items);
        }

        var shape = items[0] switch
        {
            MapElement => ListShape.EachItemMatchesMap,
            ListElement => ListShape.Positional,
            _ => ListShape.EachItemMatchesValue,
        };
        return new ListElement(shape, items);
    }

    private enum MapRole
    {
        Plain,
        Metadata,
        ExpandingTags,
    }

    private static bool HasWildcardKey<TNode>(TNode node)
        where TNode : class, IPolicyNode<TNode>
    {
        if (node.Kind != PolicyNodeKind.Object)
        {
            return false;
        }

        foreach (var field in node.Fields())
        {
            if (Wildcard.HasWildcards(PatternKey.Parse(field.Key).Name))
            {
                return true;
            }
        }

        return false;
    }
}
