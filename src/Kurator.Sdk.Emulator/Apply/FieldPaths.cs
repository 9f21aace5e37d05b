using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kurator.Sdk.Emulator.Apply;

/// <summary>
/// Field paths in the managedFields (FieldsV1) element syntax: <c>f:name</c>, <c>k:{"name":"x"}</c>, <c>v:"x"</c>, <c>i:3</c>, and
/// <c>.</c> for ownership of a list item itself. A path is its elements joined with '\n', so a set of paths is a set of strings.
/// </summary>
internal static class FieldPaths
{
    public const char Separator = '\n';
    public const string Self = ".";

    public static string Join(string parent, string element) => parent.Length == 0 ? element : parent + Separator + element;

    public static string[] Split(string path) => path.Split(Separator);

    public static string Field(string name) => "f:" + name;

    public static string Key(JsonObject item, IReadOnlyList<string> keys)
    {
        // Key fields in name order, compact JSON: the form structured-merge-diff writes.
        var key = new JsonObject();
        foreach (var k in keys.Order(System.StringComparer.Ordinal))
        {
            if (item[k] is { } v) key[k] = v.DeepClone();
        }
        return "k:" + key.ToJsonString();
    }

    public static string Value(JsonNode? value) => "v:" + (value?.ToJsonString() ?? "null");

    public static string Index(int i) => "i:" + i;

    /// <summary>Renders a path the way apply conflicts print it: <c>.spec.containers[name="nginx"].image</c>.</summary>
    public static string Display(string path)
    {
        var sb = new StringBuilder();
        foreach (var e in Split(path))
        {
            if (e == Self) continue;
            if (e.StartsWith("f:")) sb.Append('.').Append(e[2..]);
            else if (e.StartsWith("i:")) sb.Append('[').Append(e[2..]).Append(']');
            else if (e.StartsWith("v:")) sb.Append("[=").Append(e[2..]).Append(']');
            else if (e.StartsWith("k:"))
            {
                var key = JsonNode.Parse(e[2..])!.AsObject();
                sb.Append('[').Append(string.Join(",", key.Select(p => $"{p.Key}={p.Value!.ToJsonString()}"))).Append(']');
            }
        }
        return sb.ToString();
    }

    /// <summary>Builds the FieldsV1 tree for a set of paths.</summary>
    public static JsonObject ToFieldsV1(IEnumerable<string> paths)
    {
        var root = new JsonObject();
        foreach (var path in paths.Order(System.StringComparer.Ordinal))
        {
            var node = root;
            foreach (var e in Split(path))
            {
                if (node[e] is not JsonObject child)
                {
                    child = new JsonObject();
                    node[e] = child;
                }
                node = child;
            }
        }
        return root;
    }

    /// <summary>Reads a FieldsV1 tree back into paths: every leaf, and every "." marker.</summary>
    public static HashSet<string> FromFieldsV1(JsonObject? fields)
    {
        var set = new HashSet<string>();
        if (fields is not null) Collect(fields, "", set);
        return set;
    }

    private static void Collect(JsonObject node, string prefix, HashSet<string> set)
    {
        foreach (var (key, value) in node)
        {
            var path = Join(prefix, key);
            if (value is JsonObject { Count: > 0 } child) Collect(child, path, set);
            else set.Add(path);
        }
    }

    /// <summary>Finds the node a path points at, or null when absent. A "." element points at the item itself.</summary>
    public static JsonNode? Locate(JsonNode? root, string path, out bool found)
    {
        var node = root;
        found = true;
        foreach (var e in Split(path))
        {
            if (e == Self) continue;
            node = Step(node, e, out var index);
            if (index < 0 && node is null)
            {
                found = false;
                return null;
            }
        }
        return node;
    }

    /// <summary>Moves one element down; <paramref name="index"/> is the array position for list elements, -1 for fields or misses.</summary>
    public static JsonNode? Step(JsonNode? node, string element, out int index)
    {
        index = -1;
        if (element.StartsWith("f:"))
        {
            if (node is JsonObject o && o.TryGetPropertyValue(element[2..], out var v))
            {
                index = -2; // present (possibly null)
                return v;
            }
            return null;
        }
        if (node is not JsonArray arr) return null;
        if (element.StartsWith("i:"))
        {
            var i = int.Parse(element[2..], System.Globalization.CultureInfo.InvariantCulture);
            if (i >= arr.Count) return null;
            index = i;
            return arr[i];
        }
        if (element.StartsWith("v:"))
        {
            var want = JsonNode.Parse(element[2..]);
            for (var i = 0; i < arr.Count; i++)
            {
                if (JsonNode.DeepEquals(arr[i], want))
                {
                    index = i;
                    return arr[i];
                }
            }
            return null;
        }
        if (element.StartsWith("k:"))
        {
            var key = JsonNode.Parse(element[2..])!.AsObject();
            for (var i = 0; i < arr.Count; i++)
            {
                if (arr[i] is JsonObject item && key.All(p => JsonNode.DeepEquals(item[p.Key], p.Value)))
                {
                    index = i;
                    return item;
                }
            }
        }
        return null;
    }

    /// <summary>Removes the node a path points at (a field, or a list item for a path ending in "."), if present.</summary>
    public static void Remove(JsonNode root, string path)
    {
        var elements = Split(path);
        var last = elements.Length - 1;
        if (elements[last] == Self) last--;
        if (last < 0) return;
        JsonNode? parent = root;
        for (var i = 0; i < last; i++)
        {
            parent = Step(parent, elements[i], out var idx);
            if (parent is null) return;
        }
        var element = elements[last];
        if (element.StartsWith("f:"))
        {
            (parent as JsonObject)?.Remove(element[2..]);
            return;
        }
        Step(parent, element, out var index);
        if (index >= 0) ((JsonArray)parent!).RemoveAt(index);
    }

    public static bool IsPrefixOf(string prefix, string path) =>
        path == prefix || path.StartsWith(prefix + Separator, System.StringComparison.Ordinal);

    public static string Parent(string path)
    {
        var i = path.LastIndexOf(Separator);
        return i < 0 ? "" : path[..i];
    }

    internal static string Compact(JsonNode? node) => node?.ToJsonString(new JsonSerializerOptions { WriteIndented = false }) ?? "null";
}
