using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Kurator.Sdk.Emulator.Errors;
using Kurator.Sdk.Emulator.Schema;

using Kurator.Sdk.Emulator.Json;

namespace Kurator.Sdk.Emulator.Validation;

/// <summary>
/// Validates a custom resource against its CRD's openAPIV3Schema the way the apiextensions server reports it:
/// type, required, enum, pattern, bounds and lengths, each as a field cause of a 422 Invalid.
/// </summary>
internal static class SchemaValidator
{
    public static List<StatusCause> Validate(JsonObject obj, SchemaNode root)
    {
        var causes = new List<StatusCause>();
        if (root.Raw is null) return causes;
        foreach (var (key, value) in obj)
        {
            if (key is "apiVersion" or "kind" or "metadata") continue;
            Check(value, root.Property(key), key, causes);
        }
        Required(obj, root, "", causes);
        return causes;
    }

    private static void Required(JsonObject obj, SchemaNode schema, string path, List<StatusCause> causes)
    {
        if (schema.Raw?["required"] is not JsonArray required) return;
        foreach (var name in required.Select(r => (string)r!))
        {
            if (path.Length == 0 && name is "apiVersion" or "kind" or "metadata") continue;
            if (!obj.ContainsKey(name) || obj[name] is null)
                causes.Add(new StatusCause("FieldValueRequired", "Required value", Join(path, name)));
        }
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : path + "." + name;

    private static void Check(JsonNode? node, SchemaNode schema, string path, List<StatusCause> causes)
    {
        var raw = schema.Raw;
        if (raw is null) return;
        if (node is null)
        {
            if (raw["nullable"]?.GetValue<bool>() != true && schema.Type is not null)
                causes.Add(TypeError(path, "null", schema.Type));
            return;
        }
        var actual = TypeOf(node);
        var expected = schema.Type;
        if (schema.IsIntOrString)
        {
            if (actual is not ("integer" or "string")) causes.Add(new StatusCause("FieldValueTypeInvalid", $"Invalid value: \"{actual}\": {path} in body must be of type integer,string: \"{actual}\"", path));
        }
        else if (expected is not null && expected != actual && !(expected == "number" && actual == "integer"))
        {
            causes.Add(TypeError(path, actual, expected));
            return;
        }
        if (raw["enum"] is JsonArray allowed && !allowed.Any(a => JsonNode.DeepEquals(a, node)))
        {
            var supported = string.Join(", ", allowed.Select(Render));
            causes.Add(new StatusCause("FieldValueNotSupported", $"Unsupported value: {Render(node)}: supported values: {supported}", path));
        }
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o) Check(value, schema.Property(key), Join(path, key), causes);
                Required(o, schema, path, causes);
                break;
            case JsonArray a:
                if (raw["maxItems"] is { } maxItems && a.Count > maxItems.AsInt64()!.Value)
                    causes.Add(new StatusCause("FieldValueTooMany", $"Too many: {a.Count}: must have at most {maxItems} items", path));
                if (raw["minItems"] is { } minItems && a.Count < minItems.AsInt64()!.Value)
                    causes.Add(new StatusCause("FieldValueInvalid", $"Invalid value: {a.Count}: {path} in body should have at least {minItems} items", path));
                for (var i = 0; i < a.Count; i++) Check(a[i], schema.Items, $"{path}[{i}]", causes);
                break;
            case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                var s = v.GetValue<string>();
                if (raw["maxLength"] is { } maxLength && s.Length > maxLength.AsInt64()!.Value)
                    causes.Add(new StatusCause("FieldValueTooLong", $"Too long: may not be more than {maxLength} bytes", path));
                if (raw["minLength"] is { } minLength && s.Length < minLength.AsInt64()!.Value)
                    causes.Add(new StatusCause("FieldValueInvalid", $"Invalid value: {Render(v)}: {path} in body should be at least {minLength} chars long", path));
                if (raw["pattern"] is { } pattern && !Regex.IsMatch(s, pattern.GetValue<string>(), RegexOptions.None, System.TimeSpan.FromSeconds(1)))
                    causes.Add(new StatusCause("FieldValueInvalid", $"Invalid value: {Render(v)}: {path} in body should match '{pattern}'", path));
                break;
            case JsonValue v when v.GetValueKind() == JsonValueKind.Number:
                var d = v.AsDouble()!.Value;
                if (raw["maximum"] is { } max && d > max.AsDouble()!.Value)
                    causes.Add(new StatusCause("FieldValueInvalid", $"Invalid value: {Render(v)}: {path} in body should be less than or equal to {max}", path));
                if (raw["minimum"] is { } min && d < min.AsDouble()!.Value)
                    causes.Add(new StatusCause("FieldValueInvalid", $"Invalid value: {Render(v)}: {path} in body should be greater than or equal to {min}", path));
                break;
        }
    }

    private static StatusCause TypeError(string path, string actual, string expected) =>
        new("FieldValueTypeInvalid", $"Invalid value: \"{actual}\": {path} in body must be of type {expected}: \"{actual}\"", path);

    private static string TypeOf(JsonNode node) => node switch
    {
        JsonObject => "object",
        JsonArray => "array",
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => "string",
            JsonValueKind.True or JsonValueKind.False => "boolean",
            JsonValueKind.Number => IsInteger(v) ? "integer" : "number",
            _ => "null",
        },
        _ => "null",
    };

    private static bool IsInteger(JsonValue v) => v.ToJsonString().All(c => char.IsDigit(c) || c == '-');

    private static string Render(JsonNode? node) => node switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.String => "\"" + v.GetValue<string>() + "\"",
        null => "null",
        _ => node.ToJsonString(),
    };
}
