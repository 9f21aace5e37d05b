using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Json;

namespace Kurator.Sdk.Fleet.Overrides;

/// <summary>
/// The JSON patch turning one document into another, using only <c>add</c>, <c>remove</c> and <c>replace</c> (which every
/// delivery system can express): objects member by member, arrays item by item when their length is kept or they only
/// grow at the end, otherwise replaced whole.
/// </summary>
public static class JsonDiff
{
    /// <summary>The operations that turn <paramref name="from"/> into <paramref name="to"/>.</summary>
    public static IReadOnlyList<JsonPatchOperation> Diff(JsonNode? from, JsonNode? to)
    {
        var ops = new List<JsonPatchOperation>();
        Walk(from, to, "", ops);
        return ops;
    }

    private static void Walk(JsonNode? a, JsonNode? b, string path, List<JsonPatchOperation> ops)
    {
        if (JsonNode.DeepEquals(a, b)) return;
        switch (a, b)
        {
            case (JsonObject x, JsonObject y):
                foreach (var (name, _) in x.Where(p => !y.ContainsKey(p.Key)).ToList()) ops.Add(JsonPatchOperation.Remove(JsonPointer.Append(path, name)));
                foreach (var (name, value) in y)
                {
                    if (x.TryGetPropertyValue(name, out var old)) Walk(old, value, JsonPointer.Append(path, name), ops);
                    else ops.Add(JsonPatchOperation.Add(JsonPointer.Append(path, name), value?.DeepClone()));
                }

                break;
            case (JsonArray x, JsonArray y) when y.Count >= x.Count && (y.Count == x.Count || x.Select((v, i) => JsonNode.DeepEquals(v, y[i])).All(e => e)):
                for (var i = 0; i < x.Count; i++) Walk(x[i], y[i], JsonPointer.Append(path, i.ToString(System.Globalization.CultureInfo.InvariantCulture)), ops);
                for (var i = x.Count; i < y.Count; i++) ops.Add(JsonPatchOperation.Add(JsonPointer.Append(path, "-"), y[i]?.DeepClone()));
                break;
            default:
                ops.Add(JsonPatchOperation.Replace(path, b?.DeepClone()));
                break;
        }
    }
}
