using System;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Emulator.Apply;
using Kurator.Sdk.Emulator.Schema;

namespace Kurator.Sdk.Emulator.Patch;

/// <summary>
/// Strategic merge patch for built-in kinds: like a merge patch, but lists whose schema says
/// <c>x-kubernetes-patch-strategy: merge</c> merge per <c>x-kubernetes-patch-merge-key</c> (or per value for scalars),
/// with the <c>$patch: delete|replace</c> directive; <c>$setElementOrder</c>/<c>$retainKeys</c> directives are accepted and ignored.
/// </summary>
internal static class StrategicMergePatch
{
    public static JsonObject ApplyRoot(JsonObject target, JsonObject patch, SchemaNode root)
    {
        var result = (JsonObject)target.DeepClone();
        foreach (var (key, value) in patch)
        {
            if (IsDirective(key)) continue;
            if (value is null) result.Remove(key);
            else result[key] = Apply(result[key], value, FieldSetBuilder.ChildOfRoot(root, key));
        }
        return result;
    }

    private static bool IsDirective(string key) => key.StartsWith('$');

    private static JsonNode? Apply(JsonNode? target, JsonNode patch, SchemaNode schema)
    {
        if (patch is JsonObject p)
        {
            if ((string?)p["$patch"] == "replace")
            {
                var copy = (JsonObject)p.DeepClone();
                copy.Remove("$patch");
                return copy;
            }
            var result = target is JsonObject t ? (JsonObject)t.DeepClone() : new JsonObject();
            foreach (var (key, value) in p)
            {
                if (IsDirective(key)) continue;
                if (value is null) result.Remove(key);
                else result[key] = Apply(result[key], value, schema.Property(key));
            }
            return result;
        }
        if (patch is JsonArray list && target is JsonArray current && schema.PatchStrategy?.Split(',').Contains("merge") == true)
        {
            var mergeKey = schema.PatchMergeKey;
            var result = (JsonArray)current.DeepClone();
            foreach (var item in list)
            {
                if (mergeKey is not null && item is JsonObject io)
                {
                    var index = IndexOf(result, mergeKey, io[mergeKey]);
                    if ((string?)io["$patch"] == "delete")
                    {
                        if (index >= 0) result.RemoveAt(index);
                        continue;
                    }
                    if (index >= 0) result[index] = Apply(result[index], io, schema.Items);
                    else result.Add(Apply(null, io, schema.Items));
                }
                else if (!result.Any(x => JsonNode.DeepEquals(x, item)))
                {
                    result.Add(item?.DeepClone());
                }
            }
            return result;
        }
        return patch.DeepClone();
    }

    private static int IndexOf(JsonArray array, string key, JsonNode? value)
    {
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is JsonObject o && JsonNode.DeepEquals(o[key], value)) return i;
        }
        return -1;
    }
}
