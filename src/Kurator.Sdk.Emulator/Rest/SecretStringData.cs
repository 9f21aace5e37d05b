using System;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kurator.Sdk.Emulator.Rest;

/// <summary>
/// A Secret's <c>stringData</c> is write-only, as on a real API server: each value is stored base64-encoded under the same
/// key of <c>data</c> (overriding it), and <c>stringData</c> itself is never stored or returned.
/// </summary>
internal static class SecretStringData
{
    public static void MergeIntoData(JsonObject secret)
    {
        if (secret["stringData"] is not JsonObject values)
        {
            secret.Remove("stringData");
            return;
        }

        var data = secret["data"] as JsonObject ?? new JsonObject();
        secret["data"] = data;
        foreach (var (key, value) in values)
        {
            var text = value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : value?.ToJsonString() ?? "";
            data[key] = Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
        }

        secret.Remove("stringData");
    }
}
