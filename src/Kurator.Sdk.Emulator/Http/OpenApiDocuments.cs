using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Kurator.Sdk.Emulator.Schema;

namespace Kurator.Sdk.Emulator.Http;

/// <summary>
/// The /openapi/v3 discovery and per-group-version documents. Each declares the PATCH operations with
/// x-kubernetes-group-version-kind and the fieldValidation query parameter, which is what kubectl's default
/// --validate=strict looks for before letting the server validate; components carry the schemas.
/// </summary>
internal static class OpenApiDocuments
{
    private const string MetaRef = "#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta";
    private static readonly ConcurrentDictionary<string, (string Json, string Hash)> BuiltInCache = new();

    /// <summary>The document path key, e.g. <c>api/v1</c> or <c>apis/apps/v1</c>.</summary>
    public static string Key(string group, string version) => group.Length == 0 ? $"api/{version}" : $"apis/{group}/{version}";

    public static JsonObject Root(IReadOnlyList<ResourceType> all)
    {
        var paths = new JsonObject();
        foreach (var gv in all.GroupBy(r => Key(r.Group, r.Version)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var (_, hash) = Document(all, gv.First().Group, gv.First().Version)!.Value;
            paths[gv.Key] = new JsonObject { ["serverRelativeURL"] = $"/openapi/v3/{gv.Key}?hash={hash}" };
        }
        return new JsonObject { ["paths"] = paths };
    }

    /// <summary>The serialized document for one group-version and its content hash, or null when it is not served.</summary>
    public static (string Json, string Hash)? Document(IReadOnlyList<ResourceType> all, string group, string version)
    {
        var resources = all.Where(r => r.Group == group && r.Version == version).ToList();
        if (resources.Count == 0) return null;
        if (resources.All(r => !r.IsCustom))
            return BuiltInCache.GetOrAdd(Key(group, version), _ => Serialize(Build(resources)));
        return Serialize(Build(resources));
    }

    private static (string, string) Serialize(JsonObject doc)
    {
        var json = doc.ToJsonString();
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(json)))[..32];
        return (json, hash);
    }

    private static JsonObject Build(List<ResourceType> resources)
    {
        var definitions = BuiltInSchemas.Instance.Definitions;
        var schemas = new JsonObject();
        var pending = new Queue<string>();
        var paths = new JsonObject();
        foreach (var r in resources)
        {
            var schemaName = SchemaName(r, definitions);
            if (r.IsCustom) schemas[schemaName] = CustomSchema(r);
            else pending.Enqueue(schemaName);
            AddPaths(paths, r, schemaName);
        }
        pending.Enqueue("io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta");
        pending.Enqueue("io.k8s.apimachinery.pkg.apis.meta.v1.Status");
        pending.Enqueue("io.k8s.apimachinery.pkg.apis.meta.v1.Patch");
        foreach (var custom in schemas.Select(s => s.Value!).ToList()) CollectRefs(custom, pending);
        while (pending.Count > 0)
        {
            var name = pending.Dequeue();
            if (schemas.ContainsKey(name) || !definitions.TryGetValue(name, out var def)) continue;
            schemas[name] = def.DeepClone();
            CollectRefs(def, pending);
        }
        return new JsonObject
        {
            ["openapi"] = "3.0.0",
            ["info"] = new JsonObject { ["title"] = "Kubernetes", ["version"] = "v1.32.0" },
            ["paths"] = paths,
            ["components"] = new JsonObject { ["schemas"] = schemas },
        };
    }

    private static string SchemaName(ResourceType r, IReadOnlyDictionary<string, JsonObject> definitions)
    {
        if (!r.IsCustom)
        {
            foreach (var (name, def) in definitions)
            {
                if (def["x-kubernetes-group-version-kind"] is JsonArray gvks && gvks.OfType<JsonObject>().Any(g =>
                        (string?)g["group"] == r.Group && (string?)g["version"] == r.Version && (string?)g["kind"] == r.Kind))
                    return name;
            }
        }
        var reversed = string.Join('.', r.Group.Split('.').Reverse());
        return $"{reversed}.{r.Version}.{r.Kind}";
    }

    private static JsonObject CustomSchema(ResourceType r)
    {
        var schema = r.Schema.Raw is null ? new JsonObject { ["type"] = "object", ["x-kubernetes-preserve-unknown-fields"] = true } : (JsonObject)r.Schema.Raw.DeepClone();
        if (schema["properties"] is JsonObject props)
            props["metadata"] = new JsonObject { ["allOf"] = new JsonArray(new JsonObject { ["$ref"] = MetaRef }) };
        schema["x-kubernetes-group-version-kind"] = new JsonArray(Gvk(r));
        return schema;
    }

    private static JsonObject Gvk(ResourceType r) => new() { ["group"] = r.Group, ["version"] = r.Version, ["kind"] = r.Kind };

    private static void CollectRefs(JsonNode? node, Queue<string> pending)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    if (key == "$ref" && value is JsonValue v) pending.Enqueue(v.GetValue<string>()[(v.GetValue<string>().LastIndexOf('/') + 1)..]);
                    else CollectRefs(value, pending);
                }
                break;
            case JsonArray a:
                foreach (var item in a) CollectRefs(item, pending);
                break;
        }
    }

    private static JsonObject Param(string name, string inWhere = "query", bool required = false) => new()
    {
        ["name"] = name,
        ["in"] = inWhere,
        ["required"] = required,
        ["schema"] = new JsonObject { ["type"] = name is "force" ? "boolean" : "string", ["uniqueItems"] = true },
    };

    private static JsonObject Response(string schemaName) => new()
    {
        ["200"] = new JsonObject
        {
            ["description"] = "OK",
            ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = new JsonObject { ["$ref"] = "#/components/schemas/" + schemaName } } },
        },
    };

    private static void AddPaths(JsonObject paths, ResourceType r, string schemaName)
    {
        var collection = r.Namespaced ? $"{r.PathPrefix}/namespaces/{{namespace}}/{r.Plural}" : $"{r.PathPrefix}/{r.Plural}";
        JsonArray Common() => r.Namespaced
            ? new JsonArray(Param("name", "path", true), Param("namespace", "path", true))
            : new JsonArray(Param("name", "path", true));
        JsonObject Op(string id, string action, params string[] query)
        {
            var op = new JsonObject
            {
                ["operationId"] = id + r.Kind,
                ["parameters"] = new JsonArray(query.Select(q => (JsonNode)Param(q)).ToArray()),
                ["responses"] = Response(schemaName),
                ["x-kubernetes-action"] = action,
                ["x-kubernetes-group-version-kind"] = Gvk(r),
            };
            if (action is "patch")
            {
                op["requestBody"] = new JsonObject
                {
                    ["content"] = new JsonObject
                    {
                        ["application/apply-patch+yaml"] = new JsonObject { ["schema"] = new JsonObject { ["$ref"] = "#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.Patch" } },
                        ["application/json-patch+json"] = new JsonObject { ["schema"] = new JsonObject { ["$ref"] = "#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.Patch" } },
                        ["application/merge-patch+json"] = new JsonObject { ["schema"] = new JsonObject { ["$ref"] = "#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.Patch" } },
                        ["application/strategic-merge-patch+json"] = new JsonObject { ["schema"] = new JsonObject { ["$ref"] = "#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.Patch" } },
                    },
                    ["required"] = true,
                };
            }
            return op;
        }
        paths[collection] = new JsonObject
        {
            ["get"] = Op("list", "list", "labelSelector", "fieldSelector", "limit", "continue", "resourceVersion", "watch"),
            ["post"] = Op("create", "post", "dryRun", "fieldManager", "fieldValidation"),
            ["parameters"] = r.Namespaced ? new JsonArray(Param("namespace", "path", true)) : new JsonArray(),
        };
        paths[collection + "/{name}"] = new JsonObject
        {
            ["get"] = Op("read", "get"),
            ["put"] = Op("replace", "put", "dryRun", "fieldManager", "fieldValidation"),
            ["patch"] = Op("patch", "patch", "dryRun", "fieldManager", "fieldValidation", "force"),
            ["delete"] = Op("delete", "delete", "dryRun", "gracePeriodSeconds", "propagationPolicy"),
            ["parameters"] = Common(),
        };
        if (r.HasStatus)
        {
            paths[collection + "/{name}/status"] = new JsonObject
            {
                ["get"] = Op("readStatus", "get"),
                ["put"] = Op("replaceStatus", "put", "dryRun", "fieldManager", "fieldValidation"),
                ["patch"] = Op("patchStatus", "patch", "dryRun", "fieldManager", "fieldValidation", "force"),
                ["parameters"] = Common(),
            };
        }
    }
}
