using System;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Emulator.Apply;
using Kurator.Sdk.Emulator.Errors;
using Kurator.Sdk.Emulator.Http;
using Kurator.Sdk.Emulator.Schema;
using Kurator.Sdk.Emulator.Validation;

using Kurator.Sdk.Emulator.Json;

namespace Kurator.Sdk.Emulator.Rest;

/// <summary>
/// The storage strategy of every write: status-subresource rules, server-set metadata (uid, generation, timestamps),
/// unknown-field handling per fieldValidation, validation, managedFields for non-apply writes, no-op detection, dry-run,
/// CRD establishment, then the store.
/// </summary>
internal sealed class ObjectWriter
{
    private readonly ClusterState _state;

    public ObjectWriter(ClusterState state) => _state = state;

    /// <summary>
    /// Commits <paramref name="candidate"/> (the full desired object) over <paramref name="old"/> (null on create);
    /// <paramref name="applied"/> is true when server-side apply already computed managedFields.
    /// </summary>
    public (JsonObject Result, bool Created) Commit(ResourceType type, string ns, JsonObject? old, JsonObject candidate, WriteOptions options, string? subresource, bool applied)
    {
        lock (_state.Store.Gate)
        {
            var name = (string?)candidate["metadata"]?["name"] ?? "";
            if (type.Namespaced) EnsureNamespace(ns);
            candidate["apiVersion"] = type.GroupVersion;
            candidate["kind"] = type.Kind;
            var meta = candidate["metadata"] as JsonObject ?? new JsonObject();
            candidate["metadata"] = meta;
            if (type.Namespaced) meta["namespace"] = ns;
            else meta.Remove("namespace");

            if (!applied) HandleUnknownFields(type, candidate, options, name);

            if (type.HasStatus)
            {
                if (subresource == "status")
                {
                    var status = candidate["status"]?.DeepClone();
                    var managed = meta["managedFields"]?.DeepClone();
                    candidate = (JsonObject)old!.DeepClone();
                    meta = (JsonObject)candidate["metadata"]!;
                    if (status is null) candidate.Remove("status");
                    else candidate["status"] = status;
                    if (applied) meta["managedFields"] = managed;
                }
                else if (old?["status"] is { } oldStatus) candidate["status"] = oldStatus.DeepClone();
                else candidate.Remove("status");
            }

            if (type.Group == "" && type.Kind == "Secret" && string.IsNullOrEmpty((string?)candidate["type"]))
                candidate["type"] = "Opaque";
            if (type.Group == "" && type.Kind == "Secret") SecretStringData.MergeIntoData(candidate);
            if (type.Group == "" && type.Plural == "namespaces" && candidate["status"] is null)
                candidate["status"] = new JsonObject { ["phase"] = "Active" };
            SetServerMetadata(type, old, candidate);
            if (type.IsCustom) SchemaDefaults.Apply(candidate, type.Schema);
            ObjectValidator.Validate(type, candidate);
            if (type.Kind == "CustomResourceDefinition" && type.Group == "apiextensions.k8s.io") Establish(candidate, old);
            if (!applied) FieldManager.RecordUpdate(old, candidate, FieldSchema(type), options.Manager, type.GroupVersion, subresource ?? "");

            if (old is not null && Unchanged(old, candidate)) return (old, false);
            if (options.DryRun)
            {
                // A dry run reports the version it was computed against (kubectl diff compares it).
                if (old is null) meta.Remove("resourceVersion");
                else meta["resourceVersion"] = old["metadata"]?["resourceVersion"]?.DeepClone();
                return (candidate, old is null);
            }
            var stored = _state.Store.Put(type.Group, type.Plural, type.Namespaced ? ns : "", candidate, created: old is null);
            if (type.Kind == "CustomResourceDefinition" && type.Group == "apiextensions.k8s.io") _state.Registry.Register(stored);
            if (stored["metadata"]?["deletionTimestamp"] is not null && stored["metadata"]?["finalizers"] is not JsonArray { Count: > 0 })
            {
                _state.Store.Remove(type.Group, type.Plural, type.Namespaced ? ns : "", name);
            }
            _state.RaiseCommitted(type, stored);
            return (stored, old is null);
        }
    }

    /// <summary>The schema used for field sets: the type's own, which for CRDs is the CRD's openAPIV3Schema.</summary>
    public static SchemaNode FieldSchema(ResourceType type) => type.Schema;

    private void EnsureNamespace(string ns)
    {
        if (ns.Length == 0) throw ApiError.BadRequest("the server could not find the requested resource: a namespace is required");
        var existing = _state.Store.Get("", "namespaces", "", ns);
        if (existing is null) throw ApiError.NotFound("", "namespaces", ns);
        if (existing["metadata"]?["deletionTimestamp"] is not null)
            throw new ApiError(403, "Forbidden", $"unable to create new content in namespace {ns} because it is being terminated");
    }

