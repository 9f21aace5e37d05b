using System;
using System.Text.Json.Nodes;
using static Kurator.Sdk.Fleet.Readiness.JsonStatus;

namespace Kurator.Sdk.Fleet.Readiness;

/// <summary>
/// Cluster API's provisioning kinds. v1beta2 summarises them in an <c>Available</c> condition and has no <c>Ready</c> on a
/// Cluster, so kstatus's default (no Ready condition: Current) would call a cluster ready as soon as its spec was observed;
/// v1beta1 summarises in <c>Ready</c> (and, from Cluster API 1.9, carries the v1beta2 conditions in <c>status.v1beta2</c>).
/// </summary>
internal static class ClusterApiRules
{
    /// <summary>Whether <paramref name="group"/>/<paramref name="kind"/> is a kind whose readiness is a provisioned cluster or machines.</summary>
    public static bool Applies(string group, string? kind) =>
        (group == "cluster.x-k8s.io" && kind is "Cluster" or "MachineDeployment" or "MachineSet" or "MachinePool" or "Machine")
        || (group == "controlplane.cluster.x-k8s.io" && kind is not null && kind.EndsWith("ControlPlane", StringComparison.Ordinal));

    /// <summary>Available (either condition list), then Ready, decides; no summary condition yet means the controller has not reported.</summary>
    public static ObjectStatus Compute(JsonNode? status)
    {
        var summary = Condition(status, "Available") ?? Condition(status?["v1beta2"], "Available") ?? Condition(status, "Ready");
        if (summary is null) return ObjectStatus.InProgress("NoAvailableCondition");
        var type = Str(summary["type"]);
        return Str(summary["status"]) == "True"
            ? ObjectStatus.Current(type!)
            : ObjectStatus.InProgress(type + "=" + Str(summary["status"]) + ": " + Str(summary["reason"]));
    }
}
