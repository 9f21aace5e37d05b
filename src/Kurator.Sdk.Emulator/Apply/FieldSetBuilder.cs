using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Emulator.Schema;

namespace Kurator.Sdk.Emulator.Apply;

/// <summary>Computes the set of field paths an object sets, honouring list types (atomic/map/set) and atomic maps from the schema.</summary>
internal static class FieldSetBuilder
{
    // Fields the server owns; they never appear in managedFields.
    private static readonly HashSet<string> ServerMetadata =
        ["name", "namespace", "uid", "resourceVersion", "generation", "creationTimestamp", "managedFields", "deletionTimestamp", "deletionGracePeriodSeconds", "selfLink", "generateName"];

    public static HashSet<string> Build(JsonObject obj, SchemaNode rootSchema)
    {
        var set = new HashSet<string>();
        foreach (var (key, value) in obj)
        {
            if (key is "apiVersion" or "kind") continue;
            var child = ChildOfRoot(rootSchema, key);
            var path = FieldPaths.Field(key);
            if (key == "metadata" && value is JsonObject meta)
            {
                foreach (var (mk, mv) in meta)
                {
                    if (ServerMetadata.Contains(mk)) continue;
                    Walk(mv, child.Property(mk), FieldPaths.Join(path, FieldPaths.Field(mk)), set);
                }
                continue;
            }
            Walk(value, child, path, set);
        }
        return set;
    }

    /// <summary>The schema of a top-level field; CRD schemas declare metadata as a bare object, so ObjectMeta is used.</summary>
    public static SchemaNode ChildOfRoot(SchemaNode root, string key) =>
        key == "metadata" ? BuiltInSchemas.Instance.ObjectMeta : root.Property(key);

    private static void Walk(JsonNode? node, SchemaNode schema, string path, HashSet<string> set)
    {
        switch (node)
        {
            case JsonObject o when o.Count > 0 && !schema.IsAtomicMap:
                foreach (var (k, v) in o) Walk(v, schema.Property(k), FieldPaths.Join(path, FieldPaths.Field(k)), set);
                break;
            case JsonArray a when a.Count > 0 && schema.ListType == "map" && a.All(i => i is JsonObject):
                var keys = schema.ListMapKeys;
                foreach (var item in a.Cast<JsonObject>())
                {
                    var itemPath = FieldPaths.Join(path, FieldPaths.Key(item, keys));
                    set.Add(FieldPaths.Join(itemPath, FieldPaths.Self));
                    foreach (var (k, v) in item) Walk(v, schema.Items.Property(k), FieldPaths.Join(itemPath, FieldPaths.Field(k)), set);
                }
                break;
            case JsonArray a when a.Count > 0 && schema.ListType == "set":
                foreach (var item in a) set.Add(FieldPaths.Join(path, FieldPaths.Value(item)));
                break;
            default:
                set.Add(path);
                break;
        }
    }
}
