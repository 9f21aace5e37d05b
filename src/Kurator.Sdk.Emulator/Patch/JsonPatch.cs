using System;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Emulator.Errors;

namespace Kurator.Sdk.Emulator.Patch;

/// <summary>RFC 6902 JSON patch (application/json-patch+json) with RFC 6901 pointers.</summary>
internal static class JsonPatch
{
    public static JsonNode Apply(JsonNode document, JsonNode? patch)
    {
        if (patch is not JsonArray ops) throw ApiError.BadRequest("json patch must be an array of operations");
        var doc = document.DeepClone();
        foreach (var op in ops.OfType<JsonObject>())
        {
            var kind = (string?)op["op"] ?? "";
            var path = (string?)op["path"] ?? throw ApiError.BadRequest("json patch operation is missing path");
            switch (kind)
            {
                case "add": doc = Add(doc, path, op["value"]?.DeepClone()); break;
                case "remove": Remove(doc, path); break;
                case "replace": Remove(doc, path); doc = Add(doc, path, op["value"]?.DeepClone()); break;
                case "move":
                {
                    var from = (string)op["from"]!;
                    var value = Get(doc, from)?.DeepClone();
                    Remove(doc, from);
                    doc = Add(doc, path, value);
                    break;
                }
                case "copy": doc = Add(doc, path, Get(doc, (string)op["from"]!)?.DeepClone()); break;
                case "test":
                    if (!JsonNode.DeepEquals(Get(doc, path), op["value"]))
                        throw new ApiError(422, "Invalid", $"testing value at {path} failed");
                    break;
                default: throw ApiError.BadRequest($"unexpected json patch operation \"{kind}\"");
            }
        }
        return doc;
    }

    private static string[] Tokens(string pointer) =>
        pointer.Length == 0 ? [] : pointer[1..].Split('/').Select(t => t.Replace("~1", "/").Replace("~0", "~")).ToArray();

    private static JsonNode? Get(JsonNode doc, string pointer)
    {
        JsonNode? node = doc;
        foreach (var t in Tokens(pointer))
        {
            node = node switch
            {
                JsonObject o when o.TryGetPropertyValue(t, out var v) => v,
                JsonArray a when int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < a.Count => a[i],
                _ => throw Missing(pointer),
            };
        }
        return node;
    }

    private static JsonNode Add(JsonNode doc, string pointer, JsonNode? value)
    {
        var tokens = Tokens(pointer);
        if (tokens.Length == 0) return value ?? throw ApiError.BadRequest("cannot replace the document with null");
        var parent = Get(doc, "/" + string.Join("/", tokens[..^1].Select(Escape)));
        var last = tokens[^1];
        switch (parent)
        {
            case JsonObject o: o[last] = value; break;
            case JsonArray a when last == "-": a.Add(value); break;
            case JsonArray a when int.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i <= a.Count: a.Insert(i, value); break;
            default: throw Missing(pointer);
        }
        return doc;
    }

    private static void Remove(JsonNode doc, string pointer)
    {
        var tokens = Tokens(pointer);
        var parent = Get(doc, tokens.Length <= 1 ? "" : "/" + string.Join("/", tokens[..^1].Select(Escape)));
        var last = tokens[^1];
        switch (parent)
        {
            case JsonObject o when o.ContainsKey(last): o.Remove(last); break;
            case JsonArray a when int.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < a.Count: a.RemoveAt(i); break;
            default: throw Missing(pointer);
        }
    }

    private static string Escape(string token) => token.Replace("~", "~0").Replace("/", "~1");

    private static ApiError Missing(string pointer) =>
        new(422, "Invalid", $"the server rejected our request due to an error in our request: doc is missing path: \"{pointer}\"");
}
