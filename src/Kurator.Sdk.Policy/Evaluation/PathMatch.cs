using System.Text.Json.Nodes;

namespace Kurator.Sdk.Policy.Evaluation;

/// <summary>A field found (or found missing) by <see cref="PathPattern"/>: its relative path, node and matched map key.</summary>
internal readonly struct PathMatch
{
    public PathMatch(string relativePath, JsonNode? node, string? key)
    {
        RelativePath = relativePath;
        Node = node;
        Key = key;
    }

    public string RelativePath { get; }

    /// <summary>The value; null when the field is absent or JSON null (Kubernetes treats both as unset).</summary>
    public JsonNode? Node { get; }

    public bool IsSet => Node is not null;

    /// <summary>The last map key matched by name (e.g. the annotation key).</summary>
    public string? Key { get; }
}
