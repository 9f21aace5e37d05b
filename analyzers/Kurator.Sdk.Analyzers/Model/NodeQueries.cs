using System;
using Microsoft.CodeAnalysis;

namespace Kurator.Sdk.Analyzers.Model;

/// <summary>Small questions rules ask about nodes.</summary>
internal static class NodeQueries
{
    /// <summary>True when the node's generated type lives in the namespace (or below) and has this name.</summary>
    public static bool Is(this KubeNode node, string @namespace, string typeName) =>
        node.Type.Name == typeName && node.Type.ContainingNamespace?.ToDisplayString() == @namespace;

    /// <summary>True when the type belongs to a family namespace such as <c>Kurator.Sdk.Kurator</c>.</summary>
    public static bool InFamily(this KubeNode node, string familyNamespace)
    {
        var ns = node.Type.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        return ns == familyNamespace || ns.StartsWith(familyNamespace + ".", StringComparison.Ordinal);
    }

    /// <summary>True when the field is set to something other than null (an unknown value counts as set).</summary>
    public static bool IsSet(this KubeNode node, string jsonName) => node.Get(jsonName) is { Value.IsNull: false };

    /// <summary>True when the field holds a runtime value the analyzer cannot see.</summary>
    public static bool IsUnknown(this KubeNode node, string jsonName) => node.Get(jsonName)?.Value.Kind == KubeValueKind.Unknown;

    /// <summary>The node held by a field, or null.</summary>
    public static KubeNode? Child(this KubeNode node, string jsonName) => node.Get(jsonName)?.Value.Node;

    public static Location LocationOf(this KubeNode node, string jsonName) => node.Get(jsonName)?.Location ?? node.Location;
}
