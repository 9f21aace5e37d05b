using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Fleet.Model;
using Kurator.Sdk.Fleet.Overrides;
using Kurator.Sdk.Json;

namespace Kurator.Sdk.Fleet.Delivery;

/// <summary>
/// The <c>karmada</c> target: the workloads as resource templates on the Karmada control plane, a PropagationPolicy
/// (ClusterPropagationPolicy for cluster-scoped objects) placing them on the group's clusters by name, replicas divided
/// by static weights when clusters run different replica counts, and an OverridePolicy per overridden workload with one
/// rule per set of clusters receiving the same change (the composed overrides as a patch from the workload: imageOverrider
/// for image changes, plaintext for the rest), so each cluster matches at most one rule.
/// </summary>
internal static class KarmadaRenderer
{
    private static readonly string[] ScalableKinds = ["Deployment", "StatefulSet"];

    public static DeliveryRendering Render(DeliveryModel model, DeploymentPlan delivered)
    {
        var objects = new List<JsonObject>();
        foreach (var group in model.Groups)
        {
            var name = Names.Of(model, group);
            var clusters = group.Clusters.Select(c => c.Name).ToList();
            var duplicated = new List<DeliveredWorkload>();
            foreach (var w in group.Workloads)
            {
                var template = (JsonObject)w.Base.DeepClone();
                var weights = DividedReplicas(w, group);
                if (weights is not null)
                {
                    template["spec"]!["replicas"] = weights.Sum(x => x.Replicas);
                    objects.Add(Policy(w.Base, $"{name}-{w.Slug}", [w], clusters, weights));
                }
                else
                {
                    duplicated.Add(w);
                }

                objects.Add(template);
                if (OverridePolicy(w, group, $"{name}-{w.Slug}", weights is not null) is { } op) objects.Add(op);
            }

            // One policy per namespace (a PropagationPolicy only selects objects of its own namespace), one cluster-wide.
            foreach (var byNamespace in duplicated.GroupBy(w => (string?)w.Base["metadata"]?["namespace"] ?? ""))
            {
                objects.Add(Policy(byNamespace.First().Base, name, byNamespace.ToList(), clusters, null));
            }
        }

        var host = model.HostObjects.Select(o => (JsonObject)o.DeepClone()).Concat(objects).ToList();
        return DeliveryRendering.OnHost(DeliveryTarget.Karmada, delivered, host);
    }

    /// <summary>Per-cluster replicas when they differ between clusters and Karmada's weighted division gives exactly them.</summary>
    private static IReadOnlyList<(string Cluster, long Replicas)>? DividedReplicas(DeliveredWorkload w, WorkloadGroup group)
    {
        if (!ScalableKinds.Contains((string?)w.Base["kind"]) || w.Base["spec"]?["replicas"] is not JsonValue) return null;
        // An override replacing a parent of spec.replicas would clash with the division.
        if (group.Clusters.SelectMany(c => w.OperationsFor(c.Name)).Any(o => o.Path is "" or "/spec")) return null;
        var replicas = new List<(string, long)>();
        foreach (var c in group.Clusters)
        {
            if (w.EffectiveFor(c.Name)["spec"]?["replicas"] is not JsonValue v || !v.TryGetValue<long>(out var n) || n < 1) return null;
            replicas.Add((c.Name, n));
        }

        return replicas.Select(r => r.Item2).Distinct().Count() > 1 ? replicas : null;
    }

    private static JsonObject Policy(JsonObject first, string name, IReadOnlyList<DeliveredWorkload> workloads, IReadOnlyList<string> clusters, IReadOnlyList<(string Cluster, long Replicas)>? weights)
    {
        var ns = (string?)first["metadata"]?["namespace"];
        var placement = new JsonObject { ["clusterAffinity"] = new JsonObject { ["clusterNames"] = Strings(clusters) } };
        placement["replicaScheduling"] = weights is null
            ? new JsonObject { ["replicaSchedulingType"] = "Duplicated" }
            : new JsonObject
            {
                ["replicaDivisionPreference"] = "Weighted",
                ["replicaSchedulingType"] = "Divided",
                ["weightPreference"] = new JsonObject
                {
                    ["staticWeightList"] = new JsonArray(weights.Select(x => (JsonNode)new JsonObject { ["targetCluster"] = new JsonObject { ["clusterNames"] = Strings([x.Cluster]) }, ["weight"] = x.Replicas }).ToArray()),
                },
            };
        var policy = new JsonObject
        {
            ["apiVersion"] = "policy.karmada.io/v1alpha1",
            ["kind"] = ns is null ? "ClusterPropagationPolicy" : "PropagationPolicy",
            ["metadata"] = Metadata(name, ns),
            ["spec"] = new JsonObject { ["placement"] = placement, ["resourceSelectors"] = new JsonArray(workloads.Select(w => (JsonNode)Selector(w.Base)).ToArray()) },
        };
        return TypedObjects.Check(policy, DeliveryFamily.Karmada);
    }

