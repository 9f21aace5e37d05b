using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kurator.Sdk.Fleet.Apply;

/// <summary>
/// Keeps a Secret's values out of error text: whatever a server (or a webhook in front of it) says about a Secret, each of
/// the object's own values (data as sent and decoded, stringData of any JSON type) is replaced by <c>&lt;hidden&gt;</c>.
/// </summary>
internal static class SecretRedaction
{
    public static string Redact(string message, JsonObject obj)
    {
        if ((string?)obj["kind"] != "Secret" || (string?)obj["apiVersion"] != "v1") return message;
        // Longest first, so a value that contains another is hidden whole.
        foreach (var value in Values(obj).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).OrderByDescending(v => v.Length))
        {
            message = message.Replace(value, "<hidden>", StringComparison.Ordinal);
        }

        return message;
    }

    private static IEnumerable<string> Values(JsonObject secret)
    {
        foreach (var field in new[] { "data", "stringData" })
        {
            if (secret[field] is not JsonObject values) continue;
            foreach (var (_, value) in values)
            {
                var text = value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : value?.ToJsonString() ?? "";
                yield return text;
                if (field == "data" && Decode(text) is { } decoded) yield return decoded;
            }
        }
    }

    private static string? Decode(string base64)
    {
        var bytes = new byte[base64.Length];
        return Convert.TryFromBase64String(base64, bytes, out var written) ? Encoding.UTF8.GetString(bytes, 0, written) : null;
    }
}
