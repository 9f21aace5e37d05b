using System;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Emulator.Errors;
using Kurator.Sdk.Emulator.Schema;

namespace Kurator.Sdk.Emulator.Rest;

/// <summary>
/// Deletion: preconditions, finalizers (deletionTimestamp first), namespace deletion (its contents go too), CRD deletion
/// (its kinds and objects go), and garbage collection of dependents by ownerReferences per propagationPolicy.
/// </summary>
internal sealed class ObjectDeleter
{
    private readonly ClusterState _state;

    public ObjectDeleter(ClusterState state) => _state = state;

    public JsonObject Delete(ResourceType type, string ns, string name, JsonObject? options, bool dryRun, string? propagation)
    {
        lock (_state.Store.Gate)
        {
            var scopeNs = type.Namespaced ? ns : "";
            var obj = _state.Store.Get(type.Group, type.Plural, scopeNs, name) ?? throw ApiError.NotFound(type.Group, type.Plural, name);
            var pre = options?["preconditions"] as JsonObject;
            if (pre?["uid"] is { } uid && (string?)uid != (string?)obj["metadata"]!["uid"])
                throw new ApiError(409, "Conflict", $"Precondition failed: UID in precondition: {uid}, UID in object meta: {obj["metadata"]!["uid"]}");
            if (pre?["resourceVersion"] is { } rv && (string?)rv != (string?)obj["metadata"]!["resourceVersion"])
                throw new ApiError(409, "Conflict", $"Precondition failed: ResourceVersion in precondition: {rv}, ResourceVersion in object meta: {obj["metadata"]!["resourceVersion"]}");
            if (type.Group == "" && type.Plural == "namespaces" && name is "default" or "kube-system" or "kube-public")
                throw new ApiError(403, "Forbidden", $"namespaces \"{name}\" is forbidden: this namespace may not be deleted", ApiError.DetailsFor(name, "", "namespaces"));
            if (dryRun) return obj;
            if (obj["metadata"]?["finalizers"] is JsonArray { Count: > 0 })
            {
                if (obj["metadata"]!["deletionTimestamp"] is null)
                {
                    obj["metadata"]!["deletionTimestamp"] = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
                    obj = _state.Store.Put(type.Group, type.Plural, scopeNs, obj, created: false);
                }
                return obj;
            }
            if (type.Group == "" && type.Plural == "namespaces") DeleteNamespaceContents(name);
            if (type.Group == "apiextensions.k8s.io" && type.Plural == "customresourcedefinitions") DeleteCustomResources(obj);
            var removed = _state.Store.Remove(type.Group, type.Plural, scopeNs, name)!;
            CollectDependents((string)removed["metadata"]!["uid"]!, propagation ?? (string?)options?["propagationPolicy"] ?? "Background");
            return removed;
        }
    }

    private void DeleteNamespaceContents(string ns)
    {
        foreach (var (group, plural, itemNs, obj) in _state.Store.Everything().Where(e => e.Namespace == ns && e.Namespace.Length > 0))
        {
            _state.Store.Remove(group, plural, itemNs, (string)obj["metadata"]!["name"]!);
        }
    }

    private void DeleteCustomResources(JsonObject crd)
    {
        var group = (string?)crd["spec"]?["group"] ?? "";
        var plural = (string?)crd["spec"]?["names"]?["plural"] ?? "";
        foreach (var (g, p, itemNs, obj) in _state.Store.Everything().Where(e => e.Group == group && e.Plural == plural))
        {
            _state.Store.Remove(g, p, itemNs, (string)obj["metadata"]!["name"]!);
        }
        _state.Registry.Unregister((string)crd["metadata"]!["name"]!);
    }

    /// <summary>Background and Foreground delete dependents (at once, recursively); Orphan strips the owner reference.</summary>
    private void CollectDependents(string ownerUid, string propagation)
    {
        foreach (var (group, plural, ns, obj) in _state.Store.Everything())
        {
            if (obj["metadata"]?["ownerReferences"] is not JsonArray refs) continue;
            var mine = refs.OfType<JsonObject>().Where(r => (string?)r["uid"] == ownerUid).ToList();
            if (mine.Count == 0) continue;
            var name = (string)obj["metadata"]!["name"]!;
            if (propagation == "Orphan")
            {
                foreach (var r in mine) refs.Remove(r);
                if (refs.Count == 0) ((JsonObject)obj["metadata"]!).Remove("ownerReferences");
                _state.Store.Put(group, plural, ns, obj, created: false);
                continue;
            }
            var removed = _state.Store.Remove(group, plural, ns, name);
            if (removed is not null) CollectDependents((string)removed["metadata"]!["uid"]!, propagation);
        }
    }
}
