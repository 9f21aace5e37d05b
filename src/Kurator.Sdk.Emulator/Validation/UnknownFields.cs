using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Emulator.Apply;
using Kurator.Sdk.Emulator.Schema;

namespace Kurator.Sdk.Emulator.Validation;

/// <summary>Finds (and optionally prunes) fields the schema does not declare, as strict decoding and CRD pruning do.</summary>
internal static class UnknownFields
{
    /// <summary>Returns the dotted paths (e.g. <c>spec.foo</c>) of undeclared fields; with <paramref name="prune"/> they are also removed.</summary>
    public static List<string> Find(JsonObject obj, SchemaNode root, bool prune)
    {
        var found = new List<string>();
        if (root.Raw is null) return found;
        foreach (var key in obj.Select(p => p.Key).ToList())
        {
            if (key is "apiVersion" or "kind") continue;
            if (!root.Declares(key) && key != "metadata")
            {
                found.Add(key);
                if (prune) obj.Remove(key);
                continue;
            }
            Walk(obj[key], FieldSetBuilder.ChildOfRoot(root, key), key, found, prune);
        }
        return found;
    }

    private static void Walk(JsonNode? node, SchemaNode schema, string path, List<string> found, bool prune)
    {
        if (schema.Raw is null || schema.PreservesUnknownFields) return;
        switch (node)
        {
            case JsonObject o:
                foreach (var key in o.Select(p => p.Key).ToList())
                {
                    var childPath = path + "." + key;
                    if (!schema.Declares(key))
                    {
                        found.Add(childPath);
                        if (prune) o.Remove(key);
                        continue;
                    }
                    Walk(o[key], schema.Property(key), childPath, found, prune);
                }
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++) Walk(a[i], schema.Items, $"{path}[{i}]", found, prune);
                break;
        }
    }
}
