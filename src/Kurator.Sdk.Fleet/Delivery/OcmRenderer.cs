using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Fleet.Model;
using Kurator.Sdk.Fleet.Overrides;

namespace Kurator.Sdk.Fleet.Delivery;

/// <summary>
/// The <c>ocm</c> target: a Placement selecting the group's clusters by label predicates (matchLabels, or one key's
/// values with <c>In</c>; by name through a CEL predicate when no labels tell them apart) and a ManifestWork per cluster, in the cluster's namespace on the hub, holding
/// the objects that cluster receives. With waves (<see cref="DeliveryOptions.WaveSize"/>): per override variant a
/// Placement and a ManifestWorkReplicaSet rolling out progressively, <c>maxConcurrency</c> clusters at a time.
/// </summary>
internal static class OcmRenderer
{
    public static DeliveryRendering Render(DeliveryModel model, DeploymentPlan delivered)
    {
        var objects = new List<JsonObject>();
        foreach (var group in model.Groups.Where(g => g.Clusters.Count > 0))
        {
            var name = Names.Of(model, group);
            if (model.Options.WaveSize is { } wave)
            {
                var variants = group.Variants();
                for (var i = 0; i < variants.Count; i++)
                {
                    var part = variants.Count == 1 ? name : $"{name}-{string.Join("-", variants[i].Select(c => c.Name))}";
                    objects.Add(Placement(part, group.FleetNamespace, variants[i], group.FleetMembers));
                    objects.Add(ReplicaSet(part, group.FleetNamespace, group.Workloads.Select(w => w.EffectiveFor(variants[i][0].Name)), wave));
                }

                continue;
            }

            objects.Add(Placement(name, group.FleetNamespace, group.Clusters, group.FleetMembers));
            foreach (var cluster in group.Clusters)
            {
                var work = new JsonObject
                {
                    ["apiVersion"] = "work.open-cluster-management.io/v1",
                    ["kind"] = "ManifestWork",
                    // OCM reads a cluster's ManifestWorks from the hub namespace named after the cluster.
                    ["metadata"] = new JsonObject { ["name"] = name, ["namespace"] = cluster.Name },
                    ["spec"] = new JsonObject { ["workload"] = new JsonObject { ["manifests"] = Manifests(group.Workloads.Select(w => w.EffectiveFor(cluster.Name))) } },
                };
                objects.Add(TypedObjects.Check(work, DeliveryFamily.Ocm));
            }
        }

        var host = model.HostObjects.Select(o => (JsonObject)o.DeepClone()).Concat(objects).ToList();
        return DeliveryRendering.OnHost(DeliveryTarget.Ocm, delivered, host);
    }

    private static JsonObject Placement(string name, string ns, IReadOnlyList<MemberCluster> clusters, IReadOnlyList<MemberCluster> fleet)
    {
        var spec = new JsonObject { ["numberOfClusters"] = clusters.Count };
        // Label predicates when labels pick exactly these clusters out of the fleet (shared labels, else one key's values),
        // a CEL predicate on the names otherwise.
        var labels = LabelSelection.Exact(clusters, fleet);
        var oneOf = LabelSelection.In(clusters, fleet);
        JsonObject? selector = (labels, oneOf) switch
        {
            ({ Count: > 0 }, _) => new JsonObject { ["labelSelector"] = new JsonObject { ["matchLabels"] = KuratorRenderer.Labels(labels) } },
            (_, { } kv) => new JsonObject
            {
                ["labelSelector"] = new JsonObject
                {
                    ["matchExpressions"] = new JsonArray(new JsonObject { ["key"] = kv.Key, ["operator"] = "In", ["values"] = new JsonArray(kv.Values.Select(v => (JsonNode)JsonValue.Create(v)!).ToArray()) }),
                },
            },
            ({ Count: 0 }, null) => null,
            _ => new JsonObject { ["celSelector"] = new JsonObject { ["celExpressions"] = new JsonArray(CelNames(clusters)) } },
        };
        if (selector is not null) spec["predicates"] = new JsonArray(new JsonObject { ["requiredClusterSelector"] = selector });
        var placement = new JsonObject
        {
            ["apiVersion"] = "cluster.open-cluster-management.io/v1beta1",
            ["kind"] = "Placement",
            ["metadata"] = new JsonObject { ["name"] = name, ["namespace"] = ns },
            ["spec"] = spec,
        };
        return TypedObjects.Check(placement, DeliveryFamily.Ocm);
    }

    /// <summary>A CEL predicate on the ManagedCluster's name (OCM's celSelector).</summary>
    public static string CelNames(IEnumerable<MemberCluster> clusters) =>
        "managedCluster.metadata.name in [" + string.Join(", ", clusters.Select(c => "'" + c.Name + "'")) + "]";

    private static JsonObject ReplicaSet(string name, string ns, IEnumerable<JsonObject> manifests, int wave)
    {
        var set = new JsonObject
        {
            ["apiVersion"] = "work.open-cluster-management.io/v1alpha1",
            ["kind"] = "ManifestWorkReplicaSet",
            ["metadata"] = new JsonObject { ["name"] = name, ["namespace"] = ns },
            ["spec"] = new JsonObject
            {
                ["cascadeDeletionPolicy"] = "Background",
                ["manifestWorkTemplate"] = new JsonObject { ["workload"] = new JsonObject { ["manifests"] = Manifests(manifests) } },
                ["placementRefs"] = new JsonArray(new JsonObject
                {
                    ["name"] = name,
                    ["rolloutStrategy"] = new JsonObject { ["progressive"] = new JsonObject { ["maxConcurrency"] = wave }, ["type"] = "Progressive" },
                }),
            },
        };
        return TypedObjects.Check(set, DeliveryFamily.Ocm);
    }

    private static JsonArray Manifests(IEnumerable<JsonObject> objects) => new(objects.Select(o => (JsonNode)o).ToArray());
}
