using System.Collections.Generic;
using Kurator.Sdk.Analyzers.Model;
using Kurator.Sdk.Analyzers.PodSecurity;
using Kurator.Sdk.Policy.Engine;
using Microsoft.CodeAnalysis;

namespace Kurator.Sdk.Analyzers.Kyverno;

/// <summary>
/// An object the code builds as a Kyverno pattern reads it: the tracked tree (<see cref="TreeNode"/>), with, at the root,
/// the fields the typed API sets implicitly (<c>apiVersion</c>, <c>kind</c>) or that stand in for a pod template
/// (<c>metadata</c>, <c>spec</c> of the Pod a controller creates).
/// </summary>
internal sealed class ResourceNode : IPolicyNode<ResourceNode>
{
    private readonly Dictionary<string, ResourceNode?>? _overlay;

    private ResourceNode(TreeNode? inner, Dictionary<string, ResourceNode?>? overlay, bool open)
    {
        Inner = inner;
        _overlay = overlay;
        IsOpen = open;
    }

    /// <summary>The tracked value; null for a synthetic root (a Pod standing for a template).</summary>
    public TreeNode? Inner { get; }

    public PolicyNodeKind Kind => _overlay is not null ? PolicyNodeKind.Object : Inner!.Kind;

    public string? Text => Inner?.Text;

    public bool IsString => Inner?.IsString ?? false;

    public bool IsOpen { get; }

    /// <summary>The root of a built object, with its <c>apiVersion</c> and <c>kind</c>.</summary>
    public static ResourceNode Root(KubeNode node, ApiKind kind)
    {
        var inner = TreeNode.Of(node);
        var overlay = Identity(kind, node.Location);
        foreach (var field in inner.Fields())
        {
            overlay[field.Key] = new ResourceNode(field.Value, null, field.Value.IsOpen);
        }

        return new ResourceNode(inner, overlay, node.IsOpen);
    }

    /// <summary>The Pod a controller's template makes: the template's <c>metadata</c> and <c>spec</c>.</summary>
    public static ResourceNode PodOf(KubeNode template)
    {
        var inner = TreeNode.Of(template);
        var overlay = Identity(ApiKind.Pod, template.Location);
        foreach (var field in new[] { "metadata", "spec" })
        {
            if (inner.Field(field) is { } value)
            {
                overlay[field] = new ResourceNode(value, null, value.IsOpen);
            }
        }

        return new ResourceNode(inner, overlay, template.IsOpen);
    }

    public ResourceNode? Field(string name)
    {
        if (_overlay is not null)
        {
            if (_overlay.TryGetValue(name, out var known))
            {
                return known;
            }

            // The overlay holds every tracked field: another one is absent, or unseen when the object is open.
            return Inner?.Field(name) is { Kind: PolicyNodeKind.Unseen } unseen ? new ResourceNode(unseen, null, open: true) : null;
        }

        return Inner!.Field(name) is { } child ? new ResourceNode(child, null, child.IsOpen) : null;
    }

    public IEnumerable<KeyValuePair<string, ResourceNode>> Fields()
    {
        if (_overlay is not null)
        {
            foreach (var entry in _overlay)
            {
                if (entry.Value is not null)
                {
                    yield return new KeyValuePair<string, ResourceNode>(entry.Key, entry.Value);
                }
            }

            yield break;
        }

        foreach (var field in Inner!.Fields())
        {
            yield return new KeyValuePair<string, ResourceNode>(field.Key, new ResourceNode(field.Value, null, field.Value.IsOpen));
        }
    }

    public IEnumerable<ResourceNode> Items()
    {
        if (Inner is null)
        {
            yield break;
        }

        foreach (var item in Inner.Items())
        {
            yield return new ResourceNode(item, null, item.IsOpen);
        }
    }

    private static Dictionary<string, ResourceNode?> Identity(ApiKind kind, Location location) => new Dictionary<string, ResourceNode?>
    {
        ["apiVersion"] = new ResourceNode(TreeNode.Of(KubeValue.Scalar(kind.ApiVersion), location), null, open: false),
        ["kind"] = new ResourceNode(TreeNode.Of(KubeValue.Scalar(kind.Kind), location), null, open: false),
    };
}
