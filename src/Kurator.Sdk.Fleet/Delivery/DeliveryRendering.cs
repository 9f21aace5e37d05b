using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Fleet.Model;

namespace Kurator.Sdk.Fleet.Delivery;

/// <summary>What a target renders: the objects to apply per cluster, what lands on each cluster, and extra files for <c>synth</c> (the kurator target's GitOps directory).</summary>
/// <param name="Target">The target.</param>
/// <param name="Plan">What the runtime applies, per cluster: the host alone, except for the direct target.</param>
/// <param name="Files">Relative path (with '/' separators) to file content, written beside the cluster folders.</param>
/// <param name="Delivered">
/// What ends up on each cluster: the app's host objects on the host and, on every member, the workloads the target
/// delivers there (overrides composed). The same for every target; for the direct target it is <paramref name="Plan"/>.
/// This is what <c>check</c> evaluates, so a member's workloads are judged at the member's level whatever carries them.
/// </param>
public sealed record DeliveryRendering(DeliveryTarget Target, DeploymentPlan Plan, IReadOnlyDictionary<string, string> Files, DeploymentPlan Delivered)
{
    /// <summary>What the runtime applies; an app's rendering always has a host.</summary>
    public DeploymentPlan Plan { get; init; } = WithHost(Plan, nameof(Plan));

    /// <summary>What ends up on each cluster; an app's rendering always has a host.</summary>
    public DeploymentPlan Delivered { get; init; } = WithHost(Delivered, nameof(Delivered));

    /// <summary>
    /// The rendering of a target that applies only to the host: <paramref name="host"/> (the app's host objects and what
    /// the target generates there), checked as one cluster, and <paramref name="delivered"/>, the model's delivered plan.
    /// </summary>
    internal static DeliveryRendering OnHost(DeliveryTarget target, DeploymentPlan delivered, IEnumerable<JsonObject> host, IReadOnlyDictionary<string, string>? files = null)
    {
        DeploymentPlan plan;
        try
        {
            plan = new DeploymentPlan(delivered.AppName, [new ClusterTarget(ClusterTarget.HostName, TargetRole.Host, host.ToList())]);
        }
        catch (ArgumentException e)
        {
            // Say which target put it there: the same app renders fine for a target that does not generate the object.
            var name = DeliveryTargets.Name(target);
            throw new ArgumentException($"{name} target: {e.Message} (the host receives the app's host objects and what the {name} target generates there)", e);
        }

        return new DeliveryRendering(target, plan, files ?? new Dictionary<string, string>(), delivered);
    }

    private static DeploymentPlan WithHost(DeploymentPlan plan, string name)
    {
        ArgumentNullException.ThrowIfNull(plan, name);
        return plan.HasHost ? plan : throw new ArgumentException($"a delivery rendering's {name} needs the host target", name);
    }
}
