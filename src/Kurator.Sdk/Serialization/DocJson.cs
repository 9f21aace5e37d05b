using System.Globalization;
using System.Text.Json.Nodes;
using Kurator.Sdk.Schema.Documents;

namespace Kurator.Sdk.Serialization
{
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
                    return s.Kind switch
                    {
                        ScalarKind.Null => null,
                        ScalarKind.Bool => JsonValue.Create(s.Value is "true" or "True" or "TRUE"),
                        ScalarKind.Integer when long.TryParse(s.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) => JsonValue.Create(l),
                        ScalarKind.Integer or ScalarKind.Float when NumberSyntax.ToJson(s.Value) is { } json && double.TryParse(json, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) => JsonNode.Parse(json) ?? JsonValue.Create(d),
                        _ => JsonValue.Create(s.Value),
                    };
                default:
                    return null;
            }
        }
    }
}
