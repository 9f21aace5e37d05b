using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Fleet.Model;
using Kurator.Sdk.Fleet.Overrides;
using Kurator.Sdk.Serialization;
using FleetObject = Kurator.Sdk.Kurator.Fleet.V1Alpha1.Fleet;

namespace Kurator.Sdk.Fleet.Delivery;

/// <summary>Resolves an app's objects into a <see cref="DeliveryModel"/>: clusters with labels, each workload's effective object per cluster.</summary>
internal static class DeliveryModelBuilder
{
    public static DeliveryModel Build(string appName, IReadOnlyList<KubeObject> hostObjects, IReadOnlyList<(FleetObject Fleet, WorkloadSet Workloads)> workloads, DeliveryOptions options)
    {
        var groups = new List<WorkloadGroup>();
        foreach (var (fleet, set) in workloads)
        {
            var members = PlanBuilder.MemberNames(fleet).Select(m => FleetMembers.Resolve(m, hostObjects)).ToList();
            var selected = members.Where(m => set.ClusterSelector.All(kv => m.Labels[kv.Key] == kv.Value)).ToList();
            // Each cluster's object comes from the one composition the direct target uses too (WorkloadOverrides.Effective).
            var items = set.Objects.Select(obj => new DeliveredWorkload(
                (JsonObject)KubeJson.ToNode(obj),
                WorkloadOverrides.Effective(obj, selected))).ToList();
            groups.Add(new WorkloadGroup(groups.Count, fleet.Name ?? "", fleet.Namespace ?? "default", members, selected, items));
        }

        return new DeliveryModel(appName, hostObjects.Select(o => (JsonObject)KubeJson.ToNode(o)).ToList(), groups, options);
    }
}
