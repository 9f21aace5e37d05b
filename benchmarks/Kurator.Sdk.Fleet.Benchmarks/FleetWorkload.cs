using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;

namespace Kurator.Sdk.Fleet.Benchmarks;

/// <summary>
/// The objects one cluster receives: Namespaces, a CRD and its custom resources, ConfigMaps, Deployments and Services,
/// spread over the namespaces. Every name carries the set's name, so our runtime and kubectl each start on clusters
/// that have none of their objects (the CRD's group too, so both wait for a new kind to be established).
/// </summary>
internal static class FleetWorkload
{
    public const int Namespaces = 5;

    /// <summary>The CRD's group for a set (one new kind per set).</summary>
    public static string Group(string set) => set + ".bench.kurator.dev";

    /// <summary>Exactly <paramref name="total"/> objects (at least 20): foundation first, then the rest.</summary>
    public static List<JsonObject> For(string set, int total)
    {
        var objects = new List<JsonObject>();
        for (var n = 0; n < Namespaces; n++) objects.Add(Namespace(set, n));
        objects.Add(Crd(set));
        var rest = total - objects.Count;
        // The mix: 40 % ConfigMaps, 20 % Deployments, 20 % Services, the remainder custom resources.
        var configMaps = rest * 2 / 5;
        var deployments = rest / 5;
        var services = rest / 5;
        var widgets = rest - configMaps - deployments - services;
        for (var i = 0; i < configMaps; i++) objects.Add(ConfigMap(set, i));
        for (var i = 0; i < deployments; i++) objects.Add(Deployment(set, i));
        for (var i = 0; i < services; i++) objects.Add(Service(set, i));
        for (var i = 0; i < widgets; i++) objects.Add(Widget(set, i));
        return objects;
    }

    public static bool IsFoundation(JsonObject o) => (string?)o["kind"] is "Namespace" or "CustomResourceDefinition";

    private static string Ns(string set, int i) => $"{set}-ns-{i % Namespaces}";

    private static string Name(string prefix, int i) => prefix + "-" + i.ToString("D3", CultureInfo.InvariantCulture);

    private static JsonObject Meta(string set, string name, int i) => new()
    {
        ["name"] = name,
        ["namespace"] = Ns(set, i),
        ["labels"] = new JsonObject { ["app.kubernetes.io/part-of"] = "fleet-bench", ["app.kubernetes.io/name"] = name },
    };

    private static JsonObject Namespace(string set, int n) => new()
    {
        ["apiVersion"] = "v1",
        ["kind"] = "Namespace",
        ["metadata"] = new JsonObject { ["name"] = Ns(set, n), ["labels"] = new JsonObject { ["pod-security.kubernetes.io/enforce"] = "restricted" } },
    };

    private static JsonObject ConfigMap(string set, int i) => new()
    {
        ["apiVersion"] = "v1",
        ["kind"] = "ConfigMap",
        ["metadata"] = Meta(set, Name("settings", i), i),
        ["data"] = new JsonObject { ["index"] = i.ToString(CultureInfo.InvariantCulture), ["app.properties"] = "log.level=info\nfeature.x=true\n" + new string('x', 200) },
    };

    private static JsonObject Deployment(string set, int i)
    {
        var name = Name("web", i);
        var labels = new JsonObject { ["app.kubernetes.io/name"] = name };
        return new JsonObject
        {
            ["apiVersion"] = "apps/v1",
            ["kind"] = "Deployment",
            ["metadata"] = Meta(set, name, i),
            ["spec"] = new JsonObject
            {
                ["replicas"] = 2,
                ["selector"] = new JsonObject { ["matchLabels"] = labels.DeepClone() },
                ["template"] = new JsonObject
                {
                    ["metadata"] = new JsonObject { ["labels"] = labels.DeepClone() },
                    ["spec"] = new JsonObject
                    {
                        ["securityContext"] = new JsonObject { ["runAsNonRoot"] = true, ["seccompProfile"] = new JsonObject { ["type"] = "RuntimeDefault" } },
                        ["containers"] = new JsonArray(new JsonObject
                        {
                            ["name"] = "web",
                            ["image"] = "ghcr.io/stefanprodan/podinfo:6.7.1",
                            ["ports"] = new JsonArray(new JsonObject { ["name"] = "http", ["containerPort"] = 9898 }),
                            ["resources"] = new JsonObject
                            {
                                ["requests"] = new JsonObject { ["cpu"] = "100m", ["memory"] = "64Mi" },
                                ["limits"] = new JsonObject { ["memory"] = "128Mi" },
                            },
                            ["securityContext"] = new JsonObject
                            {
                                ["allowPrivilegeEscalation"] = false,
                                ["capabilities"] = new JsonObject { ["drop"] = new JsonArray("ALL") },
                            },
                        }),
                    },
                },
            },
        };
    }

    private static JsonObject Service(string set, int i) => new()
    {
        ["apiVersion"] = "v1",
        ["kind"] = "Service",
        ["metadata"] = Meta(set, Name("web", i), i),
        ["spec"] = new JsonObject
        {
            ["selector"] = new JsonObject { ["app.kubernetes.io/name"] = Name("web", i) },
            ["ports"] = new JsonArray(new JsonObject { ["name"] = "http", ["port"] = 80, ["targetPort"] = "http" }),
        },
    };

    private static JsonObject Widget(string set, int i) => new()
    {
        ["apiVersion"] = Group(set) + "/v1",
        ["kind"] = "Widget",
        ["metadata"] = Meta(set, Name("widget", i), i),
        ["spec"] = new JsonObject { ["size"] = i % 7 + 1, ["color"] = i % 2 == 0 ? "blue" : "green" },
    };

    private static JsonObject Crd(string set)
    {
        var group = Group(set);
        var schema = JsonNode.Parse("""
            {"type":"object","properties":{"spec":{"type":"object","properties":{
              "size":{"type":"integer","minimum":1},"color":{"type":"string","enum":["blue","green"]}}},
              "status":{"type":"object","x-kubernetes-preserve-unknown-fields":true}}}
            """)!;
        return new JsonObject
        {
            ["apiVersion"] = "apiextensions.k8s.io/v1",
            ["kind"] = "CustomResourceDefinition",
            ["metadata"] = new JsonObject { ["name"] = "widgets." + group },
            ["spec"] = new JsonObject
            {
                ["group"] = group,
                ["scope"] = "Namespaced",
                ["names"] = new JsonObject { ["plural"] = "widgets", ["singular"] = "widget", ["kind"] = "Widget", ["listKind"] = "WidgetList" },
                ["versions"] = new JsonArray(new JsonObject
                {
                    ["name"] = "v1",
                    ["served"] = true,
                    ["storage"] = true,
                    ["schema"] = new JsonObject { ["openAPIV3Schema"] = schema },
                }),
            },
        };
    }
}
