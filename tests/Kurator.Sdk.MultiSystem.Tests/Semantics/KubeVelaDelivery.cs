using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Fleet.Overrides;
using Kurator.Sdk.MultiSystem.Tests.Support;
using Xunit.Sdk;
using Kurator.Sdk.Json;

namespace Kurator.Sdk.MultiSystem.Tests.Semantics;

/// <summary>
/// The kubevela target as KubeVela runs it: the workflow's deploy steps (inside step groups) each deploy every component
/// to the clusters of their topology policies, with the traits of their override policies merged into the components
/// (<c>scaler</c> sets spec.replicas, <c>json-patch</c> applies its operations to the component's objects).
/// </summary>
internal static class KubeVelaDelivery
{
    public static Deliveries Deliver(SynthOutput output)
    {
        var host = output.Folder("host");
        var members = FleetView.Members(host);
        var result = new Deliveries();
        foreach (var app in FleetView.OfKind(host, "core.oam.dev/v1beta1", "Application"))
        {
            var name = (string)app["metadata"]!["name"]!;
            var components = app["spec"]!["components"]!.AsArray().OfType<JsonObject>().Select(c =>
            {
                if ((string?)c["type"] != "k8s-objects") throw new XunitException($"{name}: component type {c["type"]} is not modelled");
                KuratorDelivery.Only(c, name, "name", "type", "properties");
                return (Name: (string)c["name"]!, Objects: c["properties"]!["objects"]!.AsArray().OfType<JsonObject>().ToList());
            }).ToList();
            var policies = (app["spec"]!["policies"] as JsonArray ?? new JsonArray()).OfType<JsonObject>().ToDictionary(p => (string)p["name"]!);
            foreach (var step in Steps(app["spec"]!["workflow"]!["steps"]!.AsArray()))
            {
                var used = step["properties"]!["policies"]!.AsArray().Select(p => policies.TryGetValue((string)p!, out var policy) ? policy : throw new XunitException($"{name}: step {step["name"]} uses undefined policy {p}")).ToList();
                var clusters = used.Where(p => (string?)p["type"] == "topology").SelectMany(p => Topology(p, members)).Distinct().ToList();
                var overrides = used.Where(p => (string?)p["type"] == "override").ToList();
                if (used.Any(p => (string?)p["type"] is not ("topology" or "override"))) throw new XunitException($"{name}: step {step["name"]} uses a policy type that is not modelled");
                foreach (var cluster in clusters)
                {
                    foreach (var (component, objects) in components)
                    {
                        foreach (var obj in objects) result.Add(cluster.Name, Override((JsonObject)obj.DeepClone(), component, overrides), $"{name} step {step["name"]}");
                    }
                }
            }
        }

        return result;
    }

    /// <summary>Deploy steps in workflow order, step groups flattened.</summary>
    private static IEnumerable<JsonObject> Steps(JsonArray steps)
    {
        foreach (var step in steps.OfType<JsonObject>())
        {
            switch ((string?)step["type"])
            {
                case "step-group": foreach (var sub in Steps(step["subSteps"]!.AsArray())) yield return sub; break;
                case "deploy": yield return step; break;
                default: throw new XunitException($"workflow step type {step["type"]} is not modelled");
            }
        }
    }

    private static IEnumerable<Member> Topology(JsonObject policy, IReadOnlyList<Member> members)
    {
        var properties = policy["properties"]!.AsObject();
        KuratorDelivery.Only(properties, (string)policy["name"]!, "clusters", "clusterLabelSelector");
        var names = (properties["clusters"] as JsonArray)?.Select(n => (string)n!).ToList();
        foreach (var n in names ?? []) if (members.All(m => m.Name != n)) throw new XunitException($"topology {policy["name"]} names unknown cluster {n}");
        var labels = properties["clusterLabelSelector"] is JsonObject l ? new JsonObject { ["matchLabels"] = l.DeepClone() } : null;
        return members.Where(m => (names is null || names.Contains(m.Name)) && LabelSelectors.Matches(labels, m));
    }

    private static JsonObject Override(JsonObject obj, string component, IEnumerable<JsonObject> overrides)
    {
        foreach (var entry in overrides.SelectMany(o => o["properties"]!["components"]!.AsArray().OfType<JsonObject>()))
        {
            if (entry["name"] is not null && (string?)entry["name"] != component) continue;
            KuratorDelivery.Only(entry, "override of " + component, "name", "traits");
            foreach (var trait in (entry["traits"] as JsonArray ?? new JsonArray()).OfType<JsonObject>())
            {
                obj = (string?)trait["type"] switch
                {
                    "scaler" => (JsonObject)JsonPatch.Apply(obj, [JsonPatchOperation.Add("/spec/replicas", trait["properties"]!["replicas"]!.DeepClone())])!,
                    "json-patch" => (JsonObject)JsonPatch.Apply(obj, trait["properties"]!["operations"]!.AsArray().Select(o => JsonPatchOperation.FromJson(o!.AsObject())))!,
                    var t => throw new XunitException($"trait {t} is not modelled"),
                };
            }
        }

        return obj;
    }
}
