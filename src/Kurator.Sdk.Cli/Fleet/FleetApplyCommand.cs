using System;
using System.CommandLine;
using System.IO;
using Kurator.Sdk.Fleet.Apply;
using Kurator.Sdk.Fleet.Report;
using Spectre.Console;

namespace Kurator.Sdk.Cli.Fleet
{
    /// <summary>
    /// <c>kurator-sdk apply -f &lt;files/dirs&gt; --context &lt;ctx&gt;...</c>: kubectl apply for fleets. Server-side apply of plain
    /// manifests to every context in parallel through the fleet runtime (CRDs and Namespaces first, unchanged objects
    /// skipped, prune by ApplySet, readiness wait), then the per-cluster table. Exit codes: 0 applied and ready,
    /// 1 failures, 2 not ready in time, 3 invalid input (nothing applied).
    /// </summary>
    public static class FleetApplyCommand
    {
        /// <summary>Builds the command, writing to <paramref name="output"/> and reading <c>-f -</c> from <paramref name="stdin"/>.</summary>
        public static Command Create(TextWriter output, TextReader stdin)
        {
            var inputs = new FleetInputOptions();
            var timeout = new Option<int>("--timeout") { Description = "Seconds to wait for readiness (and CRDs to be established) per cluster", DefaultValueFactory = _ => 120 };
            var noWait = new Option<bool>("--no-wait") { Description = "Do not wait for readiness" };
            var noPrune = new Option<bool>("--no-prune") { Description = "Keep objects this ApplySet applied before that the inputs no longer contain" };
            var waveSize = new Option<int?>("--wave-size") { Description = "Roll out in waves of this many contexts (in --context order), each after the previous wave is ready" };
            var maxFailures = new Option<int>("--max-failures") { Description = "With --wave-size: failed clusters tolerated before the remaining waves are not started", DefaultValueFactory = _ => 0 };
            var command = new Command("apply", "Server-side apply manifests to one or more kubeconfig contexts in parallel (CRDs and Namespaces first), prune what the ApplySet applied before, wait for readiness");
            inputs.AddTo(command, filesRequired: true);
            foreach (var option in new Option[] { timeout, noWait, noPrune, waveSize, maxFailures }) command.Options.Add(option);
            command.SetAction(async (result, cancellationToken) =>
            {
                var ui = CliConsole.Create(output);
                if (result.GetValue(waveSize) is < 1)
                {
                    ui.MarkupLine("[red]error[/] --wave-size must be at least 1");
                    return ExitCodes.InvalidUsage;
                }

                using var session = inputs.Open(result, stdin, ui);
                if (session is null) return ExitCodes.InvalidUsage;
                var options = inputs.Runtime(result) with
                {
                    Timeout = TimeSpan.FromSeconds(Math.Max(1, result.GetValue(timeout))),
                    Wait = !result.GetValue(noWait),
                    Prune = !result.GetValue(noPrune),
                    WaveSize = result.GetValue(waveSize),
                    MaxFailures = Math.Max(0, result.GetValue(maxFailures)),
                    OnClusterFinished = ProgressLine(ui, session.Plan.Targets.Count),
                };
                ui.MarkupLine(Markup.Escape($"applying {session.ObjectCount} object(s) from {session.Files} file(s) to {session.Plan.Targets.Count} context(s); ApplySet {session.Plan.AppName}, concurrency {options.Concurrency} per cluster"));
                var report = await FleetApplier.ApplyAsync(session.Plan, session.Connections, options, cancellationToken);
                ReportTable.Write(ui, report);
                return report.ExitCode;
            });
            return command;
        }

        /// <summary>One line per finished cluster with the running total, so a long apply shows where it is.</summary>
        private static Action<ClusterReport> ProgressLine(IAnsiConsole ui, int total)
        {
            var done = 0;
            var gate = new object();
            return report =>
            {
                lock (gate)
                {
                    done++;
                    var state = report.Succeeded ? "[green]done[/]" : "[red]failed[/]";
                    ui.MarkupLine($"[[{done}/{total}]] {Markup.Escape(report.Cluster)} {state}: {report.Created} created, {report.Updated} updated, {report.Unchanged} unchanged, {report.Pruned} pruned, {report.Failed} failed");
                }
            };
        }
    }
}
