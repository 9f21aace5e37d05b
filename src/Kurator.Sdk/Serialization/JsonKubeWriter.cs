using System.Text.Json;

namespace Kurator.Sdk.Serialization;

/// <summary>Writes through a <see cref="Utf8JsonWriter"/>.</summary>
public sealed class JsonKubeWriter : KubeWriter
{
    private readonly Utf8JsonWriter _json;

    /// <summary>Creates a writer over a JSON writer.</summary>
    public JsonKubeWriter(Utf8JsonWriter json) => _json = json;

    /// <inheritdoc/>
    public override void StartObject() => _json.WriteStartObject();

    /// <inheritdoc/>
    public override void EndObject() => _json.WriteEndObject();

    /// <inheritdoc/>
    public override void StartArray() => _json.WriteStartArray();

    /// <inheritdoc/>
    public override void EndArray() => _json.WriteEndArray();

    /// <inheritdoc/>
    public override void Name(string name) => _json.WritePropertyName(name);

    /// <inheritdoc/>
    public override void String(string value) => _json.WriteStringValue(value);

    /// <inheritdoc/>
    public override void RawNumber(string text) => _json.WriteRawValue(text, skipInputValidation: false);

    /// <inheritdoc/>
    public override void Bool(bool value) => _json.WriteBooleanValue(value);

    /// <inheritdoc/>
    public override void Null() => _json.WriteNullValue();
}
