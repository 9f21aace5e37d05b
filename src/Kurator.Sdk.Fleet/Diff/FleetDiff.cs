using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Kurator.Sdk.Fleet.Apply;
using Kurator.Sdk.Fleet.Model;
using Kurator.Sdk.Fleet.Targets;

namespace Kurator.Sdk.Fleet.Diff;

/// <summary>What apply would change in every cluster, computed by server-side dry run; nothing is stored.</summary>
public static class FleetDiff
{
    /// <summary>The per-object changes, host first; an unreachable cluster yields one error entry.</summary>
    public static async Task<IReadOnlyList<ObjectDiff>> ComputeAsync(DeploymentPlan plan, ClusterConnections connections, RuntimeOptions options, CancellationToken cancellationToken = default)
    {
        var perCluster = await Task.WhenAll(plan.Targets.Select(async target =>
        {
            try
            {
                return await new ClusterDiffer(connections.ClientFor(target), ApplySetIdentity.For(plan, options), options).DiffAsync(target, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                return (IReadOnlyList<ObjectDiff>)[new ObjectDiff(target.Name, new ObjectRef("v1", "Cluster", null, target.Name), DiffAction.Error, null, null, ClusterApplier.Describe(e))];
            }
        }));
        return perCluster.SelectMany(d => d).ToList();
    }
}
