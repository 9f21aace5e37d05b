using System.Globalization;
using System.Text.Json.Nodes;

namespace Kurator.Sdk.Emulator.Json;

/// <summary>Numbers from nodes that may be parsed JSON or built in memory (where GetValue&lt;long&gt; on an int fails).</summary>
internal static class JsonNumbers
{
    public static long? AsInt64(this JsonNode? node) =>
        node is JsonValue v && long.TryParse(v.ToJsonString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) ? l : null;

    public static double? AsDouble(this JsonNode? node) =>
        node is JsonValue v && double.TryParse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;
}
