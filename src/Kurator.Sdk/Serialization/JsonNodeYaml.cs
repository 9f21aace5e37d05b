using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kurator.Sdk.Serialization;

/// <summary>Renders an unstructured object as YAML through the SDK's own YAML writer (same style as <c>ToYaml()</c>).</summary>
internal static class JsonNodeYaml
{
    public static string Write(JsonNode node)
    {
        var sb = new StringBuilder(512);
        Walk(node, new YamlKubeWriter(sb));
        return sb.ToString();
    }

    private static void Walk(JsonNode? node, KubeWriter writer)
    {
        switch (node)
        {
            case null:
                writer.Null();
                break;
            case JsonObject obj:
                writer.StartObject();
                foreach (var (name, value) in obj)
                {
                    writer.Name(name);
                    Walk(value, writer);
                }

                writer.EndObject();
                break;
            case JsonArray array:
                writer.StartArray();
                foreach (var item in array) Walk(item, writer);
                writer.EndArray();
                break;
            case JsonValue value:
                switch (value.GetValueKind())
                {
                    case JsonValueKind.String: writer.String(value.GetValue<string>()); break;
                    case JsonValueKind.True: writer.Bool(true); break;
                    case JsonValueKind.False: writer.Bool(false); break;
                    case JsonValueKind.Number: writer.RawNumber(value.ToJsonString()); break;
                    default: writer.Null(); break;
                }

                break;
        }
    }
}
