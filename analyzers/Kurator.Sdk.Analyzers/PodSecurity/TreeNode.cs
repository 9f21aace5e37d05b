using System.Collections.Generic;
using Kurator.Sdk.Analyzers.Model;
using Kurator.Sdk.Policy.Engine;
using Microsoft.CodeAnalysis;

namespace Kurator.Sdk.Analyzers.PodSecurity;

/// <summary>
/// The objects C# code builds, as the shared Pod Security evaluator reads them: each value with the source location a
/// diagnostic about it points at. A field missing from an object built elsewhere is unseen, not unset.
/// </summary>
internal sealed class TreeNode : IPolicyNode<TreeNode>
{
    private readonly bool _unseen;

    private TreeNode(KubeValue value, Location location, bool unseen = false)
    {
        Value = value;
        Location = location;
        _unseen = unseen;
    }

    /// <summary>The tracked value.</summary>
    public KubeValue Value { get; }

    /// <summary>Where the value was written (for an object: where it is created).</summary>
    public Location Location { get; }

    /// <summary>Where an object is created (the <c>new T</c> head); for other values where they were written.</summary>
    public Location CreatedAt => Value.Node?.Location ?? Location;

    public PolicyNodeKind Kind => _unseen ? PolicyNodeKind.Unseen : Value.Kind switch
    {
        KubeValueKind.Null => PolicyNodeKind.Unset,
        KubeValueKind.Scalar => PolicyNodeKind.Scalar,
        KubeValueKind.Object or KubeValueKind.Map => PolicyNodeKind.Object,
        KubeValueKind.List => PolicyNodeKind.List,
        _ => PolicyNodeKind.Unknown,
    };

    public string? Text => Value.Kind == KubeValueKind.Scalar ? Value.Text : null;

    public bool IsString => Value.Kind == KubeValueKind.Scalar && Value.Constant is string;

    public bool IsOpen => Value.Node?.IsOpen ?? Value.List?.IsOpen ?? Value.Map?.IsOpen ?? false;

    public static TreeNode Of(KubeNode node) => new TreeNode(KubeValue.Of(node), node.Location);

    /// <summary>Any tracked value (a free-form JSON map, a scalar) written at <paramref name="location"/>.</summary>
    public static TreeNode Of(KubeValue value, Location location) => new TreeNode(value, location);

    public TreeNode? Field(string name)
    {
        if (Value.Node is { } node)
        {
            return node.Get(name) is { } field ? new TreeNode(field.Value, field.Location)
                : node.IsOpen ? new TreeNode(KubeValue.Unknown, node.Location, unseen: true) : null;
        }

        if (Value.Map is { } map)
        {
            return map.Entries.TryGetValue(name, out var entry) ? new TreeNode(entry.Value, entry.Location)
                : map.IsOpen ? new TreeNode(KubeValue.Unknown, Location, unseen: true) : null;
        }

        return null;
    }

    public IEnumerable<KeyValuePair<string, TreeNode>> Fields()
    {
        if (Value.Node is { } node)
        {
            foreach (var field in node.Fields)
            {
                yield return new KeyValuePair<string, TreeNode>(field.Key, new TreeNode(field.Value.Value, field.Value.Location));
            }
        }
        else if (Value.Map is { } map)
        {
            foreach (var entry in map.Entries)
            {
                yield return new KeyValuePair<string, TreeNode>(entry.Key, new TreeNode(entry.Value.Value, entry.Value.Location));
            }
        }
    }

    public IEnumerable<TreeNode> Items()
    {
        if (Value.List is not { } list)
        {
            yield break;
        }

        foreach (var item in list.Items)
        {
            yield return new TreeNode(item.Value, item.Location);
        }
    }
}
