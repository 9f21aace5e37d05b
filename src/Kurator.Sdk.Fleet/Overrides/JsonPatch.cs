using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Nodes;

namespace Kurator.Sdk.Fleet.Overrides;

/// <summary>Applies RFC 6902 JSON patches to a copy of a document; a failing operation throws naming itself and its path.</summary>
public static class JsonPatch
{
    /// <summary>A patched deep copy of <paramref name="document"/> (the input is never modified, so a failure leaves nothing half-applied).</summary>
    public static JsonNode? Apply(JsonNode? document, IEnumerable<JsonPatchOperation> operations)
    {
        ArgumentNullException.ThrowIfNull(operations);
        var root = new JsonArray(document?.DeepClone());
        var index = 0;
        foreach (var op in operations)
        {
            try
            {
                ApplyOne(root, op);
            }
            catch (JsonPatchException e)
            {
                throw new JsonPatchException($"operation {index} ({op.Op} {op.Path}): {e.Message}");
            }

            index++;
        }

        var result = root[0];
        root.RemoveAt(0);
        return result;
    }

    private static void ApplyOne(JsonArray root, JsonPatchOperation op)
    {
        switch (op.Op)
        {
            case "add": Add(root, op.Path, op.Value?.DeepClone()); break;
            case "remove": Remove(root, op.Path); break;
            case "replace": Replace(root, op.Path, op.Value?.DeepClone()); break;
            case "move":
                var moved = Get(root, op.From!);
                if (op.Path.StartsWith(op.From! + "/", StringComparison.Ordinal)) throw new JsonPatchException("cannot move a value into itself");
                Remove(root, op.From!);
                Add(root, op.Path, moved);
                break;
            case "copy": Add(root, op.Path, Get(root, op.From!)?.DeepClone()); break;
            case "test":
                if (!JsonNode.DeepEquals(Get(root, op.Path), op.Value)) throw new JsonPatchException("test failed: the value differs");
                break;
            default: throw new JsonPatchException($"unknown operation '{op.Op}'");
        }
    }

    /// <summary>The value at <paramref name="pointer"/>; throws when it does not exist.</summary>
    public static JsonNode? Get(JsonNode? document, string pointer) => Get(new JsonArray(document?.DeepClone()), pointer);

    private static JsonNode? Get(JsonArray root, string pointer)
    {
        var (parent, token) = Parent(root, pointer);
        return parent switch
        {
            JsonObject o when o.TryGetPropertyValue(token, out var v) => v,
            JsonArray a when Index(a, token, allowEnd: false) is var i => a[i],
            _ => throw new JsonPatchException($"'{pointer}' does not exist"),
        };
    }

    private static void Add(JsonArray root, string pointer, JsonNode? value)
    {
        var (parent, token) = Parent(root, pointer);
        switch (parent)
        {
            case JsonObject o:
                o.Remove(token);
                o[token] = value;
                break;
            case JsonArray a:
                var i = Index(a, token, allowEnd: true);
                if (i == a.Count) a.Add(value);
                else a.Insert(i, value);
                break;
            default: throw new JsonPatchException($"the parent of '{pointer}' is not an object or array");
        }
    }

    /// <summary>Replaces in place, so the member keeps its position (and YAML output its field order).</summary>
    private static void Replace(JsonArray root, string pointer, JsonNode? value)
    {
        var (parent, token) = Parent(root, pointer);
        switch (parent)
        {
            case JsonObject o:
                if (!o.ContainsKey(token)) throw new JsonPatchException($"'{pointer}' does not exist");
                o[token] = value;
                break;
            case JsonArray a:
                var i = Index(a, token, allowEnd: false);
                a.RemoveAt(i);
                a.Insert(i, value);
                break;
            default: throw new JsonPatchException($"the parent of '{pointer}' is not an object or array");
        }
    }

    private static void Remove(JsonArray root, string pointer)
    {
        var (parent, token) = Parent(root, pointer);
        switch (parent)
        {
            case JsonObject o:
                if (!o.Remove(token)) throw new JsonPatchException($"'{pointer}' does not exist");
                break;
            case JsonArray a:
                a.RemoveAt(Index(a, token, allowEnd: false));
                break;
            default: throw new JsonPatchException($"the parent of '{pointer}' is not an object or array");
        }
    }

    /// <summary>The container holding the pointer's last token (the wrapper array for the root pointer).</summary>
    private static (JsonNode? Parent, string Token) Parent(JsonArray root, string pointer)
    {
        var tokens = JsonPointer.Parse(pointer);
        if (tokens.Count == 0) return (root, "0");
        JsonNode? node = root[0];
        for (var i = 0; i < tokens.Count - 1; i++)
        {
            node = node switch
            {
                JsonObject o when o.TryGetPropertyValue(tokens[i], out var v) => v,
                JsonArray a => a[Index(a, tokens[i], allowEnd: false)],
                _ => throw new JsonPatchException($"'{JsonPointer.Format(Take(tokens, i + 1))}' does not exist"),
            };
        }

        return (node, tokens[^1]);
    }

    private static IEnumerable<string> Take(IReadOnlyList<string> tokens, int count)
    {
        for (var i = 0; i < count; i++) yield return tokens[i];
    }

    private static int Index(JsonArray array, string token, bool allowEnd)
    {
        if (token == "-" && allowEnd) return array.Count;
        var valid = token.Length > 0 && (token == "0" || token[0] != '0') && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out _);
        var i = valid ? int.Parse(token, CultureInfo.InvariantCulture) : -1;
        if (i < 0 || i > array.Count || (i == array.Count && !allowEnd)) throw new JsonPatchException($"array index '{token}' is out of range (the array has {array.Count} items)");
        return i;
    }
}
