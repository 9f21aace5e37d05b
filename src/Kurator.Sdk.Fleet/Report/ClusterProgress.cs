using System;
using Kurator.Sdk.Fleet.Commands;
using Spectre.Console;

namespace Kurator.Sdk.Fleet.Report;

/// <summary>
/// The progress of <c>apply</c> and <c>destroy</c> in both front ends: one line per cluster as soon as the runtime has
/// finished it, <c>[done/total] cluster state: counts</c>, so long runs show where they are.
/// </summary>
public static class ClusterProgress
{
    /// <summary>
    /// A callback for <see cref="Apply.RuntimeOptions.OnClusterFinished"/> that prints the line of each finished cluster;
    /// safe to call from clusters running in parallel.
    /// </summary>
    /// <param name="console">Where the lines go.</param>
    /// <param name="operation"><see cref="FleetOperation.Apply"/> or <see cref="FleetOperation.Destroy"/>: the words and counts of the line.</param>
    /// <param name="total">The clusters of the plan; members that left it are reported after them and raise the total.</param>
    public static Action<ClusterReport> Lines(IAnsiConsole console, FleetOperation operation, int total)
    {
        ArgumentNullException.ThrowIfNull(console);
        var (done, pending) = operation switch
        {
            FleetOperation.Apply => ("applied", "not ready"),
            FleetOperation.Destroy => ("destroyed", "still terminating"),
            _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "only apply and destroy report progress per cluster"),
        };
        var finished = 0;
        var gate = new object();
        return report =>
        {
            lock (gate)
            {
                finished++;
                total = Math.Max(total, finished);
                var state = report.Succeeded ? $"[green]{done}[/]"
                    : report.Readiness == ReadinessState.NotStarted ? "[red]not started[/]"
                    : report.Failed > 0 ? "[red]failed[/]"
                    : $"[yellow]{pending}[/]";
                var counts = operation == FleetOperation.Apply ? report.ApplySummary() : report.DestroySummary();
                console.MarkupLine($"[[{finished}/{total}]] {Markup.Escape(report.Cluster)} {state}: {Markup.Escape(counts)}");
            }
        };
    }
}
