using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Kurator.Sdk.Fleet.Model;
using Kurator.Sdk.Fleet.Report;
using Kurator.Sdk.Fleet.Targets;

namespace Kurator.Sdk.Fleet.Apply;

/// <summary>
/// Applies a plan to all its clusters in parallel, or in waves; a failing cluster is reported and never stops the
/// clusters running beside it.
/// </summary>
public static class FleetApplier
{
    /// <summary>
    /// Applies <paramref name="plan"/> and returns one report per target, in plan order (host first), followed by one per
    /// member that left the plan since an earlier apply (its objects pruned, when pruning is on).
    /// </summary>
    public static async Task<FleetReport> ApplyAsync(DeploymentPlan plan, ClusterConnections connections, RuntimeOptions options, CancellationToken cancellationToken = default)
    {
        if (options.WaveSize is < 1) throw new ArgumentOutOfRangeException(nameof(options), "the wave size must be at least 1");
        var departures = await DepartedMembers.BeginAsync(plan, connections, options, cancellationToken);
        var reports = await ApplyTargetsAsync(plan, connections, options, new PreparedObjects(), cancellationToken);
        reports.AddRange(await departures.PruneAsync(cancellationToken));
        return new FleetReport(reports);
    }

    private static async Task<List<ClusterReport>> ApplyTargetsAsync(DeploymentPlan plan, ClusterConnections connections, RuntimeOptions options, PreparedObjects prepared, CancellationToken cancellationToken)
    {
        if (options.WaveSize is not { } size) return [.. await ApplyWaveAsync(plan, plan.Targets, connections, options, prepared, cancellationToken)];

        var reports = new List<ClusterReport>();
        foreach (var wave in Waves(plan, size))
        {
            var failed = reports.Count(r => !r.Succeeded);
            if (failed > options.MaxFailures)
            {
                // Later waves are not started, and say why.
                foreach (var target in wave)
                {
                    var skipped = new ClusterReport(target.Name) { Readiness = ReadinessState.NotStarted };
                    skipped.AddFailure("cluster " + target.Name, $"not applied: {failed} cluster(s) of earlier waves failed (--max-failures {options.MaxFailures})");
                    options.OnClusterFinished?.Invoke(skipped);
                    reports.Add(skipped);
                }

                continue;
            }

            // A wave is only done when it is ready: the next one must not start on a broken rollout.
            reports.AddRange(await ApplyWaveAsync(plan, wave, connections, options with { Wait = true }, prepared, cancellationToken));
        }

        return reports;
    }

    /// <summary>
    /// The host on its own (the members' Kurator objects must be there first), then the members <paramref name="size"/>
    /// at a time in plan order. A plan without a host (kurator-sdk's plain contexts) is only members.
    /// </summary>
    internal static IEnumerable<ClusterTarget[]> Waves(DeploymentPlan plan, int size)
    {
        var members = plan.Members.Chunk(size);
        return plan.HasHost ? members.Prepend([plan.Host]) : members;
    }

    private static async Task<ClusterReport[]> ApplyWaveAsync(DeploymentPlan plan, IEnumerable<ClusterTarget> targets, ClusterConnections connections, RuntimeOptions options, PreparedObjects prepared, CancellationToken cancellationToken)
    {
        return await Task.WhenAll(targets.Select(target => Task.Run(async () =>
        {
            var report = new ClusterReport(target.Name);
            try
            {
                var client = connections.ClientFor(target);
                var applier = new ClusterApplier(client, ApplySetIdentity.For(plan, options), options, prepared);
                await applier.ApplyAsync(target, report, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                report.AddFailure("cluster " + target.Name, ClusterApplier.Describe(e));
            }

            options.OnClusterFinished?.Invoke(report);
            return report;
        }, cancellationToken)));
    }
}
