using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Fleet.Overrides;
using Kurator.Sdk.MultiSystem.Tests.Support;
using Xunit.Sdk;
using Kurator.Sdk.Json;

namespace Kurator.Sdk.MultiSystem.Tests.Semantics;

/// <summary>
/// The karmada target as Karmada runs it: a resource template selected by a (Cluster)PropagationPolicy goes to the
/// clusters of its cluster affinity; with Divided/Weighted static weights each cluster's spec.replicas is its share;
/// then every (Cluster)OverridePolicy selecting the template applies, ClusterOverridePolicies first, each kind in name
/// order, rules in order, for a rule whose target cluster includes the cluster: imageOverrider, then plaintext.
/// Templates no policy selects (the Kurator objects, Secrets) stay on the control plane.
/// </summary>
internal static class KarmadaDelivery
{
    private const string Policy = "policy.karmada.io/v1alpha1";

    public static Deliveries Deliver(SynthOutput output)
    {
        var host = output.Folder("host");
        var members = FleetView.Members(host);
        var propagation = FleetView.OfKind(host, Policy, "PropagationPolicy", "ClusterPropagationPolicy");
        var overrides = FleetView.OfKind(host, Policy, "ClusterOverridePolicy").OrderBy(Name, StringComparer.Ordinal)
            .Concat(FleetView.OfKind(host, Policy, "OverridePolicy").OrderBy(Name, StringComparer.Ordinal)).ToList();
        var result = new Deliveries();
        foreach (var template in host.Where(o => (string?)o["apiVersion"] != Policy))
        {
            var policies = propagation.Where(p => Selects(p, template)).ToList();
            if (policies.Count == 0) continue;
            if (policies.Count > 1) throw new XunitException($"{Deliveries.Key(template)} is selected by {policies.Count} propagation policies; Karmada would pick one by priority");
            var placement = policies[0]["spec"]!["placement"]!.AsObject();
            KuratorDelivery.Only(placement, Name(policies[0]), "clusterAffinity", "replicaScheduling");
            var clusters = members.Where(m => InTarget(placement["clusterAffinity"] as JsonObject, m)).ToList();
            var replicas = Divide(placement["replicaScheduling"] as JsonObject, template, clusters);
            foreach (var cluster in clusters)
            {
                var obj = (JsonObject)template.DeepClone();
                if (replicas is not null && replicas[cluster.Name] is var n) obj["spec"]!["replicas"] = n;
                foreach (var policy in overrides.Where(p => Selects(p, template)))
                {
                    foreach (var rule in policy["spec"]!["overrideRules"]!.AsArray().OfType<JsonObject>().Where(r => InTarget(r["targetCluster"] as JsonObject, cluster)))
                    {
                        obj = Override(obj, rule["overriders"]!.AsObject(), Name(policy));
                    }
                }

                result.Add(cluster.Name, obj, Name(policies[0]));
            }
        }

        return result;
    }

    private static string Name(JsonObject o) => (string)o["metadata"]!["name"]!;

    private static bool Selects(JsonObject policy, JsonObject obj)
    {
        var ns = (string?)policy["metadata"]!["namespace"];
        // A namespaced policy only selects objects of its own namespace.
        if (ns is not null && (string?)obj["metadata"]!["namespace"] != ns) return false;
        return policy["spec"]!["resourceSelectors"]!.AsArray().OfType<JsonObject>().Any(s =>
        {
            KuratorDelivery.Only(s, Name(policy), "apiVersion", "kind", "name", "namespace");
            return (string?)s["apiVersion"] == (string?)obj["apiVersion"] && (string?)s["kind"] == (string?)obj["kind"]
                && (s["name"] is null || (string?)s["name"] == (string?)obj["metadata"]!["name"])
                && (s["namespace"] is null || (string?)s["namespace"] == (string?)obj["metadata"]!["namespace"]);
        });
    }

