using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kurator.Sdk.Policy.Kyverno.Jmes;

/// <summary>Converts between JMESPath values and JSON: literals in, nodes and compact text out.</summary>
internal static class JmesJson
{
    /// <summary>A value of our own for parsed JSON (a literal): nothing of the document is kept.</summary>
    public static JmesValue Own(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var properties = new OrderedDictionary<string, JmesValue>(StringComparer.Ordinal);
                foreach (var p in element.EnumerateObject())
                {
                    properties[p.Name] = Own(p.Value);
                }

                return JmesValue.Object(properties);
            case JsonValueKind.Array:
                var items = new List<JmesValue>(element.GetArrayLength());
                foreach (var item in element.EnumerateArray())
                {
                    items.Add(Own(item));
                }

                return JmesValue.Array(items);
            case JsonValueKind.String:
                return JmesValue.String(element.GetString()!);
            case JsonValueKind.Number:
                return JmesValue.Number(element.GetDouble());
            case JsonValueKind.True:
                return JmesValue.True;
            case JsonValueKind.False:
                return JmesValue.False;
            default:
                return JmesValue.Null;
        }
    }

    /// <summary>
    /// The value as a node. A borrowed node is returned as it is when <paramref name="detached"/> is false (the caller
    /// only reads it), else copied, so the caller may attach the result to a parent; computed values are always new.
    /// </summary>
    public static JsonNode? ToNode(JmesValue value, bool detached)
    {
        if (value.Node is JsonValue number && value.Kind == JmesKind.Number)
        {
            // A number alone is handed over as a long or a double, as the Json.NET bridge did ("1.0" of the document
            // as 1), so conditions see the numbers they saw before.
            return number.TryGetValue<long>(out var whole) ? JsonValue.Create(whole) : JsonValue.Create(value.AsNumber());
        }

        if (value.Node is { } node)
        {
            return detached ? node.DeepClone() : node;
        }

        switch (value.Kind)
        {
            case JmesKind.Null:
                return null;
            case JmesKind.True or JmesKind.False:
                return JsonValue.Create(value.Kind == JmesKind.True);
            case JmesKind.Number:
                var n = value.AsNumber();
                return IsWhole(n) ? JsonValue.Create((long)n) : JsonValue.Create(n);
            case JmesKind.String:
                return JsonValue.Create(value.AsString());
            case JmesKind.Array:
                var array = new JsonArray();
                for (var i = 0; i < value.Count; i++)
                {
                    array.Add(ToNode(value.Item(i), detached: true));
                }

                return array;
            case JmesKind.Object:
                var obj = new JsonObject();
                foreach (var (key, item) in value.Properties())
                {
                    obj[key] = ToNode(item, detached: true);
                }

                return obj;
            default:
                throw new JmesException("an expression reference (&expr) is not a value");
        }
    }

    /// <summary>A string as it is, anything else as compact JSON (<c>null</c> for null).</summary>
    public static string Text(JmesValue value) => value.Kind == JmesKind.String ? value.AsString() : Serialize(value);

    /// <summary>The value as compact JSON, keys in order (see <see cref="JmesJsonWriter"/>).</summary>
    public static string Serialize(JmesValue value)
    {
        var text = new StringBuilder();
        JmesJsonWriter.Write(text, value);
        return text.ToString();
    }

    // Whole numbers a long holds exactly print without a fraction (3, not 3.0).
    internal static bool IsWhole(double n) => Math.Floor(n) == n && Math.Abs(n) < 9007199254740992d;
}
