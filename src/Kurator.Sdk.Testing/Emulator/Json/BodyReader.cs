using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kurator.Sdk.Testing.Emulator.Errors;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Kurator.Sdk.Testing.Emulator.Json;

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

    private static JsonNode? ParseYaml(string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            throw ApiError.BadRequest($"error strict decoding YAML: {ex.Message}");
        }
        return stream.Documents.Count == 0 ? null : Convert(stream.Documents[0].RootNode);
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => ConvertMap(map),
        YamlSequenceNode seq => new JsonArray(seq.Children.Select(Convert).ToArray()),
        YamlScalarNode scalar => ConvertScalar(scalar),
        _ => null,
    };

    private static JsonObject ConvertMap(YamlMappingNode map)
    {
        var obj = new JsonObject();
        foreach (var (key, value) in map.Children)
        {
            var name = ((YamlScalarNode)key).Value ?? "";
            if (obj.ContainsKey(name)) throw ApiError.BadRequest($"error strict decoding YAML: duplicate field \"{name}\"");
            obj[name] = Convert(value);
        }
        return obj;
    }

    // YAML 1.2 core schema for plain scalars; quoted scalars are always strings.
    private static JsonNode? ConvertScalar(YamlScalarNode scalar)
    {
        var v = scalar.Value ?? "";
        if (scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded)
            return JsonValue.Create(v);
        switch (v)
        {
            case "" or "~" or "null" or "Null" or "NULL": return null;
            case "true" or "True" or "TRUE": return JsonValue.Create(true);
            case "false" or "False" or "FALSE": return JsonValue.Create(false);
        }
        if (long.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)) return JsonValue.Create(l);
        if (v.Any(char.IsDigit) && double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && !v.Contains(',')) return JsonValue.Create(d);
        return JsonValue.Create(v);
    }
}
