using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kurator.Sdk.Fleet.Apply;

/// <summary>
/// Compares a desired object with the live one without asking the server: the live object must hold every field the
/// desired object sets, with the same value. Fields others added (defaults, controllers, other managers) are not drift.
/// The live side is read as the server's JSON (<see cref="LiveObject.Element"/>): nothing is built for it.
/// </summary>
internal static class Drift
{
    /// <summary>The path of the first field where <paramref name="live"/> departs from <paramref name="desired"/>, or null when it holds all of it.</summary>
    public static string? Find(JsonObject desired, LiveObject live)
    {
        var path = new FieldPath();
        foreach (var (name, value) in desired)
        {
            // Status is written by controllers, never by apply; stringData is write-only and compared through data.
            if (name is "status" || (name == "stringData" && IsSecret(desired))) continue;
            path.Push(name);
            // Items of lists of built-in kinds come without apiVersion and kind: the list said which they are.
            var same = name switch
            {
                "apiVersion" => value is JsonValue a && a.TryGetValue<string>(out var apiVersion) && apiVersion == live.ApiVersion,
                "kind" => value is JsonValue k && k.TryGetValue<string>(out var kind) && kind == live.Kind,
                _ => Same(value, LiveObject.Property(live.Element, name), path),
            };
            if (!same) return path.ToString();
            path.Pop();
        }

        return IsSecret(desired) ? SecretStringData(desired, live.Element) : null;
    }

    private static bool IsSecret(JsonObject obj) => (string?)obj["kind"] == "Secret" && (string?)obj["apiVersion"] == "v1";

    // The server stores stringData as base64 in data (and drops stringData), so compare it there.
    private static string? SecretStringData(JsonObject desired, JsonElement live)
    {
        if (desired["stringData"] is not JsonObject values) return null;
        var data = LiveObject.Property(live, "data");
        foreach (var (key, value) in values)
        {
            var text = value is JsonValue v && v.TryGetValue<string>(out var s) ? s : value?.ToJsonString() ?? "";
            if (LiveObject.Text(data, key) != Convert.ToBase64String(Encoding.UTF8.GetBytes(text))) return ".data." + key;
        }

        return null;
    }

    // The path is kept as a stack of segments and only turned into text for a difference: most compares find none.
    private static bool Same(JsonNode? desired, JsonElement live, FieldPath path)
    {
        // The API server drops empty and zero values of omitempty fields: absent (or null) live is the same as them.
        if (live.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null) return IsEmpty(desired);
        switch (desired)
        {
            case null:
                return true;
            case JsonObject d:
                if (live.ValueKind != JsonValueKind.Object) return false;
                foreach (var (name, value) in d)
                {
                    path.Push(name);
                    if (!Same(value, LiveObject.Property(live, name), path)) return false;
                    path.Pop();
                }

                return true;
            case JsonArray d:
                return live.ValueKind == JsonValueKind.Array && SameArray(d, live, path);
            default:
                return SameScalar((JsonValue)desired, live, path);
        }
    }

    /// <summary>
    /// Lists of named objects (containers, env, volumes ...) are merged by name by the server, so other managers' extra
    /// items are not drift; any other list is replaced whole by an apply, so it must match item by item.
    /// </summary>
    private static bool SameArray(JsonArray desired, JsonElement live, FieldPath path)
    {
        if (desired.Count > 0 && desired.All(i => NameOf(i) is not null) && live.EnumerateArray().All(i => LiveObject.Text(i, "name") is not null))
        {
            foreach (var item in desired)
            {
                var name = NameOf(item)!;
                var match = default(JsonElement);
                foreach (var l in live.EnumerateArray())
                {
                    if (LiveObject.Property(l, "name").ValueEquals(name))
                    {
                        match = l;
                        break;
                    }
                }

                path.PushNamed(name);
                if (match.ValueKind == JsonValueKind.Undefined || !Same(item, match, path)) return false;
                path.Pop();
            }

            return true;
        }

        if (desired.Count != live.GetArrayLength()) return false;
        var i = 0;
        foreach (var l in live.EnumerateArray())
        {
            path.PushIndex(i);
            if (!Same(desired[i], l, path)) return false;
            path.Pop();
            i++;
        }

        return true;
    }

    private static string? NameOf(JsonNode? item) => item is JsonObject o && o["name"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static bool IsEmpty(JsonNode? node) => node switch
    {
        null => true,
        JsonObject o => o.Count == 0,
        JsonArray a => a.Count == 0,
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.False => true,
            JsonValueKind.String => v.GetValue<string>().Length == 0,
            JsonValueKind.Number => decimal.TryParse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n == 0,
            _ => false,
        },
        _ => false,
    };

    // Fields whose values are resource quantities, which the server stores in canonical form ("0.5" as "500m").
    private static readonly string[] QuantityParents = [".limits.", ".requests.", ".hard.", ".capacity.", ".overhead."];

    private static bool SameScalar(JsonValue desired, JsonElement live, FieldPath path)
    {
        var (dk, lk) = (desired.GetValueKind(), live.ValueKind);
        if (dk == JsonValueKind.String && lk == JsonValueKind.String && live.ValueEquals(desired.GetValue<string>())) return true;
        if (dk is JsonValueKind.True or JsonValueKind.False && dk == lk) return true;
        if (dk == JsonValueKind.Number && lk == JsonValueKind.Number && desired.ToJsonString() == live.GetRawText()) return true;
        // A number compares by value (1 and 1.0; 2 stored as the quantity "2"); two strings only where quantities live.
        var comparable = dk == JsonValueKind.Number || lk == JsonValueKind.Number || (dk == JsonValueKind.String && lk == JsonValueKind.String && IsQuantityField(path.ToString()));
        return comparable && QuantityValue(desired) is { } a && QuantityValue(live) is { } b && a == b;
    }

    private static bool IsQuantityField(string path) =>
        path.EndsWith(".sizeLimit", StringComparison.Ordinal) || path.EndsWith(".storage", StringComparison.Ordinal)
        || QuantityParents.Any(p => path.Contains(p, StringComparison.Ordinal));

    private static decimal? QuantityValue(JsonValue value)
    {
        try
        {
            return value.GetValueKind() switch
            {
                JsonValueKind.Number => decimal.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture),
                JsonValueKind.String when Quantity.Parse(value.GetValue<string>()) is { IsValid: true } q => q.ToDecimal(),
                _ => null,
            };
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            return null;
        }
    }

    private static decimal? QuantityValue(JsonElement value)
    {
        try
        {
            return value.ValueKind switch
            {
                JsonValueKind.Number => decimal.Parse(value.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture),
                JsonValueKind.String when Quantity.Parse(value.GetString()!) is { IsValid: true } q => q.ToDecimal(),
                _ => null,
            };
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            return null;
        }
    }
}
