using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using Kurator.Sdk.Fleet.Model;

namespace Kurator.Sdk.Fleet.Apply;

/// <summary>
/// An object as the server last returned it. Compared and checked as a <see cref="JsonElement"/> of the response it came
/// in (a no-change re-apply reads every listed object and builds nothing for it); a <see cref="JsonObject"/> is made
/// only when a caller needs one (readiness, prune, the report).
/// </summary>
internal sealed class LiveObject
{
    private readonly string? _listApiVersion;
    private readonly string? _listKind;
    private JsonObject? _node;

    private LiveObject(JsonElement element, JsonObject? node, string? listApiVersion, string? listKind)
    {
        Element = element;
        _node = node;
        _listApiVersion = listApiVersion;
        _listKind = listKind;
    }

    /// <summary>The object as JSON; may lack apiVersion and kind (see <see cref="ApiVersion"/>, <see cref="Kind"/>).</summary>
    public JsonElement Element { get; }

    /// <summary>The object's apiVersion, or the listed kind's for a list item without one.</summary>
    public string ApiVersion => Text(Element, "apiVersion") ?? _listApiVersion ?? "";

    /// <summary>The object's kind, or the listed kind for a list item without one.</summary>
    public string Kind => Text(Element, "kind") ?? _listKind ?? "";

    /// <summary>The object as a node (over the element, read lazily), with apiVersion and kind set.</summary>
    public JsonObject Node
    {
        get
        {
            if (_node is { } node) return node;
            var created = JsonObject.Create(Element)!;
            created["apiVersion"] ??= _listApiVersion;
            created["kind"] ??= _listKind;
            return Interlocked.CompareExchange(ref _node, created, null) ?? created;
        }
    }

    /// <summary>The object's identity.</summary>
    public ObjectRef Ref => new(ApiVersion, Kind, Text(Metadata, "namespace") is { Length: > 0 } ns ? ns : null, Text(Metadata, "name") ?? "");

    /// <summary>metadata, or an undefined element when absent.</summary>
    public JsonElement Metadata => Property(Element, "metadata");

    /// <summary>True when the object is being deleted.</summary>
    public bool IsDeleting => Property(Metadata, "deletionTimestamp").ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null);

    /// <summary>An item of a list page.</summary>
    public static LiveObject FromListItem(JsonElement item, string listApiVersion, string listKind) => new(item, null, listApiVersion, listKind);

    /// <summary>An object read or written one at a time (a GET, an apply's answer): its JSON is parsed once more as an element.</summary>
    public static LiveObject FromNode(JsonObject node)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer)) node.WriteTo(writer);
        return new LiveObject(JsonDocument.Parse(buffer.WrittenMemory).RootElement, node, null, null);
    }

    /// <summary>A property of an object element; undefined when absent or when <paramref name="obj"/> is not an object.</summary>
    public static JsonElement Property(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var value) ? value : default;

    /// <summary>A string property of an object element, or null.</summary>
    public static string? Text(JsonElement obj, string name) => Property(obj, name) is { ValueKind: JsonValueKind.String } v ? v.GetString() : null;
}
