using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Emulator.Schema;

namespace Kurator.Sdk.Emulator.Validation;

/// <summary>
/// Structural defaulting of custom resources, as the apiextensions server does: a property's <c>default</c> is set when
/// the property is missing and its parent object exists (defaults never create parents).
/// </summary>
internal static class SchemaDefaults
{
    public static void Apply(JsonObject obj, SchemaNode root)
    {
        if (root.Raw is null) return;
        foreach (var (key, _) in root.Properties ?? [])
        {
            if (key is "apiVersion" or "kind" or "metadata") continue;
            Fill(obj, key, root.Property(key));
        }
    }

    private static void Fill(JsonObject parent, string key, SchemaNode schema)
    {
        if (!parent.ContainsKey(key) && schema.Raw?["default"] is { } value) parent[key] = value.DeepClone();
        switch (parent[key])
        {
            case JsonObject child:
                foreach (var (name, _) in schema.Properties ?? []) Fill(child, name, schema.Property(name));
                break;
            case JsonArray items:
                foreach (var item in items.OfType<JsonObject>())
                {
                    foreach (var (name, _) in schema.Items.Properties ?? []) Fill(item, name, schema.Items.Property(name));
                }
                break;
        }
    }
}
