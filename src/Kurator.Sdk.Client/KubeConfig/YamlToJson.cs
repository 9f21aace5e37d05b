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

    // The YAML 1.2 core schema, as for every other YAML this SDK reads. kubectl decodes kubeconfig with go-yaml v2
    // (YAML 1.1: yes/no/on/off are booleans, 012 is octal 10) and, through sigs.k8s.io/yaml, turns a number or boolean
    // back into text where the field is a string; here `insecure-skip-tls-verify: yes` stays the string "yes", which the
    // parser does not take as true (verification stays on), and a number in a string field reads as its JSON text.
    private static JsonNode? Scalar(DocScalar s) => CoreSchemaScalar.ToJson(s) is { } json ? JsonNode.Parse(json) : JsonValue.Create(s.Value);
}