    /// <summary>A ClusterAffinity (names, label selector, exclusions); null selects every cluster.</summary>
    private static bool InTarget(JsonObject? affinity, Member cluster)
    {
        if (affinity is null) return true;
        KuratorDelivery.Only(affinity, "cluster affinity", "clusterNames", "labelSelector", "exclude");
        var names = (affinity["clusterNames"] as JsonArray)?.Select(n => (string?)n).ToList();
        var excluded = (affinity["exclude"] as JsonArray)?.Select(n => (string?)n).ToList() ?? [];
        return (names is null || names.Contains(cluster.Name)) && !excluded.Contains(cluster.Name) && LabelSelectors.Matches(affinity["labelSelector"] as JsonObject, cluster);
    }

    /// <summary>Each cluster's replicas under Divided/Weighted static weights (Karmada: floor of the weighted share, the remainder one by one to the heaviest clusters); null when replicas are duplicated.</summary>
    private static Dictionary<string, long>? Divide(JsonObject? scheduling, JsonObject template, IReadOnlyList<Member> clusters)
    {
        if (scheduling is null || (string?)scheduling["replicaSchedulingType"] == "Duplicated") return null;
        if ((string?)scheduling["replicaSchedulingType"] != "Divided" || (string?)scheduling["replicaDivisionPreference"] != "Weighted")
        {
            throw new XunitException("only Duplicated and Divided/Weighted replica scheduling are modelled: " + scheduling.ToJsonString());
        }

        var total = (long)template["spec"]!["replicas"]!;
        var weights = clusters.Select(c => (c.Name, Weight: scheduling["weightPreference"]!["staticWeightList"]!.AsArray().OfType<JsonObject>()
            .Where(w => InTarget(w["targetCluster"] as JsonObject, c)).Select(w => (long)w["weight"]!).DefaultIfEmpty(0).Max())).ToList();
        var sum = weights.Sum(w => w.Weight);
        var shares = weights.ToDictionary(w => w.Name, w => total * w.Weight / sum, StringComparer.Ordinal);
        var remainder = total - shares.Values.Sum();
        foreach (var w in weights.OrderByDescending(w => w.Weight).ThenBy(w => w.Name, StringComparer.Ordinal).Take((int)remainder)) shares[w.Name]++;
        if (shares.Values.Any(s => s == 0)) throw new XunitException("a cluster of the affinity gets no replicas; Karmada would not place the workload there");
        return shares;
    }

    private static JsonObject Override(JsonObject obj, JsonObject overriders, string policy)
    {
        KuratorDelivery.Only(overriders, policy, "imageOverrider", "plaintext");
        foreach (var image in (overriders["imageOverrider"] as JsonArray ?? new JsonArray()).OfType<JsonObject>())
        {
            var path = (string?)image["predicate"]?["path"] ?? throw new XunitException($"{policy}: imageOverrider without a predicate path is not modelled");
            var current = JsonPatch.Get(obj, path)?.GetValue<string>() ?? throw new XunitException($"{policy}: no image at {path}");
            var parsed = KarmadaImage.Parse(current);
            var value = (string?)image["value"] ?? "";
            var op = (string)image["operator"]!;
            switch ((string)image["component"]!)
            {
                case "Registry": parsed.Hostname = op switch { "add" => parsed.Hostname + value, "replace" => value, _ => "" }; break;
                case "Repository": parsed.Repository = op switch { "add" => parsed.Repository + value, "replace" => value, _ => "" }; break;
                case "Tag": if (op == "remove") parsed.TagOrDigest = ""; else parsed.SetTagOrDigest(value); break;
                default: throw new XunitException($"{policy}: unknown image component {image["component"]}");
            }

            obj = (JsonObject)JsonPatch.Apply(obj, [JsonPatchOperation.Replace(path, parsed.ToString())])!;
        }

        // A plaintext overrider is a JSON patch operation spelled with "operator".
        var plaintext = (overriders["plaintext"] as JsonArray ?? new JsonArray()).OfType<JsonObject>().Select(p =>
        {
            var op = new JsonObject { ["op"] = p["operator"]!.DeepClone(), ["path"] = p["path"]!.DeepClone() };
            if (p.ContainsKey("value")) op["value"] = p["value"]?.DeepClone();
            return JsonPatchOperation.FromJson(op);
        }).ToList();
        return plaintext.Count == 0 ? obj : (JsonObject)JsonPatch.Apply(obj, plaintext)!;
    }
}
