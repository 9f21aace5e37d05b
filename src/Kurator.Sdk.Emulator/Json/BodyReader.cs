using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kurator.Sdk.Emulator.Errors;
using Kurator.Sdk.Schema.Documents;
using Kurator.Sdk.Serialization;

namespace Kurator.Sdk.Emulator.Json;

/// <summary>Parses request bodies: JSON first (what kubectl sends), YAML for apply patches written by hand.</summary>
internal static class BodyReader
{
    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false };

    public static JsonNode? Parse(string text, bool allowYaml)
    {
        try
        {
            return JsonNode.Parse(text, documentOptions: Strict);
        }
        catch (JsonException) when (allowYaml)
        {
            return ParseYaml(text);
        }
        catch (JsonException ex)
        {
            throw ApiError.BadRequest($"error decoding body: {ex.Message}");
        }
    }

    public static JsonObject ParseObject(string text, bool allowYaml) =>
        Parse(text, allowYaml) as JsonObject ?? throw ApiError.BadRequest("the body of the request was not a JSON object");

    // The first document, through the shared reader: its nesting and alias limits keep a hostile body from exhausting
    // the emulator's stack or memory.
    private static JsonNode? ParseYaml(string text)
    {
        var first = YamlDocReader.Read(new StringReader(text), "<body>").FirstOrDefault();
        if (first?.Problem is { } ex)
        {
            var reason = ex.Reason.StartsWith("duplicate key ", StringComparison.Ordinal)
                ? $"duplicate field \"{ex.Reason.Substring("duplicate key ".Length).Trim('\'')}\""
                : ex.Reason;
            throw ApiError.BadRequest($"error strict decoding YAML: line {ex.Line}: {reason}");
        }

        return first?.Node is { } node ? DocJson.ToNode(node) : null;
    }
}
