using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Emulator.Schema;

namespace Kurator.Sdk.Emulator.Http;

/// <summary>Builds the discovery documents: aggregated (apidiscovery.k8s.io/v2) and legacy (APIVersions, APIGroupList, APIResourceList).</summary>
internal static class DiscoveryDocuments
{
    public const string AggregatedContentType = "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList";

    private static readonly string[] Verbs = ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"];
    private static readonly string[] StatusVerbs = ["get", "patch", "update"];

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());

    /// <summary>Groups in preference order: core first (as /api), then named groups sorted, each with versions newest-listed-first.</summary>
    private static IEnumerable<IGrouping<string, ResourceType>> Groups(IReadOnlyList<ResourceType> all, bool core) =>
        all.Where(r => (r.Group.Length == 0) == core).GroupBy(r => r.Group).OrderBy(g => g.Key == "" ? "" : g.Key);

    private static List<string> Versions(IGrouping<string, ResourceType> group) =>
        group.Select(r => r.Version).Distinct().OrderByDescending(VersionRank).ToList();

    // Kubernetes version priority: GA > beta > alpha, then the higher number.
    private static int VersionRank(string v)
    {
        var m = System.Text.RegularExpressions.Regex.Match(v, "^v(\\d+)(alpha|beta)?(\\d+)?$");
        if (!m.Success) return 0;
        var major = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var stage = m.Groups[2].Value switch { "" => 3, "beta" => 2, _ => 1 };
        var minor = m.Groups[3].Success ? int.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        return stage * 1_000_000 + major * 1000 + minor;
    }

    public static JsonObject Aggregated(IReadOnlyList<ResourceType> all, bool core)
    {
        var items = new JsonArray();
        foreach (var group in Groups(all, core))
        {
            var versions = new JsonArray();
            foreach (var version in Versions(group))
            {
                var resources = new JsonArray();
                foreach (var r in group.Where(r => r.Version == version))
                {
                    var kind = new JsonObject { ["group"] = r.Group, ["version"] = r.Version, ["kind"] = r.Kind };
                    var entry = new JsonObject
                    {
                        ["resource"] = r.Plural,
                        ["responseKind"] = kind,
                        ["scope"] = r.Namespaced ? "Namespaced" : "Cluster",
                        ["singularResource"] = r.Singular,
                        ["verbs"] = Strings(Verbs),
                    };
                    if (r.ShortNames.Count > 0) entry["shortNames"] = Strings(r.ShortNames);
                    if (r.Categories.Count > 0) entry["categories"] = Strings(r.Categories);
                    var subresources = new JsonArray();
                    if (r.HasStatus)
                        // (JsonNode): Add(JsonNode), not Add<T>, the reflection-based overload a Native AOT kurator-sdk cannot use.
                        subresources.Add((JsonNode)new JsonObject { ["subresource"] = "status", ["responseKind"] = kind.DeepClone(), ["verbs"] = Strings(StatusVerbs) });
                    if (ScaleEndpoints.Supports(r))
                        subresources.Add((JsonNode)new JsonObject { ["subresource"] = "scale", ["responseKind"] = new JsonObject { ["group"] = "autoscaling", ["version"] = "v1", ["kind"] = "Scale" }, ["verbs"] = Strings(StatusVerbs) });
                    if (subresources.Count > 0) entry["subresources"] = subresources;
                    resources.Add((JsonNode)entry);
                }
                versions.Add((JsonNode)new JsonObject { ["version"] = version, ["resources"] = resources, ["freshness"] = "Current" });
            }
            items.Add((JsonNode)new JsonObject { ["metadata"] = new JsonObject { ["name"] = group.Key }, ["versions"] = versions });
        }
        return new JsonObject
        {
            ["kind"] = "APIGroupDiscoveryList",
            ["apiVersion"] = "apidiscovery.k8s.io/v2",
            ["metadata"] = new JsonObject(),
            ["items"] = items,
        };
    }

    public static JsonObject ApiVersions(string serverAddress) => new()
    {
        ["kind"] = "APIVersions",
        ["versions"] = Strings(["v1"]),
        ["serverAddressByClientCIDRs"] = new JsonArray(new JsonObject { ["clientCIDR"] = "0.0.0.0/0", ["serverAddress"] = serverAddress }),
    };

    public static JsonObject GroupList(IReadOnlyList<ResourceType> all)
    {
        var groups = new JsonArray();
        foreach (var group in Groups(all, core: false))
        {
            var versions = Versions(group);
            JsonObject Gv(string v) => new() { ["groupVersion"] = $"{group.Key}/{v}", ["version"] = v };
            groups.Add((JsonNode)new JsonObject
            {
                ["name"] = group.Key,
                ["versions"] = new JsonArray(versions.Select(v => (JsonNode)Gv(v)).ToArray()),
                ["preferredVersion"] = Gv(versions[0]),
            });
        }
        return new JsonObject { ["kind"] = "APIGroupList", ["apiVersion"] = "v1", ["groups"] = groups };
    }

    public static JsonObject ResourceList(IReadOnlyList<ResourceType> all, string group, string version)
    {
        var resources = new JsonArray();
        foreach (var r in all.Where(r => r.Group == group && r.Version == version))
        {
            var entry = new JsonObject
            {
                ["name"] = r.Plural,
                ["singularName"] = r.Singular,
                ["namespaced"] = r.Namespaced,
                ["kind"] = r.Kind,
                ["verbs"] = Strings(Verbs),
            };
            if (r.ShortNames.Count > 0) entry["shortNames"] = Strings(r.ShortNames);
            if (r.Categories.Count > 0) entry["categories"] = Strings(r.Categories);
            resources.Add((JsonNode)entry);
            if (ScaleEndpoints.Supports(r))
            {
                resources.Add((JsonNode)new JsonObject
                {
                    ["name"] = r.Plural + "/scale",
                    ["singularName"] = "",
                    ["namespaced"] = r.Namespaced,
                    ["group"] = "autoscaling",
                    ["version"] = "v1",
                    ["kind"] = "Scale",
                    ["verbs"] = Strings(StatusVerbs),
                });
            }
            if (r.HasStatus)
            {
                resources.Add((JsonNode)new JsonObject
                {
                    ["name"] = r.Plural + "/status",
                    ["singularName"] = "",
                    ["namespaced"] = r.Namespaced,
                    ["kind"] = r.Kind,
                    ["verbs"] = Strings(StatusVerbs),
                });
            }
        }
        return new JsonObject
        {
            ["kind"] = "APIResourceList",
            ["apiVersion"] = "v1",
            ["groupVersion"] = group.Length == 0 ? version : $"{group}/{version}",
            ["resources"] = resources,
        };
    }
}
