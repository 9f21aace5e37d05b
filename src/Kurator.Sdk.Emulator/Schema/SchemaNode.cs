using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace Kurator.Sdk.Emulator.Schema;

/// <summary>
/// A navigable view of one OpenAPI v3 schema with <c>$ref</c> (and the <c>allOf: [{$ref}]</c> wrapping) resolved.
/// A null <see cref="Raw"/> means "no schema known": everything is allowed, maps are granular, lists atomic.
/// </summary>
internal sealed class SchemaNode
{
    private readonly IReadOnlyDictionary<string, JsonObject> _definitions;

    public SchemaNode(JsonObject? raw, IReadOnlyDictionary<string, JsonObject> definitions)
    {
        _definitions = definitions;
        Raw = Resolve(raw);
    }

    public JsonObject? Raw { get; }

    public static SchemaNode Unknown { get; } = new(null, new Dictionary<string, JsonObject>());

    public string? Type => Raw?["type"]?.GetValue<string>();

    public bool PreservesUnknownFields => Raw?["x-kubernetes-preserve-unknown-fields"]?.GetValue<bool>() == true;

    public bool IsIntOrString => Raw?["x-kubernetes-int-or-string"]?.GetValue<bool>() == true
        || Raw?["format"]?.GetValue<string>() == "int-or-string";

    public JsonObject? Properties => Raw?["properties"] as JsonObject;

    /// <summary>True when the schema names its fields (a struct), so unknown keys can be detected.</summary>
    public bool IsStruct => Properties is { Count: > 0 } && Raw?["additionalProperties"] is null && !PreservesUnknownFields;

    public string ListType => Raw?["x-kubernetes-list-type"]?.GetValue<string>() ?? "atomic";

    public IReadOnlyList<string> ListMapKeys =>
        (Raw?["x-kubernetes-list-map-keys"] as JsonArray)?.Select(k => k!.GetValue<string>()).ToList() ?? (IReadOnlyList<string>)[];

    public bool IsAtomicMap => Raw?["x-kubernetes-map-type"]?.GetValue<string>() == "atomic";

    public string? PatchStrategy => Raw?["x-kubernetes-patch-strategy"]?.GetValue<string>();

    public string? PatchMergeKey => Raw?["x-kubernetes-patch-merge-key"]?.GetValue<string>();

    public SchemaNode Property(string name)
    {
        if (Raw is null) return Unknown;
        if (Properties?[name] is JsonObject p) return new SchemaNode(p, _definitions);
        if (Raw["additionalProperties"] is JsonObject ap) return new SchemaNode(ap, _definitions);
        return Unknown;
    }

    /// <summary>Whether <paramref name="name"/> is declared (or the schema lets any key in).</summary>
    public bool Declares(string name) => !IsStruct || Properties!.ContainsKey(name);

    public SchemaNode Items => Raw?["items"] is JsonObject i ? new SchemaNode(i, _definitions) : Unknown;

    public SchemaNode WithDefinitions(JsonObject? raw) => new(raw, _definitions);

    private JsonObject? Resolve(JsonObject? raw)
    {
        for (var depth = 0; raw is not null && depth < 16; depth++)
        {
            string? reference = raw["$ref"]?.GetValue<string>();
            if (reference is null && raw["allOf"] is JsonArray { Count: 1 } all && all[0] is JsonObject only)
                reference = only["$ref"]?.GetValue<string>();
            if (reference is null) return raw;
            var name = reference[(reference.LastIndexOf('/') + 1)..];
            if (!_definitions.TryGetValue(name, out var target)) return null;
            raw = target;
        }
        return raw;
    }
}
