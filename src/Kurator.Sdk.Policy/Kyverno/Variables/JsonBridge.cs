using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Newtonsoft.Json.Linq;

namespace Kurator.Sdk.Policy.Kyverno.Variables;

/// <summary>Converts between System.Text.Json nodes (the engine's form) and Json.NET tokens (JmesPath.Net's form).</summary>
internal static class JsonBridge
{
    public static JToken ToToken(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return JValue.CreateNull();
            case JsonObject obj:
                var o = new JObject();
                foreach (var (key, value) in obj)
                {
                    o[key] = ToToken(value);
                }

                return o;
            case JsonArray arr:
                var a = new JArray();
                foreach (var item in arr)
                {
                    a.Add(ToToken(item));
                }

                return a;
            default:
                var v = (JsonValue)node;
                return v.GetValueKind() switch
                {
                    JsonValueKind.String => new JValue(v.GetValue<string>()),
                    JsonValueKind.True => new JValue(true),
                    JsonValueKind.False => new JValue(false),
                    JsonValueKind.Number => Number(v),
                    _ => JValue.CreateNull(),
                };
        }
    }

    public static JsonNode? ToNode(JToken? token)
    {
        switch (token)
        {
            case null:
                return null;
            case JObject obj:
                var o = new JsonObject();
                foreach (var p in obj.Properties())
                {
                    o[p.Name] = ToNode(p.Value);
                }

                return o;
            case JArray arr:
                var a = new JsonArray();
                foreach (var item in arr)
                {
                    a.Add(ToNode(item));
                }

                return a;
            default:
                return token.Type switch
                {
                    JTokenType.String => JsonValue.Create(token.Value<string>()),
                    JTokenType.Integer => JsonValue.Create(token.Value<long>()),
                    JTokenType.Float => JsonValue.Create(token.Value<double>()),
                    JTokenType.Boolean => JsonValue.Create(token.Value<bool>()),
                    JTokenType.Null or JTokenType.Undefined => null,
                    _ => JsonValue.Create(token.ToString()),
                };
        }
    }

    private static JValue Number(JsonValue v)
    {
        if (v.TryGetValue<long>(out var l))
        {
            return new JValue(l);
        }

        // Integral text that overflows long, or a real number: compared as double, like JMESPath does.
        return new JValue(double.Parse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture));
    }
}
