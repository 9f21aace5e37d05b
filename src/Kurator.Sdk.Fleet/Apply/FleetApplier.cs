using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Kurator.Sdk.Fleet.Model;
using Kurator.Sdk.Fleet.Report;
using Kurator.Sdk.Fleet.Targets;

namespace Kurator.Sdk.Fleet.Apply;

/// <summary>Applies a plan to all its clusters in parallel; a failing cluster is reported and never stops the others.</summary>
public static class FleetApplier
{
    /// <summary>Applies <paramref name="plan"/> and returns one report per target (host first).</summary>
    public static async Task<FleetReport> ApplyAsync(DeploymentPlan plan, ClusterConnections connections, RuntimeOptions options, CancellationToken cancellationToken = default)
    {
        var reports = await Task.WhenAll(plan.Targets.Select(target => Task.Run(async () =>
        {
            var report = new ClusterReport(target.Name);
            try
            {
                var client = connections.ClientFor(target);
                var applier = new ClusterApplier(client, new ApplySetIdentity(plan.AppName, options.ApplySetNamespace), options);
                await applier.ApplyAsync(target, report, cancellationToken);
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
