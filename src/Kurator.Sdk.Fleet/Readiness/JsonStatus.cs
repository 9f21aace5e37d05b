using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kurator.Sdk.Fleet.Readiness;

/// <summary>Small readers for status fields of unstructured objects.</summary>
internal static class JsonStatus
{
    public static long? Int(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<long>(out var l) ? l : null;

    public static string? Str(JsonNode? node) => node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    /// <summary>The condition of <paramref name="type"/> in status.conditions, or null.</summary>
    public static JsonObject? Condition(JsonNode? status, string type) =>
        (status?["conditions"] as JsonArray)?.OfType<JsonObject>().FirstOrDefault(c => Str(c["type"]) == type);

    public static bool ConditionIs(JsonNode? status, string type, string value) => Str(Condition(status, type)?["status"]) == value;
}
