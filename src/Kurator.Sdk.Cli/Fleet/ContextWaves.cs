using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Kurator.Sdk.Fleet.Apply;
using Kurator.Sdk.Fleet.Model;
using Kurator.Sdk.Fleet.Report;
using Kurator.Sdk.Fleet.Targets;

namespace Kurator.Sdk.Cli.Fleet
{
    /// <summary>
    /// <c>--wave-size</c>: the contexts in <c>--context</c> order, this many at a time, each wave applied and awaited by the
    /// runtime before the next starts; once more contexts failed than <c>--max-failures</c> allows, later waves are not
    /// started. (The runtime's own waves put a host target first, which the CLI's plans do not have.)
    /// </summary>
    internal static class ContextWaves
    {
        /// <summary>The reports of the contexts that were applied, and the names of those never started.</summary>
        public static async Task<(FleetReport Report, IReadOnlyList<string> NotStarted)> ApplyAsync(
            DeploymentPlan plan, ClusterConnections connections, RuntimeOptions options, int? waveSize, int maxFailures, CancellationToken cancellationToken)
        {
            if (waveSize is not { } size) return (await FleetApplier.ApplyAsync(plan, connections, options, cancellationToken), []);
            var reports = new List<ClusterReport>();
            var notStarted = new List<string>();
            foreach (var wave in plan.Targets.Chunk(size))
            {
                if (reports.Count(r => !r.Succeeded) > maxFailures)
                {
                    notStarted.AddRange(wave.Select(t => t.Name));
                    continue;
                }

                // A wave is only done when it is ready: the next one must not start on a broken rollout.
                var report = await FleetApplier.ApplyAsync(plan with { Targets = wave }, connections, options with { Wait = true }, cancellationToken);
                reports.AddRange(report.Clusters);
            }

            return (new FleetReport(reports), notStarted);
        }
    }
}
