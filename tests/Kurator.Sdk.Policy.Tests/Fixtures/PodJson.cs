using System.Text.Json.Nodes;
using Kurator.Sdk.Policy.Evaluation;

namespace Kurator.Sdk.Policy.Tests.Fixtures;

/// <summary>Small JSON helpers: parse with single quotes, set and remove by field path.</summary>
public static class PodJson
{
    /// <summary>Parses JSON written with single quotes for readability.</summary>
    public static JsonNode Parse(string singleQuoted) => JsonNode.Parse(singleQuoted.Replace('\'', '"'))!;

    public static JsonObject Object(string singleQuoted) => (JsonObject)Parse(singleQuoted);

    /// <summary>Sets the value at a path, creating missing objects on the way.</summary>
    public static JsonObject Set(this JsonObject root, string path, JsonNode? value)
    {
        var segments = FieldPath.Split(path);
        JsonNode node = root;
        for (var i = 0; i < segments.Count - 1; i++)
        {
            node = segments[i] is int index
                ? node.AsArray()[index]!
                : (node.AsObject()[(string)segments[i]] ??= new JsonObject());
        }

        var last = segments[^1];
        if (last is int at)
        {
            node.AsArray()[at] = value;
        }
        else
        {
            node.AsObject()[(string)last] = value;
        }

        return root;
    }

    /// <summary>Sets a value given as single-quoted JSON text.</summary>
    public static JsonObject SetJson(this JsonObject root, string path, string singleQuotedJson) => root.Set(path, Parse(singleQuotedJson));

    /// <summary>Removes the property at a path (no-op when absent).</summary>
    public static JsonObject Without(this JsonObject root, string path)
    {
        var parent = FieldPath.Parent(path)!;
        var segments = FieldPath.Split(path);
        var holder = parent.Length == 0 ? root : Find(root, parent) as JsonObject;
        holder?.Remove((string)segments[^1]);
        return root;
    }

    private static JsonNode? Find(JsonNode root, string path)
    {
        JsonNode? node = root;
        foreach (var segment in FieldPath.Split(path))
        {
            node = segment is int i ? (node as JsonArray)?[i] : (node as JsonObject)?[(string)segment];
        }

        return node;
    }
}