    private static void HandleUnknownFields(ResourceType type, JsonObject candidate, WriteOptions options, string name)
    {
        var strict = options.FieldValidation == "Strict";
        var unknown = UnknownFields.Find(candidate, type.Schema, prune: !strict);
        if (unknown.Count == 0) return;
        var text = string.Join(", ", unknown.Select(u => $"unknown field \"{u}\""));
        if (strict) throw ApiError.BadRequest($"{type.Kind} in version \"{type.Version}\" cannot be handled as a {type.Kind}: strict decoding error: {text}");
        if (options.FieldValidation == "Warn") options.Warnings.AddRange(unknown.Select(u => $"unknown field \"{u}\""));
    }

    private static void SetServerMetadata(ResourceType type, JsonObject? old, JsonObject candidate)
    {
        var meta = (JsonObject)candidate["metadata"]!;
        var now = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        meta.Remove("resourceVersion");
        var tracked = TracksGeneration(type);
        if (!tracked) meta.Remove("generation");
        if (old is null)
        {
            meta["uid"] = Guid.NewGuid().ToString();
            meta["creationTimestamp"] = now;
            if (tracked) meta["generation"] = 1;
            meta.Remove("deletionTimestamp");
            return;
        }
        var oldMeta = (JsonObject)old["metadata"]!;
        meta["uid"] = oldMeta["uid"]?.DeepClone();
        meta["creationTimestamp"] = oldMeta["creationTimestamp"]?.DeepClone();
        if (oldMeta["deletionTimestamp"] is { } deleting) meta["deletionTimestamp"] = deleting.DeepClone();
        else meta.Remove("deletionTimestamp");
        if (!tracked) return;
        var generation = oldMeta["generation"].AsInt64() ?? 1;
        meta["generation"] = SpecChanged(old, candidate) ? generation + 1 : generation;
    }

    // As upstream strategies do: workloads and other spec/status kinds, CRDs and custom resources count generations;
    // core data kinds (ConfigMap, Secret, Namespace, Service, ...) and RBAC do not.
    private static bool TracksGeneration(ResourceType type) =>
        type.IsCustom || type.Plural == "replicationcontrollers" || (type.Group.Length > 0 && type.Group != "rbac.authorization.k8s.io");

    // Generation tracks everything but metadata and status.
    private static bool SpecChanged(JsonObject old, JsonObject candidate)
    {
        var keys = old.Select(p => p.Key).Concat(candidate.Select(p => p.Key)).Where(k => k is not ("metadata" or "status" or "apiVersion" or "kind")).Distinct();
        return keys.Any(k => !JsonNode.DeepEquals(old[k], candidate[k]));
    }

    /// <summary>Equal apart from managedFields timestamps and resourceVersion: the write is skipped, as upstream does.</summary>
    private static bool Unchanged(JsonObject old, JsonObject candidate)
    {
        static JsonObject Normalize(JsonObject o)
        {
            var copy = (JsonObject)o.DeepClone();
            var meta = (JsonObject)copy["metadata"]!;
            meta.Remove("resourceVersion");
            if (meta["managedFields"] is JsonArray entries)
            {
                foreach (var e in entries.OfType<JsonObject>()) e.Remove("time");
            }
            return copy;
        }
        return JsonNode.DeepEquals(Normalize(old), Normalize(candidate));
    }

    /// <summary>What the apiextensions controllers would report at once: names accepted, established.</summary>
    private static void Establish(JsonObject crd, JsonObject? old)
    {
        if (old?["status"]?["conditions"] is not null && JsonNode.DeepEquals(old["spec"]?["names"], crd["spec"]?["names"]))
        {
            crd["status"] = old["status"]!.DeepClone();
            return;
        }
        var now = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        JsonObject Condition(string type, string reason, string message) => new()
        {
            ["type"] = type,
            ["status"] = "True",
            ["lastTransitionTime"] = now,
            ["reason"] = reason,
            ["message"] = message,
        };
        var spec = crd["spec"] as JsonObject;
        var stored = (spec?["versions"] as JsonArray)?.OfType<JsonObject>().Where(v => v["storage"]?.GetValue<bool>() == true)
            .Select(v => (JsonNode)JsonValue.Create((string)v["name"]!)).ToArray() ?? [];
        crd["status"] = new JsonObject
        {
            ["acceptedNames"] = spec?["names"]?.DeepClone() ?? new JsonObject(),
            ["conditions"] = new JsonArray(
                Condition("NamesAccepted", "NoConflicts", "no conflicts found"),
                Condition("Established", "InitialNamesAccepted", "the initial names have been accepted")),
            ["storedVersions"] = new JsonArray(stored),
        };
    }
}
