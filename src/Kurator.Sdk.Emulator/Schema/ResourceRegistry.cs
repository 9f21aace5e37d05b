using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace Kurator.Sdk.Emulator.Schema;

/// <summary>The resources one emulated cluster serves: the built-ins plus the served versions of every established CRD.</summary>
internal sealed class ResourceRegistry
{
    private readonly object _gate = new();
    private readonly List<ResourceType> _builtIns;
    private Dictionary<string, List<ResourceType>> _custom = new();

    public ResourceRegistry()
    {
        _builtIns = BuiltInResources.Create().ToList();
    }

    /// <summary>All served resources, built-ins first, in a stable order.</summary>
    public IReadOnlyList<ResourceType> All
    {
        get
        {
            lock (_gate) return _builtIns.Concat(_custom.OrderBy(c => c.Key).SelectMany(c => c.Value)).ToList();
        }
    }

    public ResourceType? Find(string group, string version, string plural) =>
        All.FirstOrDefault(r => r.Group == group && r.Version == version && r.Plural == plural);

    public ResourceType? FindKind(string group, string version, string kind) =>
        All.FirstOrDefault(r => r.Group == group && r.Version == version && r.Kind == kind);

    /// <summary>Registers (or replaces) the resources a CRD object declares.</summary>
    public void Register(JsonObject crd)
    {
        var name = (string)crd["metadata"]!["name"]!;
        var spec = crd["spec"] as JsonObject;
        if (spec is null) return;
        var group = (string?)spec["group"] ?? "";
        var names = spec["names"] as JsonObject ?? new JsonObject();
        var kind = (string?)names["kind"] ?? "";
        var plural = (string?)names["plural"] ?? kind.ToLowerInvariant() + "s";
        var shortNames = (names["shortNames"] as JsonArray)?.Select(n => (string)n!).ToList() ?? [];
        var categories = (names["categories"] as JsonArray)?.Select(n => (string)n!).ToList() ?? [];
        var namespaced = (string?)spec["scope"] != "Cluster";
        var list = new List<ResourceType>();
        foreach (var v in (spec["versions"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if (v["served"]?.GetValue<bool>() == false) continue;
            var schema = v["schema"]?["openAPIV3Schema"] as JsonObject;
            var hasStatus = v["subresources"]?["status"] is not null;
            list.Add(new ResourceType(group, (string)v["name"]!, kind, plural, namespaced, hasStatus, shortNames, categories,
                new SchemaNode(schema, BuiltInSchemas.Instance.Definitions), IsCustom: true)
            { CrdVersion = (JsonObject)v.DeepClone() });
        }
        lock (_gate)
        {
            var next = new Dictionary<string, List<ResourceType>>(_custom) { [name] = list };
            _custom = next;
        }
    }

    public void Unregister(string crdName)
    {
        lock (_gate)
        {
            var next = new Dictionary<string, List<ResourceType>>(_custom);
            next.Remove(crdName);
            _custom = next;
        }
    }
}
