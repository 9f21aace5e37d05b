using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kurator.Sdk.Policy.Kyverno.Matching;

/// <summary>The identity of one resource as match/exclude blocks see it, read once per evaluation.</summary>
internal sealed class ResourceView
{
    private static readonly IReadOnlyDictionary<string, string> Empty = new Dictionary<string, string>();

    public ResourceView(JsonObject resource)
    {
        Object = resource;
        Kind = Text(resource["kind"]) ?? string.Empty;
        ApiVersion = Text(resource["apiVersion"]) ?? string.Empty;
        (Group, Version) = KindSelector.SplitApiVersion(ApiVersion);
        var metadata = resource["metadata"] as JsonObject;
        Name = Text(metadata?["name"]) ?? Text(metadata?["generateName"]) ?? string.Empty;
        Namespace = Text(metadata?["namespace"]) ?? string.Empty;
        Labels = Map(metadata?["labels"]);
        Annotations = Map(metadata?["annotations"]);
    }

    public JsonObject Object { get; }

    public string Kind { get; }

    public string ApiVersion { get; }

    public string Group { get; }

    public string Version { get; }

    public string Name { get; }

    /// <summary>The namespace ("" for cluster-scoped objects or when not set).</summary>
    public string Namespace { get; }

    public IReadOnlyDictionary<string, string> Labels { get; }

    public IReadOnlyDictionary<string, string> Annotations { get; }

    private static string? Text(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    private static IReadOnlyDictionary<string, string> Map(JsonNode? node)
    {
        if (node is not JsonObject obj || obj.Count == 0)
        {
            return Empty;
        }

        var map = new Dictionary<string, string>(obj.Count, System.StringComparer.Ordinal);
        foreach (var (key, value) in obj)
        {
            if (value is JsonValue v)
            {
                map[key] = v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : v.ToJsonString();
            }
        }

        return map;
    }
}
