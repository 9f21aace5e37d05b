using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Fleet.Model;
using Kurator.Sdk.Fleet.Overrides;
using Kurator.Sdk.Serialization;
using FleetObject = Kurator.Sdk.Kurator.Fleet.V1Alpha1.Fleet;

namespace Kurator.Sdk.Fleet.Delivery;

/// <summary>Resolves an app's objects into a <see cref="DeliveryModel"/>: clusters with labels, overrides as operations per cluster.</summary>
internal static class DeliveryModelBuilder
{
    public static DeliveryModel Build(string appName, IReadOnlyList<KubeObject> hostObjects, IReadOnlyList<(FleetObject Fleet, WorkloadSet Workloads)> workloads, DeliveryOptions options)
    {
        var groups = new List<WorkloadGroup>();
        foreach (var (fleet, set) in workloads)
        {
            var members = PlanBuilder.MemberNames(fleet).Select(m => FleetMembers.Resolve(m, hostObjects)).ToList();
            var selected = members.Where(m => set.ClusterSelector.All(kv => m.Labels[kv.Key] == kv.Value)).ToList();
            var items = set.Objects.Select(obj =>
            {
                var json = (JsonObject)KubeJson.ToNode(obj);
                var resolved = WorkloadOverrides.Of(obj)
                    .Select(o => new ResolvedOverride(o.Selector, selected.Where(o.Selector.Matches).Select(c => c.Name).ToList(), o.OperationsFor(json)))
                    .ToList();
                return new DeliveredWorkload(json, resolved);
            }).ToList();
            groups.Add(new WorkloadGroup(groups.Count, fleet.Name ?? "", fleet.Namespace ?? "default", members, selected, items));
        }

        return new DeliveryModel(appName, hostObjects.Select(o => (JsonObject)KubeJson.ToNode(o)).ToList(), groups, options);
    }
}
