using System;
using System.Collections;
using System.Globalization;
using System.Text.Json.Nodes;

namespace Kurator.Sdk.Serialization;

/// <summary>Writes the runtime value types and turns any generated value into JSON (for CEL rules and uniqueness checks).</summary>
public static class KubeValues
{
    /// <summary>Writes an int-or-string.</summary>
    public static void Write(KubeWriter w, IntOrString value)
    {
        if (value.IsInt)
        {
            w.Number(value.IntValue);
        }
        else
        {
            w.String(value.StringValue!);
        }
    }

    /// <summary>Writes a quantity in the form it was given.</summary>
    public static void Write(KubeWriter w, Quantity value)
    {
        if (value.IsNumber)
        {
            w.RawNumber(value.Text);
        }
        else
        {
            w.String(value.Text);
        }
    }

    /// <summary>Writes a duration.</summary>
    public static void Write(KubeWriter w, Duration value) => w.String(value.Text);

    /// <summary>Writes an RFC 3339 time.</summary>
    public static void Write(KubeWriter w, DateTimeOffset value) => w.String(KubeTime.Format(value));

    /// <summary>Writes base64 bytes.</summary>
    public static void Write(KubeWriter w, byte[] value) => w.String(Convert.ToBase64String(value));

    /// <summary>The JSON form of any generated value (objects, lists, maps, scalars, enums via their wire attribute).</summary>
    public static JsonNode? ToNode(object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case KubeModel model:
                return KubeJson.ToNode(model);
            case EmbeddedResource embedded:
                return embedded.ToJsonObject();
            case JsonNode node:
                return node.DeepClone();
            case string s:
                return JsonValue.Create(s);
            case bool b:
                return JsonValue.Create(b);
            case int i:
                return JsonValue.Create(i);
            case long l:
                return JsonValue.Create(l);
            case double d:
                return JsonValue.Create(d);
            case IntOrString ios:
                return ios.IsInt ? JsonValue.Create(ios.IntValue) : JsonValue.Create(ios.StringValue);
            case Quantity q:
                return q.IsNumber ? JsonNode.Parse(q.Text) : JsonValue.Create(q.Text);
            case Duration dur:
                return JsonValue.Create(dur.Text);
            case DateTimeOffset t:
                return JsonValue.Create(KubeTime.Format(t));
            case byte[] bytes:
                return JsonValue.Create(Convert.ToBase64String(bytes));
            case Enum e:
                return JsonValue.Create(WireName(e));
            case IDictionary dict:
                var obj = new JsonObject();
                foreach (DictionaryEntry entry in dict)
                {
                    obj[Convert.ToString(entry.Key, CultureInfo.InvariantCulture)!] = ToNode(entry.Value);
                }

                return obj;
            case IEnumerable list:
                var arr = new JsonArray();
                foreach (var item in list)
                {
                    arr.Add(ToNode(item));
                }

                return arr;
            default:
                return JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The wire value of a generated enum member.</summary>
    public static string WireName(Enum value)
    {
        var field = value.GetType().GetField(value.ToString());
        var attr = field == null ? null : (KubeWireAttribute?)Attribute.GetCustomAttribute(field, typeof(KubeWireAttribute));
        return attr?.Value ?? value.ToString();
    }
}
