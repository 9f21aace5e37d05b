using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Nodes;

namespace Kurator.Sdk.Serialization;

/// <summary>Builds a <see cref="JsonNode"/> tree (the form the client sends and policy rules evaluate).</summary>
public sealed class JsonNodeKubeWriter : KubeWriter
{
    private readonly Stack<JsonNode> _stack = new Stack<JsonNode>();
    private string? _name;

    /// <summary>The finished root (null until the root value was written).</summary>
    public JsonNode? Result { get; private set; }

    /// <inheritdoc/>
    public override void StartObject()
    {
        var obj = new JsonObject();
        Add(obj);
        _stack.Push(obj);
    }

    /// <inheritdoc/>
    public override void EndObject() => _stack.Pop();

    /// <inheritdoc/>
    public override void StartArray()
    {
        var arr = new JsonArray();
        Add(arr);
        _stack.Push(arr);
    }

    /// <inheritdoc/>
    public override void EndArray() => _stack.Pop();

    /// <inheritdoc/>
    public override void Name(string name) => _name = name;

    /// <inheritdoc/>
    public override void String(string value) => Add(JsonValue.Create(value));

    /// <inheritdoc/>
    public override void RawNumber(string text)
    {
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
        {
            Add(JsonValue.Create(l));
        }
        else
        {
            Add(JsonNode.Parse(text));
        }
    }

    /// <inheritdoc/>
    public override void Bool(bool value) => Add(JsonValue.Create(value));

    /// <inheritdoc/>
    public override void Null() => Add(null);

    /// <inheritdoc/>
    public override void Json(JsonNode? node) => Add(node?.DeepClone());

    private void Add(JsonNode? node)
    {
        if (_stack.Count == 0)
        {
            Result = node;
            return;
        }

        switch (_stack.Peek())
        {
            case JsonObject obj:
                obj[_name!] = node;
                break;
            case JsonArray arr:
                arr.Add(node);
                break;
        }
    }
}
