using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Fleet.Model;
using Kurator.Sdk.Fleet.Overrides;
using Kurator.Sdk.Serialization;
using FleetObject = Kurator.Sdk.Kurator.Fleet.V1Alpha1.Fleet;

namespace Kurator.Sdk.Fleet.Delivery;

/// <summary>
/// Resolves an app's objects into a <see cref="DeliveryModel"/>, the one model every target renders from: which members
/// each workload set goes to (member selection), and each workload's effective object per cluster (override application).
/// </summary>
internal static class DeliveryModelBuilder
{
    public static DeliveryModel Build(string appName, IReadOnlyList<KubeObject> hostObjects, IReadOnlyList<(FleetObject Fleet, WorkloadSet Workloads)> workloads, DeliveryOptions options)
    {
        var groups = new List<WorkloadGroup>();
        foreach (var (fleet, set) in workloads)
        {
            var members = MemberNames(fleet).Select(m => FleetMembers.Resolve(m, hostObjects)).ToList();
            // A missing label reads as null, so a member whose cluster object the app does not define is never selected.
            var selected = members.Where(m => set.ClusterSelector.All(kv => m.Labels[kv.Key] == kv.Value)).ToList();
            var items = set.Objects.Select(obj => new DeliveredWorkload(
                (JsonObject)KubeJson.ToNode(obj),
                WorkloadOverrides.Effective(obj, selected))).ToList();
            groups.Add(new WorkloadGroup(groups.Count, fleet.Name ?? "", fleet.Namespace ?? "default", members, selected, items));
        }

        return new DeliveryModel(appName, hostObjects.Select(o => (JsonObject)KubeJson.ToNode(o)).ToList(), groups, options);
    }

    /// <summary>The fleet's member cluster names, in spec order, each once.</summary>
    private static IReadOnlyList<string> MemberNames(FleetObject fleet)
    {
        var names = (fleet.Spec?.Clusters ?? new()).Select(c => c.Name).Where(n => !string.IsNullOrEmpty(n)).Select(n => n!).Distinct(StringComparer.Ordinal).ToList();
        if (names.Contains(ClusterTarget.HostName)) throw new ArgumentException($"fleet {fleet.Name}: a member may not be called '{ClusterTarget.HostName}', the host's target name");
        return names;
    }
}
