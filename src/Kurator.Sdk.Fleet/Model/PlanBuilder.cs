using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Serialization;
using FleetObject = Kurator.Sdk.Kurator.Fleet.V1Alpha1.Fleet;

namespace Kurator.Sdk.Fleet.Model;

/// <summary>Turns the typed objects an app added into a <see cref="DeploymentPlan"/>.</summary>
internal static class PlanBuilder
{
    public static DeploymentPlan Build(string appName, IReadOnlyList<KubeObject> hostObjects, IReadOnlyList<(FleetObject Fleet, WorkloadSet Workloads)> workloads)
    {
        var targets = new List<ClusterTarget> { new(ClusterTarget.HostName, TargetRole.Host, hostObjects.Select(ToJson).ToList()) };
        var members = new Dictionary<string, List<JsonObject>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var (fleet, set) in workloads)
        {
            foreach (var member in MemberNames(fleet).Where(m => Selected(m, set, hostObjects)))
            {
                if (!members.TryGetValue(member, out var list))
                {
                    members[member] = list = new List<JsonObject>();
                    order.Add(member);
                }

                // Serialized per member, so a target's tree can be labelled without touching the others; overrides
                // selecting this member are applied here.
                var cluster = Overrides.FleetMembers.Resolve(member, hostObjects);
                list.AddRange(set.Objects.Select(o => Overrides.WorkloadOverrides.Effective(o, cluster)));
            }
        }

        targets.AddRange(order.Select(m => new ClusterTarget(m, TargetRole.Member, members[m])));
        foreach (var target in targets) RejectDuplicates(target);
        return new DeploymentPlan(appName, targets);
    }

    /// <summary>The fleet's member cluster names, in spec order.</summary>
    public static IReadOnlyList<string> MemberNames(FleetObject fleet)
    {
        var names = (fleet.Spec?.Clusters ?? new()).Select(c => c.Name).Where(n => !string.IsNullOrEmpty(n)).Select(n => n!).Distinct(StringComparer.Ordinal).ToList();
        if (names.Contains(ClusterTarget.HostName)) throw new ArgumentException($"fleet {fleet.Name}: a member may not be called '{ClusterTarget.HostName}', the host's target name");
        return names;
    }

    /// <summary>True when the member's cluster object (defined in the app) matches the set's selector.</summary>
    private static bool Selected(string member, WorkloadSet set, IReadOnlyList<KubeObject> hostObjects)
    {
        if (set.ClusterSelector.Count == 0) return true;
        var cluster = hostObjects.FirstOrDefault(o => o.Name == member && o.Kind is "AttachedCluster" or "Cluster" && o.ApiVersion.StartsWith("cluster.kurator.dev/", StringComparison.Ordinal));
        var labels = cluster?.HasMetadata == true ? cluster.Metadata.Labels : null;
        return labels is not null && set.ClusterSelector.All(kv => labels.TryGetValue(kv.Key, out var v) && v == kv.Value);
    }

    private static JsonObject ToJson(KubeObject obj) => (JsonObject)KubeJson.ToNode(obj);

    private static void RejectDuplicates(ClusterTarget target)
    {
        var duplicate = target.Objects.Select(ObjectRef.Of).GroupBy(r => r.Key).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ArgumentException($"{target.Name}: {duplicate.First()} is defined more than once");
    }
}
