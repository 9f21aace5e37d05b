using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Schema.Documents;
using Kurator.Sdk.Schema.Import;
using Kurator.Sdk.Schema.Model;

namespace Kurator.Sdk.Tests.Support;

/// <summary>
/// Builds a representative object for every kind straight from schemas/: every property filled (to a bounded depth)
/// with a value of its schema type, so loading and re-serializing exercises every generated reader and writer.
/// </summary>
public sealed class SchemaSamples
{
    private const int MaxDepth = 7;
    private readonly Dictionary<string, DocNode> _definitions = new(StringComparer.Ordinal);

    public SchemaSamples(IEnumerable<DefinitionsDocument> core)
    {
        foreach (var set in core)
        {
            foreach (var d in set.Definitions)
            {
                _definitions[d.Key] = d.Value;
            }
        }
    }

    public static SchemaSamples Load(out List<(string File, CrdDocument Crd)> crds, out List<DefinitionsDocument> core)
    {
        crds = new();
        core = new();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Schemas, "*.json", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            if (JsonDocReader.Parse(File.ReadAllText(file), file) is not DocMapping root || root.Get("files") != null)
            {
                continue;
            }

            if (NormalizedFormat.IsDefinitions(root))
            {
                core.Add(NormalizedFormat.ReadDefinitions(root, file));
            }
            else
            {
                crds.Add((file, NormalizedFormat.ReadCrd(root, file)));
            }
        }

        return new SchemaSamples(core);
    }

    public JsonObject ForKind(DocNode schema, string apiVersion, string kind, bool namespaced)
    {
        var obj = Value(schema, 0) as JsonObject ?? new JsonObject();
        obj["apiVersion"] = apiVersion;
        obj["kind"] = kind;
        obj["metadata"] = new JsonObject { ["name"] = "sample", ["labels"] = new JsonObject { ["app"] = "sample" } };
        if (namespaced)
        {
            ((JsonObject)obj["metadata"]!)["namespace"] = "default";
        }

        return obj;
    }

    public DocNode? Definition(string name) => _definitions.GetValueOrDefault(name);

    // A kind embedded in another (a StatefulSet's PersistentVolumeClaim templates) carries its own apiVersion and kind.
    private static JsonNode? WithKind(DocNode definition, JsonNode? value)
    {
        if (value is JsonObject obj && definition is DocMapping m && m.Get("x-kubernetes-group-version-kind") is DocSequence gvks && gvks.Items.Count == 1)
        {
            var group = SchemaNodes.Text(gvks.Items[0], "group") ?? string.Empty;
            var version = SchemaNodes.Text(gvks.Items[0], "version");
            if (obj.ContainsKey("apiVersion"))
            {
                obj["apiVersion"] = group.Length == 0 ? version : group + "/" + version;
            }

            if (obj.ContainsKey("kind"))
            {
                obj["kind"] = SchemaNodes.Text(gvks.Items[0], "kind");
            }
        }

        return value;
    }

    private JsonNode? Value(DocNode node, int depth)
    {
        var refName = SchemaNodes.RefName(node);
        if (refName != null)
        {
            return CoreNames.Special(refName) switch
            {
                TypeRefKind.Quantity => "250m",
                TypeRefKind.IntOrString => 8080,
                TypeRefKind.Time => "2024-01-02T03:04:05Z",
                TypeRefKind.Json => new JsonObject { ["free"] = "form" },
                _ => _definitions.TryGetValue(refName, out var target) ? WithKind(target, Value(target, depth)) : null,
            };
        }

        if (SchemaNodes.Flag(node, "x-kubernetes-int-or-string"))
        {
            return (SchemaNodes.Text(node, "pattern") ?? string.Empty).Contains("[KMGTPE]i") ? "1Gi" : 3;
        }

        if (SchemaNodes.Flag(node, "x-kubernetes-embedded-resource"))
        {
            return new JsonObject { ["apiVersion"] = "v1", ["kind"] = "ConfigMap", ["metadata"] = new JsonObject { ["name"] = "embedded" } };
        }

        var m = node as DocMapping;
        switch (SchemaNodes.Text(node, "type"))
        {
            case "string":
                if (m?.Get("enum") is DocSequence values && values.Items.OfType<DocScalar>().FirstOrDefault(v => v.Kind == ScalarKind.String) is { } first)
                {
                    return first.Value;
                }

                var format = SchemaNodes.Text(node, "format");
                var pattern = SchemaNodes.Text(node, "pattern") ?? string.Empty;
                return format switch
                {
                    "date-time" => "2024-01-02T03:04:05Z",
                    "byte" => "aGVsbG8=",
                    _ when pattern.Contains("(ms|s|m|h)") => "1m30s",
                    _ => "sample",
                };
            case "integer":
                return 2;
            case "number":
                return 1.5;
            case "boolean":
                return true;
            case "array":
                if (depth >= MaxDepth)
                {
                    return new JsonArray();
                }

                var item = m?.Get("items") is { } items ? Value(items, depth + 1) : JsonValue.Create("x");
                return item == null ? new JsonArray() : new JsonArray(item);
            default:
                var props = SchemaNodes.Properties(node);
                var obj = new JsonObject();
                if (depth >= MaxDepth)
                {
                    return obj;
                }

                if (props.Count == 0)
                {
                    if (m?.Get("additionalProperties") is DocMapping valueSchema && Value(valueSchema, depth + 1) is { } v)
                    {
                        obj["key"] = v;
                    }
                    else if (SchemaNodes.Flag(node, "x-kubernetes-preserve-unknown-fields") || SchemaNodes.Text(node, "type") == null)
                    {
                        obj["anything"] = new JsonArray(1, "two", new JsonObject { ["three"] = null });
                    }

                    return obj;
                }

                foreach (var p in props)
                {
                    if (depth == 0 && (p.Key.Value is "apiVersion" or "kind" or "metadata"))
                    {
                        continue;
                    }

                    if (Value(p.Value, depth + 1) is { } value)
                    {
                        obj[p.Key.Value] = value;
                    }
                }

                return obj;
        }
    }
}
