using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json.Nodes;

namespace Kurator.Sdk.Emulator.Schema;

/// <summary>The embedded Kubernetes OpenAPI facts (schemas/kubernetes/*.json), loaded once per process.</summary>
internal sealed class BuiltInSchemas
{
    private static readonly Lazy<BuiltInSchemas> Shared = new(Load);

    private BuiltInSchemas(Dictionary<string, JsonObject> definitions, List<(string Group, string Version, string Kind, string Plural, bool Namespaced)> resources)
    {
        Definitions = definitions;
        Resources = resources;
    }

    public static BuiltInSchemas Instance => Shared.Value;

    /// <summary>Every definition by its OpenAPI name, e.g. io.k8s.api.core.v1.Pod.</summary>
    public IReadOnlyDictionary<string, JsonObject> Definitions { get; }

    public IReadOnlyList<(string Group, string Version, string Kind, string Plural, bool Namespaced)> Resources { get; }

    public SchemaNode ObjectMeta => Node("io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta");

    public SchemaNode Node(string definition) =>
        new(Definitions.TryGetValue(definition, out var d) ? d : null, Definitions);

    /// <summary>The definition carrying x-kubernetes-group-version-kind for the given GVK.</summary>
    public SchemaNode ForKind(string group, string version, string kind)
    {
        foreach (var (name, def) in Definitions)
        {
            if (def["x-kubernetes-group-version-kind"] is not JsonArray gvks) continue;
            foreach (var gvk in gvks.OfType<JsonObject>())
            {
                if ((string?)gvk["group"] == group && (string?)gvk["version"] == version && (string?)gvk["kind"] == kind)
                    return new SchemaNode(def, Definitions);
            }
        }
        return SchemaNode.Unknown;
    }

    private static BuiltInSchemas Load()
    {
        var assembly = typeof(BuiltInSchemas).Assembly;
        var definitions = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        var resources = new List<(string, string, string, string, bool)>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("kubernetes/", StringComparison.Ordinal)).Order())
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            var doc = JsonNode.Parse(stream)!.AsObject();
            if (doc["definitions"] is JsonObject defs)
            {
                foreach (var (key, value) in defs) definitions[key] = (JsonObject)value!.DeepClone();
            }
            if (doc["resources"] is JsonArray list)
            {
                foreach (var r in list.OfType<JsonObject>())
                {
                    resources.Add(((string)r["group"]!, (string)r["version"]!, (string)r["kind"]!, (string)r["plural"]!, (string)r["scope"]! == "Namespaced"));
                }
            }
        }
        return new BuiltInSchemas(definitions, resources);
    }
}
