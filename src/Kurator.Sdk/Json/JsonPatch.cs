using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace Kurator.Sdk.Json;

/// <summary>
/// RFC 6902 JSON Patch over <see cref="JsonNode"/> trees, applied to a copy; a failing operation throws naming its
/// position, operation and path. <c>replace</c> (and <c>add</c> onto an existing member) keeps the member where it is,
/// so the field order a person wrote survives; array indexes follow RFC 6901 (no leading zeros).
/// </summary>
public static class JsonPatch
{
    /// <summary>Reads a patch document: a JSON array of operation objects.</summary>
    /// <exception cref="JsonPatchException">The patch is not an array of well-formed operations.</exception>
    public static IReadOnlyList<JsonPatchOperation> Parse(JsonNode? patch)
    {
        if (patch is not JsonArray items) throw new JsonPatchException("a JSON patch must be an array of operations");
        var ops = new List<JsonPatchOperation>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not JsonObject item) throw new JsonPatchException($"operation {i}: expected an object");
            try
            {
                ops.Add(JsonPatchOperation.FromJson(item));
            }
            catch (JsonPatchException e)
            {
                throw new JsonPatchException($"operation {i}: {e.Message}");
            }
        }

        return ops;
    }

    /// <summary>A patched deep copy of <paramref name="document"/> (the input is never modified, so a failure leaves nothing half-applied).</summary>
    public static JsonNode? Apply(JsonNode? document, IEnumerable<JsonPatchOperation> operations)
    {
        ArgumentNullException.ThrowIfNull(operations);

        // The document sits in a one-item array, so replacing the whole document ("" pointer) is one more array edit.
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

    /// <summary>The value at <paramref name="pointer"/>; throws when it does not exist.</summary>
    public static JsonNode? Get(JsonNode? document, string pointer) => Get(new JsonArray(document?.DeepClone()), pointer);

    private static void ApplyOne(JsonArray root, JsonPatchOperation op)
    {
        switch (op.Op)
        {
            case "add": Add(root, op.Path, op.Value?.DeepClone()); break;
            case "remove": Remove(root, op.Path); break;
            case "replace": Replace(root, op.Path, op.Value?.DeepClone()); break;
            case "move":
                var from = op.From ?? throw new JsonPatchException("move needs \"from\"");
                if (op.Path.StartsWith(from + "/", StringComparison.Ordinal)) throw new JsonPatchException("cannot move a value into itself");
                var moved = Get(root, from);
                Remove(root, from);
                Add(root, op.Path, moved);
                break;
            case "copy": Add(root, op.Path, Get(root, op.From ?? throw new JsonPatchException("copy needs \"from\""))?.DeepClone()); break;
            case "test":
                if (!JsonNode.DeepEquals(Get(root, op.Path), op.Value)) throw new JsonPatchException("test failed: the value differs");
                break;
            default: throw new JsonPatchException($"unknown operation '{op.Op}'");
        }
    }

    private static JsonNode? Get(JsonArray root, string pointer)
    {
        var (parent, token) = Parent(root, pointer);
        return parent switch
        {
            JsonObject o when o.TryGetPropertyValue(token, out var v) => v,
            JsonArray a => a[JsonPointer.ArrayIndex(a, token, allowEnd: false)],
            _ => throw new JsonPatchException($"'{pointer}' does not exist"),
        };
    }

    private static void Add(JsonArray root, string pointer, JsonNode? value)
    {
        var (parent, token) = Parent(root, pointer);
        switch (parent)
        {
            case JsonObject o:
                // Setting an existing member replaces it in place (RFC 6902 4.1), keeping its position.
                o[token] = value;
                break;
            case JsonArray a when pointer.Length == 0:
                a[0] = value;
                break;
            case JsonArray a:
                a.Insert(JsonPointer.ArrayIndex(a, token, allowEnd: true), value);
                break;
            default: throw new JsonPatchException($"the parent of '{pointer}' is not an object or array");
        }
    }

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
                a[JsonPointer.ArrayIndex(a, token, allowEnd: false)] = value;
                break;
            default: throw new JsonPatchException($"the parent of '{pointer}' is not an object or array");
        }
    }

    private static void Remove(JsonArray root, string pointer)
    {
        if (pointer.Length == 0) throw new JsonPatchException("cannot remove the whole document");
        var (parent, token) = Parent(root, pointer);
        switch (parent)
        {
            case JsonObject o:
                if (!o.Remove(token)) throw new JsonPatchException($"'{pointer}' does not exist");
                break;
            case JsonArray a:
                a.RemoveAt(JsonPointer.ArrayIndex(a, token, allowEnd: false));
                break;
            default: throw new JsonPatchException($"the parent of '{pointer}' is not an object or array");
        }
    }

    /// <summary>The container holding the pointer's last token (the wrapper array for the root pointer).</summary>
    private static (JsonNode? Parent, string Token) Parent(JsonArray root, string pointer)
    {
        var tokens = JsonPointer.Parse(pointer);
        if (tokens.Count == 0) return (root, "0");
        var node = root[0];
        for (var i = 0; i < tokens.Count - 1; i++)
        {
            node = node switch
            {
                JsonObject o when o.TryGetPropertyValue(tokens[i], out var v) => v,
                JsonArray a => a[JsonPointer.ArrayIndex(a, tokens[i], allowEnd: false)],
                _ => throw new JsonPatchException($"'{JsonPointer.Format(Take(tokens, i + 1))}' does not exist"),
            };
        }

        return (node, tokens[^1]);
    }

    private static IEnumerable<string> Take(IReadOnlyList<string> tokens, int count)
    {
        for (var i = 0; i < count; i++) yield return tokens[i];
    }
}
