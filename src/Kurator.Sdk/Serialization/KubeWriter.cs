using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kurator.Sdk.Serialization;

/// <summary>A streaming writer of JSON-shaped data; generated types write through it to YAML, JSON or JSON nodes.</summary>
public abstract partial class KubeWriter
{
    /// <summary>Starts a mapping.</summary>
    public abstract void StartObject();

    /// <summary>Ends the current mapping.</summary>
    public abstract void EndObject();

    /// <summary>Starts a sequence.</summary>
    public abstract void StartArray();

    /// <summary>Ends the current sequence.</summary>
    public abstract void EndArray();

    /// <summary>Writes a field name inside a mapping.</summary>
    public abstract void Name(string name);

    /// <summary>Writes a string value.</summary>
    public abstract void String(string value);

    /// <summary>Writes a number given as its JSON text.</summary>
    public abstract void RawNumber(string text);

    /// <summary>Writes a boolean.</summary>
    public abstract void Bool(bool value);

    /// <summary>Writes null.</summary>
    public abstract void Null();

    /// <summary>Writes an integer.</summary>
    public void Number(long value) => RawNumber(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Writes a floating-point number (shortest round-trip form).</summary>
    public void Number(double value) => RawNumber(value.ToString("R", CultureInfo.InvariantCulture));

    /// <summary>Writes free-form JSON.</summary>
    public virtual void Json(JsonNode? node)
    {
        switch (node)
        {
            case null:
                Null();
                break;
            case JsonObject obj:
                StartObject();
                foreach (var pair in obj)
                {
                    Name(pair.Key);
                    Json(pair.Value);
                }

                EndObject();
                break;
            case JsonArray arr:
                StartArray();
                foreach (var item in arr)
                {
                    Json(item);
                }

                EndArray();
                break;
            case JsonValue value:
                WriteValue(value);
                break;
        }
    }

    private void WriteValue(JsonValue value)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                String(value.GetValue<string>());
                break;
            case JsonValueKind.True:
                Bool(true);
                break;
            case JsonValueKind.False:
                Bool(false);
                break;
            case JsonValueKind.Null:
                Null();
                break;
            default:
                RawNumber(value.ToJsonString());
                break;
        }
    }
}
