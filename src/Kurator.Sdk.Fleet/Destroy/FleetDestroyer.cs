using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Kurator.Sdk.Fleet.Apply;
using Kurator.Sdk.Fleet.Model;
using Kurator.Sdk.Fleet.Report;
using Kurator.Sdk.Fleet.Targets;

namespace Kurator.Sdk.Fleet.Destroy;

/// <summary>Destroys what the app owns in every cluster, clusters in parallel; a failing cluster does not stop the others.</summary>
public static class FleetDestroyer
{
    /// <summary>Deletes the app's objects from every target of <paramref name="plan"/>.</summary>
    public static async Task<FleetReport> DestroyAsync(DeploymentPlan plan, ClusterConnections connections, RuntimeOptions options, CancellationToken cancellationToken = default)
    {
        var reports = await Task.WhenAll(plan.Targets.Select(target => Task.Run(async () =>
        {
            var report = new ClusterReport(target.Name);
            try
            {
                var set = new ApplySetIdentity(plan.AppName, options.ApplySetNamespace);
                await new ClusterDestroyer(connections.ClientFor(target), set, options).DestroyAsync(target, report, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                report.AddFailure("cluster " + target.Name, ClusterApplier.Describe(e));
            }

            return report;
        }, cancellationToken)));
        return new FleetReport(reports);
    }
}
