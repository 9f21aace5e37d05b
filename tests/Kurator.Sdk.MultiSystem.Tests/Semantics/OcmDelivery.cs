using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.MultiSystem.Tests.Support;
using Kurator.Sdk.Validation.Cel;
using Xunit.Sdk;

namespace Kurator.Sdk.MultiSystem.Tests.Semantics;

/// <summary>
/// The ocm target as OCM runs it: a ManifestWork in the hub namespace named after a managed cluster delivers its manifests
/// to that cluster; a ManifestWorkReplicaSet delivers its template to every cluster its Placements decide. A Placement
/// decides the clusters matching any of its predicates (label selector and CEL expressions of one predicate must all hold),
/// at most numberOfClusters of them.
/// </summary>
internal static class OcmDelivery
{
    public static Deliveries Deliver(SynthOutput output)
    {
        var host = output.Folder("host");
        var members = FleetView.Members(host);
        var placements = FleetView.OfKind(host, "cluster.open-cluster-management.io/v1beta1", "Placement");
        var result = new Deliveries();
        var works = FleetView.OfKind(host, "work.open-cluster-management.io/v1", "ManifestWork");
        foreach (var work in works)
        {
            var cluster = (string)work["metadata"]!["namespace"]!;
            if (members.All(m => m.Name != cluster)) throw new XunitException($"ManifestWork {work["metadata"]!["name"]} is in namespace {cluster}, which is no managed cluster");
            foreach (var m in work["spec"]!["workload"]!["manifests"]!.AsArray().OfType<JsonObject>()) result.Add(cluster, m, "ManifestWork " + work["metadata"]!["name"]);
        }

        foreach (var set in FleetView.OfKind(host, "work.open-cluster-management.io/v1alpha1", "ManifestWorkReplicaSet"))
        {
            var ns = (string)set["metadata"]!["namespace"]!;
            foreach (var reference in set["spec"]!["placementRefs"]!.AsArray().OfType<JsonObject>())
            {
                var placement = placements.SingleOrDefault(p => (string?)p["metadata"]!["name"] == (string?)reference["name"] && (string?)p["metadata"]!["namespace"] == ns)
                    ?? throw new XunitException($"ManifestWorkReplicaSet {set["metadata"]!["name"]} refers to Placement {ns}/{reference["name"]}, which is not defined");
                foreach (var cluster in Decide(placement, members))
                {
                    foreach (var m in set["spec"]!["manifestWorkTemplate"]!["workload"]!["manifests"]!.AsArray().OfType<JsonObject>()) result.Add(cluster.Name, m, "ManifestWorkReplicaSet " + set["metadata"]!["name"]);
                }
            }
        }

        return result;
    }

    /// <summary>The clusters the Placement decides; fails when more match than it may take (OCM would pick some arbitrarily).</summary>
    public static IReadOnlyList<Member> Decide(JsonObject placement, IReadOnlyList<Member> members)
    {
        var spec = placement["spec"]!.AsObject();
        KuratorDelivery.Only(spec, "Placement " + placement["metadata"]!["name"], "numberOfClusters", "predicates");
        var predicates = (spec["predicates"] as JsonArray)?.OfType<JsonObject>().ToList();
        var matched = members.Where(m => predicates is null || predicates.Any(p => Matches(p["requiredClusterSelector"]!.AsObject(), m))).ToList();
        if (spec["numberOfClusters"] is { } n && matched.Count > (long)n) throw new XunitException($"Placement {placement["metadata"]!["name"]} matches {matched.Count} clusters but takes {n}");
        return matched;
    }

    private static bool Matches(JsonObject selector, Member member)
    {
        KuratorDelivery.Only(selector, "requiredClusterSelector", "labelSelector", "celSelector");
        if (!LabelSelectors.Matches(selector["labelSelector"] as JsonObject, member)) return false;
        foreach (var expression in (selector["celSelector"]?["celExpressions"] as JsonArray ?? new JsonArray()).Select(e => (string)e!))
        {
            // OCM binds the ManagedCluster as `managedCluster`; the SDK's CEL evaluator binds its input as `self`.
            var program = CelProgram.Compile(expression.Replace("managedCluster.", "self.", StringComparison.Ordinal)) ?? throw new XunitException($"CEL expression not understood: {expression}");
            if (program.Evaluate(member.AsClusterObject()) != true) return false;
        }

        return true;
    }
}
