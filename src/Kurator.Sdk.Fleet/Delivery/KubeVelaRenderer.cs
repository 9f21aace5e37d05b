using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Fleet.Model;
using Kurator.Sdk.Fleet.Overrides;

namespace Kurator.Sdk.Fleet.Delivery;

/// <summary>
/// The <c>kubevela</c> target: per workload group an Application with one <c>k8s-objects</c> component per workload,
/// a <c>topology</c> policy per set of clusters deployed together, an <c>override</c> policy per override variant (the
/// <c>scaler</c> trait for replicas, the <c>json-patch</c> trait for the other changes), and a workflow of <c>deploy</c>
/// steps: one step-group per wave, run in order (without waves, one parallel group).
/// </summary>
internal static class KubeVelaRenderer
{
    private static readonly string[] ScalableKinds = ["Deployment", "StatefulSet", "ReplicaSet"];

    public static DeliveryRendering Render(DeliveryModel model, DeploymentPlan delivered)
    {
        var objects = new List<JsonObject>();
        foreach (var group in model.Groups.Where(g => g.Clusters.Count > 0)) objects.Add(TypedObjects.Check(Application(model, group), DeliveryFamily.KubeVela));
        var host = model.HostObjects.Select(o => (JsonObject)o.DeepClone()).Concat(objects).ToList();
        return DeliveryRendering.OnHost(DeliveryTarget.KubeVela, delivered, host);
    }

    private static JsonObject Application(DeliveryModel model, WorkloadGroup group)
    {
        var components = new JsonArray(group.Workloads.Select(w => (JsonNode)new JsonObject
        {
            ["name"] = w.Slug,
            ["properties"] = new JsonObject { ["objects"] = new JsonArray(w.Base.DeepClone()) },
            ["type"] = "k8s-objects",
        }).ToArray());
        var policies = new JsonArray();
        var variants = group.Variants();
        var overrideOf = new Dictionary<string, string?>(System.StringComparer.Ordinal);
        for (var i = 0; i < variants.Count; i++)
        {
            var policy = OverridePolicy($"override-{i + 1}", group, variants[i][0].Name);
            if (policy is not null) policies.Add(policy);
            foreach (var c in variants[i]) overrideOf[c.Name] = policy is null ? null : $"override-{i + 1}";
        }

        var waves = model.Options.WaveSize is { } size ? group.Clusters.Chunk(size).ToList() : [group.Clusters.ToArray()];
        var steps = new JsonArray();
        for (var k = 0; k < waves.Count; k++)
        {
            var subSteps = new JsonArray();
            foreach (var unit in waves[k].GroupBy(c => overrideOf[c.Name] ?? "", System.StringComparer.Ordinal))
            {
                var unitName = $"wave-{k + 1}-" + string.Join("-", unit.Select(c => c.Name));
                policies.Add(new JsonObject { ["name"] = "topology-" + unitName, ["properties"] = new JsonObject { ["clusters"] = Strings(unit.Select(c => c.Name)) }, ["type"] = "topology" });
                var stepPolicies = new List<string> { "topology-" + unitName };
                if (unit.Key.Length > 0) stepPolicies.Add(unit.Key);
                subSteps.Add(new JsonObject { ["name"] = "deploy-" + unitName, ["properties"] = new JsonObject { ["policies"] = Strings(stepPolicies) }, ["type"] = "deploy" });
            }

            steps.Add(new JsonObject { ["name"] = $"wave-{k + 1}", ["subSteps"] = subSteps, ["type"] = "step-group" });
        }

        return new JsonObject
        {
            ["apiVersion"] = "core.oam.dev/v1beta1",
            ["kind"] = "Application",
            ["metadata"] = new JsonObject { ["name"] = Names.Of(model, group), ["namespace"] = group.FleetNamespace },
            ["spec"] = new JsonObject { ["components"] = components, ["policies"] = policies, ["workflow"] = new JsonObject { ["steps"] = steps } },
        };
    }

    /// <summary>The override policy giving the variant of <paramref name="cluster"/> its objects, or null when it needs no changes.</summary>
    private static JsonObject? OverridePolicy(string name, WorkloadGroup group, string cluster)
    {
        var components = new JsonArray();
        foreach (var w in group.Workloads)
        {
            var ops = w.OperationsFor(cluster).ToList();
            if (ops.Count == 0) continue;
            var traits = new JsonArray();
            var replicas = ops.Where(o => o.Path == "/spec/replicas").ToList();
            if (ScalableKinds.Contains((string?)w.Base["kind"]) && replicas.Count == 1 && replicas[0].Op is "add" or "replace"
                && replicas[0].Value is JsonValue v && v.TryGetValue<long>(out var n) && !ops.Any(o => o.Path is "" or "/spec"))
            {
                traits.Add(new JsonObject { ["properties"] = new JsonObject { ["replicas"] = n }, ["type"] = "scaler" });
                ops.Remove(replicas[0]);
            }

            if (ops.Count > 0) traits.Add(new JsonObject { ["properties"] = new JsonObject { ["operations"] = new JsonArray(ops.Select(o => (JsonNode)o.ToJson()).ToArray()) }, ["type"] = "json-patch" });
            components.Add(new JsonObject { ["name"] = w.Slug, ["traits"] = traits });
        }

        return components.Count == 0 ? null : new JsonObject { ["name"] = name, ["properties"] = new JsonObject { ["components"] = components }, ["type"] = "override" };
    }

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)!).ToArray());
}
