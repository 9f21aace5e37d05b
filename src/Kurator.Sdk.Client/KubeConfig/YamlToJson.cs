using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Schema.Documents;

namespace Kurator.Sdk.Client.KubeConfig;

/// <summary>
/// Reads the first document of a YAML (or JSON) text into a JSON tree with YAML 1.2 core-schema scalars. The shared
/// document reader bounds nesting and alias expansion, so a hostile kubeconfig fails with its line instead of
/// exhausting memory or the stack; problems are thrown as <see cref="DocParseException"/>.
/// </summary>
internal static class YamlToJson
{
    public static JsonNode? Parse(string text, string? origin)
    {
        var first = YamlDocReader.Read(new StringReader(text), origin ?? "<kubeconfig>").FirstOrDefault();
        if (first?.Problem is { } problem) throw problem;
        return first?.Node is { } node ? Convert(node) : null;
    }

    private static JsonNode? Convert(DocNode node) => node switch
    {
        DocMapping map => new JsonObject(map.Entries.Select(e => new System.Collections.Generic.KeyValuePair<string, JsonNode?>(e.Key.Value, Convert(e.Value)))),
        DocSequence seq => new JsonArray(seq.Items.Select(Convert).ToArray()),
        DocScalar s => Scalar(s),
        _ => null,
    };

    // Kubeconfig values are strings, booleans and whole numbers; anything else keeps its text.
    private static JsonNode? Scalar(DocScalar s) => s.Kind switch
    {
        ScalarKind.Null => null,
        ScalarKind.Bool => JsonValue.Create(s.Value is "true" or "True" or "TRUE"),
        ScalarKind.Integer when long.TryParse(s.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) => JsonValue.Create(l),
        _ => JsonValue.Create(s.Value),
    };
}