    /// <summary>
    /// The override policy of <paramref name="w"/>: one rule per set of clusters receiving the same change, that change being
    /// the patch from the workload to the clusters' effective object (so overlapping overrides arrive composed).
    /// </summary>
    private static JsonObject? OverridePolicy(DeliveredWorkload w, WorkloadGroup group, string name, bool divided)
    {
        var byChange = new List<(string Key, JsonObject Overriders, List<string> Clusters)>();
        foreach (var c in group.Clusters)
        {
            // Divided replicas come from the propagation policy's weights, not from an override.
            var ops = w.OperationsFor(c.Name).Where(op => !(divided && op.Path == "/spec/replicas")).ToList();
            if (ops.Count == 0) continue;
            var overriders = Overriders(w.Base, ops);
            var key = overriders.ToJsonString();
            var same = byChange.FindIndex(x => x.Key == key);
            if (same >= 0) byChange[same].Clusters.Add(c.Name);
            else byChange.Add((key, overriders, [c.Name]));
        }

        var rules = new JsonArray(byChange.Select(x => (JsonNode)new JsonObject { ["overriders"] = x.Overriders, ["targetCluster"] = new JsonObject { ["clusterNames"] = Strings(x.Clusters) } }).ToArray());
        if (rules.Count == 0) return null;
        var ns = (string?)w.Base["metadata"]?["namespace"];
        var policy = new JsonObject
        {
            ["apiVersion"] = "policy.karmada.io/v1alpha1",
            ["kind"] = ns is null ? "ClusterOverridePolicy" : "OverridePolicy",
            ["metadata"] = Metadata(name, ns),
            ["spec"] = new JsonObject { ["overrideRules"] = rules, ["resourceSelectors"] = new JsonArray(Selector(w.Base)) },
        };
        return TypedObjects.Check(policy, DeliveryFamily.Karmada);
    }

    /// <summary>imageOverrider entries for image changes, plaintext for the rest.</summary>
    private static JsonObject Overriders(JsonObject workload, IReadOnlyList<JsonPatchOperation> ops)
    {
        var images = new JsonArray();
        var plaintext = new JsonArray();
        foreach (var op in ops)
        {
            // Karmada runs image overriders before plaintext: only an image no other change of this rule touches can go there.
            var others = ops.Where(x => !ReferenceEquals(x, op)).Select(x => x.Path);
            if (KarmadaImages.IsImageChange(op) && KarmadaImages.Untouched(op.Path, others)
                && KarmadaImages.ImageAt(workload, op.Path) is { } from && KarmadaImages.Overriders(op.Path, from, (string)op.Value!) is { } entries)
            {
                foreach (var e in entries) images.Add(e);
                continue;
            }

            var entry = new JsonObject { ["operator"] = op.Op, ["path"] = op.Path };
            if (op.Op != "remove") entry["value"] = op.Value?.DeepClone();
            plaintext.Add(entry);
        }

        var overriders = new JsonObject();
        if (images.Count > 0) overriders["imageOverrider"] = images;
        if (plaintext.Count > 0) overriders["plaintext"] = plaintext;
        return overriders;
    }

    private static JsonObject Selector(JsonObject obj)
    {
        var r = ObjectRef.Of(obj);
        var selector = new JsonObject { ["apiVersion"] = r.ApiVersion, ["kind"] = r.Kind, ["name"] = r.Name };
        if (r.Namespace is not null) selector["namespace"] = r.Namespace;
        return selector;
    }

    private static JsonObject Metadata(string name, string? ns)
    {
        var meta = new JsonObject { ["name"] = name };
        if (ns is not null) meta["namespace"] = ns;
        return meta;
    }

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)!).ToArray());
}
