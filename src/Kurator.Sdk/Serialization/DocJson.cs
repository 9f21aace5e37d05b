using System.Text.Json.Nodes;
using Kurator.Sdk.Schema.Documents;

namespace Kurator.Sdk.Serialization;

/// <summary>Converts parsed documents to free-form JSON nodes.</summary>
public static class DocJson
{
    /// <summary>The JSON form of a document node (YAML core-schema types kept).</summary>
    public static JsonNode? ToNode(DocNode node)
    {
        switch (node)
        {
            case DocMapping map:
                var obj = new JsonObject();
                foreach (var e in map.Entries)
                {
                    obj[e.Key.Value] = ToNode(e.Value);
                }

                return obj;
            case DocSequence seq:
                var arr = new JsonArray();
                foreach (var item in seq.Items)
                {
                    arr.Add(ToNode(item));
                }

                return arr;
            case DocScalar s:
                // Typed by the one core-schema routine; .inf, .nan and strings stay text.
                return CoreSchemaScalar.ToJson(s) is { } json ? JsonNode.Parse(json) : JsonValue.Create(s.Value);
            default:
                return null;
        }
    }
}
