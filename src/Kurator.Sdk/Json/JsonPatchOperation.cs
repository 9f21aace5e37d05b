using System;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kurator.Sdk.Json;

/// <summary>One RFC 6902 JSON patch operation (<c>add</c>, <c>remove</c>, <c>replace</c>, <c>move</c>, <c>copy</c>, <c>test</c>).</summary>
/// <param name="Op">The operation name.</param>
/// <param name="Path">The JSON pointer it acts on, e.g. <c>/spec/replicas</c>.</param>
/// <param name="Value">The value for add, replace and test.</param>
/// <param name="From">The source pointer for move and copy.</param>
public sealed record JsonPatchOperation(string Op, string Path, JsonNode? Value = null, string? From = null)
{
    /// <summary>Adds <paramref name="value"/> at <paramref name="path"/> (a member of an object, or an array position; <c>-</c> appends).</summary>
    public static JsonPatchOperation Add(string path, JsonNode? value) => new("add", path, value);

    /// <summary>Removes the value at <paramref name="path"/>, which must exist.</summary>
    public static JsonPatchOperation Remove(string path) => new("remove", path);

    /// <summary>Replaces the value at <paramref name="path"/>, which must exist.</summary>
    public static JsonPatchOperation Replace(string path, JsonNode? value) => new("replace", path, value);

    /// <summary>Moves the value at <paramref name="from"/> to <paramref name="path"/>.</summary>
    public static JsonPatchOperation Move(string from, string path) => new("move", path, null, from);

    /// <summary>Copies the value at <paramref name="from"/> to <paramref name="path"/>.</summary>
    public static JsonPatchOperation Copy(string from, string path) => new("copy", path, null, from);

    /// <summary>Fails the patch unless the value at <paramref name="path"/> equals <paramref name="value"/>.</summary>
    public static JsonPatchOperation Test(string path, JsonNode? value) => new("test", path, value);

    /// <summary>The operation as RFC 6902 JSON.</summary>
    public JsonObject ToJson()
    {
        var obj = new JsonObject { ["op"] = Op, ["path"] = Path };
        if (From is not null) obj["from"] = From;
        if (Op is "add" or "replace" or "test") obj["value"] = Value?.DeepClone();
        return obj;
    }

    /// <summary>Reads an operation from RFC 6902 JSON; throws naming the missing or mistyped member. Unknown members are ignored (RFC 6902, section 4).</summary>
    public static JsonPatchOperation FromJson(JsonObject obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        var op = Text(obj, "op", null) ?? throw new JsonPatchException("a JSON patch operation needs \"op\"");
        if (op is not ("add" or "remove" or "replace" or "move" or "copy" or "test")) throw new JsonPatchException($"unknown JSON patch operation '{op}'");
        var path = Text(obj, "path", op) ?? throw new JsonPatchException($"JSON patch operation '{op}' needs \"path\"");
        if (op is "add" or "replace" or "test" && !obj.ContainsKey("value")) throw new JsonPatchException($"JSON patch operation '{op} {path}' needs \"value\"");
        var from = Text(obj, "from", op);
        if (op is "move" or "copy" && from is null) throw new JsonPatchException($"JSON patch operation '{op} {path}' needs \"from\"");
        return new JsonPatchOperation(op, path, obj["value"]?.DeepClone(), from);
    }

    private static string? Text(JsonObject obj, string member, string? op) => obj[member] switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => throw new JsonPatchException($"JSON patch operation{(op is null ? "" : $" '{op}'")}: \"{member}\" must be a string"),
    };

    /// <inheritdoc />
    public override string ToString() => ToJson().ToJsonString();
}
