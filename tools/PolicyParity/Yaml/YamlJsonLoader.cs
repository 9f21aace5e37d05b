using System.Collections.Generic;
using System.IO;
using System.Text.Json.Nodes;
using Kurator.Sdk.Policy.Evaluation;
using Kurator.Sdk.Schema.Documents;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Kurator.Sdk.PolicyParity.Yaml;

/// <summary>Reads (multi-document) YAML into JSON nodes, recording each field path's line.</summary>
internal static class YamlJsonLoader
{
    public static List<YamlJsonDocument> LoadFile(string file)
    {
        using var reader = new StreamReader(file);
        var stream = new YamlStream();
        stream.Load(reader);
        var documents = new List<YamlJsonDocument>();
        foreach (var document in stream.Documents)
        {
            var lines = new Dictionary<string, int>();
            var root = Convert(document.RootNode, string.Empty, lines);
            documents.Add(new YamlJsonDocument(root, lines, (int)document.RootNode.Start.Line));
        }

        return documents;
    }

    private static JsonNode? Convert(YamlNode node, string path, Dictionary<string, int> lines)
    {
        lines.TryAdd(path, (int)node.Start.Line);
        switch (node)
        {
            case YamlMappingNode mapping:
                var obj = new JsonObject();
                foreach (var entry in mapping.Children)
                {
                    var key = entry.Key is YamlScalarNode k ? k.Value ?? string.Empty : entry.Key.ToString();
                    var childPath = FieldPath.Property(path, key);
                    lines[childPath] = (int)entry.Key.Start.Line; // the key's line is where a reader looks
                    obj[key] = Convert(entry.Value, childPath, lines);
                }

                return obj;
            case YamlSequenceNode sequence:
                var array = new JsonArray();
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    array.Add(Convert(sequence.Children[i], FieldPath.Index(path, i), lines));
                }

                return array;
            case YamlScalarNode scalar:
                return ScalarOf(scalar);
            default:
                return null;
        }
    }

    // Quoted and block scalars, and explicitly tagged strings, stay strings; plain scalars follow the core schema.
    private static JsonNode? ScalarOf(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        if (!scalar.Tag.IsEmpty && !scalar.Tag.IsNonSpecific && scalar.Tag.Value == "tag:yaml.org,2002:str")
        {
            return JsonValue.Create(text);
        }

        if (scalar.Style != ScalarStyle.Plain)
        {
            return JsonValue.Create(text);
        }

        // The SDK's one core-schema routine, so the corpus is typed as the runtime types it.
        return CoreSchemaScalar.ToJson(CoreSchemaScalar.Resolve(text), text) is { } json ? JsonNode.Parse(json) : JsonValue.Create(text);
    }
}
