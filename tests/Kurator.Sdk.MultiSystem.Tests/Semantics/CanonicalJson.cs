using System;
using System.Linq;
using System.Text.Json.Nodes;

namespace Kurator.Sdk.MultiSystem.Tests.Semantics;

/// <summary>JSON with object members sorted by name, so field order (which no system cares about) does not count.</summary>
internal static class CanonicalJson
{
    public static string Of(JsonNode? node) => Sort(node)?.ToJsonString() ?? "null";

    private static JsonNode? Sort(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new System.Collections.Generic.KeyValuePair<string, JsonNode?>(p.Key, Sort(p.Value)))),
        JsonArray a => new JsonArray(a.Select(Sort).ToArray()),
        _ => node?.DeepClone(),
    };
}
