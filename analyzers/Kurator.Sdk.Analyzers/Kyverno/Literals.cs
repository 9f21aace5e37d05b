using System.Collections.Generic;
using Kurator.Sdk.Analyzers.Model;

namespace Kurator.Sdk.Analyzers.Kyverno;

/// <summary>Reads what a policy object says when the code says it with constants; null when it is computed.</summary>
internal static class Literals
{
    /// <summary>The field's constant text; null when unset or not a constant.</summary>
    public static string? Text(KubeNode? node, string field) => node?.Get(field)?.Value is { Kind: KubeValueKind.Scalar } value ? value.Text : null;

    /// <summary>True when the field is written with something other than null (a computed value counts).</summary>
    public static bool IsSet(KubeNode? node, string field) => node?.Get(field) is { Value.IsNull: false };

    /// <summary>
    /// The constant strings of a list field: empty when unset, null when the list or an item is not known here.
    /// </summary>
    public static IReadOnlyList<string>? Texts(KubeNode? node, string field)
    {
        var value = node?.Get(field)?.Value;
        if (value is null || value.IsNull)
        {
            return System.Array.Empty<string>();
        }

        if (value.List is not { IsOpen: false } list)
        {
            return null;
        }

        var texts = new List<string>(list.Items.Count);
        foreach (var item in list.Items)
        {
            if (item.Value.Kind != KubeValueKind.Scalar || item.Value.Text is not { } text)
            {
                return null;
            }

            texts.Add(text);
        }

        return texts;
    }

    /// <summary>The objects of a list field: empty when unset, null when the list holds something not known here.</summary>
    public static IReadOnlyList<KubeNode>? Nodes(KubeNode? node, string field)
    {
        var value = node?.Get(field)?.Value;
        if (value is null || value.IsNull)
        {
            return System.Array.Empty<KubeNode>();
        }

        if (value.List is not { IsOpen: false } list)
        {
            return null;
        }

        var nodes = new List<KubeNode>(list.Items.Count);
        foreach (var item in list.Items)
        {
            if (item.Value.Node is not { } child)
            {
                return null;
            }

            nodes.Add(child);
        }

        return nodes;
    }

    /// <summary>
    /// True when every part of a pattern is known here and none holds <c>{{</c> or <c>$(</c> (variables and references are
    /// resolved at admission): no computed value, no map or list that may hold more than the code shows.
    /// </summary>
    public static bool IsDecidablePattern(KubeValue value) => !HasVariablesOrGaps(value, 0);

    private static bool HasVariablesOrGaps(KubeValue value, int depth)
    {
        if (depth > JsonText.MaxDepth)
        {
            return true;
        }

        switch (value.Kind)
        {
            case KubeValueKind.Null:
                return false;
            case KubeValueKind.Scalar:
                return value.Text is { } text && (text.Contains("{{") || text.Contains("$("));
            case KubeValueKind.Map:
                if (value.Map!.IsOpen)
                {
                    return true;
                }

                foreach (var entry in value.Map.Entries)
                {
                    if (entry.Key.Contains("{{") || entry.Key.Contains("$(") || HasVariablesOrGaps(entry.Value.Value, depth + 1))
                    {
                        return true;
                    }
                }

                return false;
            case KubeValueKind.List:
                if (value.List!.IsOpen)
                {
                    return true;
                }

                foreach (var item in value.List.Items)
                {
                    if (HasVariablesOrGaps(item.Value, depth + 1))
                    {
                        return true;
                    }
                }

                return false;
            default:
                // A computed value, or a typed object (patterns are free-form JSON).
                return true;
        }
    }
}
