using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Kurator.Sdk.Fleet.Apply;
using Kurator.Sdk.Fleet.Model;
using Kurator.Sdk.Fleet.Report;
using Kurator.Sdk.Fleet.Targets;

namespace Kurator.Sdk.Fleet.Destroy;

/// <summary>
/// Destroys what the app owns in every cluster, clusters in parallel; a failing cluster does not stop the others. Members
/// that left the plan but are still in the host's member record are destroyed too, so nothing of the app is left behind.
/// Each cluster is reported through <see cref="RuntimeOptions.OnClusterFinished"/> as soon as it is done, while the others
/// still run.
/// </summary>
public static class FleetDestroyer
{
    /// <summary>
    /// Deletes the app's objects from every target of <paramref name="plan"/>; returns one report per target, in plan order,
    /// followed by one per departed member.
    /// </summary>
    public static async Task<FleetReport> DestroyAsync(DeploymentPlan plan, ClusterConnections connections, RuntimeOptions options, CancellationToken cancellationToken = default)
    {
        var targets = plan.Targets.Concat(await DepartedAsync(plan, connections, options, cancellationToken)).ToList();
        var reports = await Task.WhenAll(targets.Select(target => Task.Run(async () =>
        {
            var report = new ClusterReport(target.Name);
            try
            {
                var set = ApplySetIdentity.For(plan, options);
                await new ClusterDestroyer(connections.ClientFor(target), set, options).DestroyAsync(target, report, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                report.AddFailure("cluster " + target.Name, ClusterApplier.Describe(e));
            }

            options.OnClusterFinished?.Invoke(report);
            return report;
        }, cancellationToken)));
        return new FleetReport(reports);
    }

    /// <summary>Members recorded on the host that the plan no longer names (empty targets: destroy lists what the ApplySet tracks there).</summary>
    private static async Task<IEnumerable<ClusterTarget>> DepartedAsync(DeploymentPlan plan, ClusterConnections connections, RuntimeOptions options, CancellationToken cancellationToken)
    {
        if (!plan.HasHost) return [];
        SortedSet<string> recorded;
        try
        {
            recorded = await new MemberRecord(connections.ClientFor(plan.Host), ApplySetIdentity.For(plan, options)).ReadAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The host's own destroy reports the same problem.
            return [];
        }

        return MemberRecord.Departed(plan, recorded).Select(n => new ClusterTarget(n, TargetRole.Member, [])).ToList();
    }
}
