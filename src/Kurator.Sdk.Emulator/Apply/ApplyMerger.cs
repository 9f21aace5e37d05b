using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Emulator.Schema;

namespace Kurator.Sdk.Emulator.Apply;

/// <summary>Merges an applied configuration into the live object: maps per key, map-lists per key, sets per value, everything else replaced.</summary>
internal static class ApplyMerger
{
    public static JsonObject MergeRoot(JsonObject live, JsonObject applied, SchemaNode root)
    {
        var result = (JsonObject)live.DeepClone();
        foreach (var (key, value) in applied)
        {
            result[key] = Merge(result[key], value, FieldSetBuilder.ChildOfRoot(root, key));
        }
        return result;
    }

    public static JsonNode? Merge(JsonNode? live, JsonNode? applied, SchemaNode schema)
    {
        switch (applied)
        {
            case JsonObject a when live is JsonObject l && !schema.IsAtomicMap:
                {
                    var result = (JsonObject)l.DeepClone();
                    foreach (var (key, value) in a) result[key] = Merge(result[key], value, schema.Property(key));
                    return result;
                }
            case JsonArray a when live is JsonArray l && schema.ListType == "map":
                {
                    var keys = schema.ListMapKeys;
                    var result = (JsonArray)l.DeepClone();
                    foreach (var item in a)
                    {
                        if (item is not JsonObject itemObj)
                        {
                            result.Add(item?.DeepClone());
                            continue;
                        }
                        var match = result.OfType<JsonObject>().Select((o, i) => (o, i))
                            .FirstOrDefault(p => keys.All(k => JsonNode.DeepEquals(p.o[k], itemObj[k])));
                        if (match.o is null) result.Add(itemObj.DeepClone());
                        else result[match.i] = Merge(match.o, itemObj, schema.Items);
                    }
                    return result;
                }
            case JsonArray a when live is JsonArray l && schema.ListType == "set":
                {
                    var result = (JsonArray)l.DeepClone();
                    foreach (var item in a)
                    {
                        if (!result.Any(x => JsonNode.DeepEquals(x, item))) result.Add(item?.DeepClone());
                    }
                    return result;
                }
            default:
                return applied?.DeepClone();
        }
    }

    /// <summary>Apply treats explicit nulls as "not specified" (kubectl's dry-run output carries creationTimestamp: null).</summary>
    public static void DropNulls(JsonNode? node)
    {
        if (node is JsonObject o)
        {
            foreach (var key in o.Where(p => p.Value is null).Select(p => p.Key).ToList()) o.Remove(key);
            foreach (var (_, v) in o) DropNulls(v);
        }
        else if (node is JsonArray a)
        {
            foreach (var item in a) DropNulls(item);
        }
    }
}
