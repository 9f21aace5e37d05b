using System;
using Kurator.Sdk.Fleet.Report;
using Spectre.Console;

namespace Kurator.Sdk.Cli.Fleet
{
    /// <summary>Progress of a fleet command: one line per context as soon as it is finished, with the running total.</summary>
    internal static class Progress
    {
        /// <summary>A callback that prints <c>[done/total] context verb|failed: counts</c>; safe to call from parallel clusters.</summary>
        public static Action<ClusterReport> ClusterLine(IAnsiConsole ui, int total, string verb, Func<ClusterReport, string> counts)
        {
            var done = 0;
            var gate = new object();
            return report =>
            {
                lock (gate)
                {
                    done++;
                    var state = report.Succeeded ? $"[green]{verb}[/]" : report.Failed > 0 ? "[red]failed[/]" : "[yellow]not ready[/]";
                    ui.MarkupLine($"[[{done}/{total}]] {Markup.Escape(report.Cluster)} {state}: {Markup.Escape(counts(report))}");
                }
            };
        }
    }
}
