using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using Kurator.Sdk.Fleet;
using Kurator.Sdk.Fleet.Commands;
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
        private const string Help = """
            Server-side apply manifests to one or more kubeconfig contexts, all contexts in parallel: CRDs and Namespaces first
            (CRDs waited for until established), then the rest; objects already as defined are skipped. Every object is
            labelled with the ApplySet id; objects this ApplySet applied before and the inputs no longer define are pruned
            (objects of other owners are never touched). Then readiness is awaited. All inputs are checked before anything is
            sent: one problem means nothing is applied anywhere. An unreachable context is reported; the others are applied.

            Example:
              kurator-sdk apply -f manifests/ --context prod-eu --context prod-us

            Exit codes: 0 applied (and ready), 1 some object or context failed, 2 applied but not ready within --timeout,
            3 invalid input or usage (nothing sent).
            """;

        /// <summary>Builds the command, writing to <paramref name="output"/> and reading <c>-f -</c> from <paramref name="stdin"/>.</summary>
        public static Command Create(TextWriter output, TextReader stdin)
        {
            var inputs = new FleetInputOptions();
            var timeout = new Option<int>("--timeout") { Description = "Seconds to wait for readiness (and CRDs to be established) per context", DefaultValueFactory = _ => 120 };
            var noWait = new Option<bool>("--no-wait") { Description = "Do not wait for readiness" };
            var noPrune = new Option<bool>("--no-prune") { Description = "Keep objects this ApplySet applied before that the inputs no longer contain" };
            var forceConflicts = ForceConflictsOption.Create();
            var waveSize = new Option<int?>("--wave-size") { Description = "Roll out in waves of this many contexts, in --context order, each wave after the previous one is applied and ready" };
            var maxFailures = new Option<int>("--max-failures") { Description = "With --wave-size: failed contexts tolerated before the remaining waves are not started", DefaultValueFactory = _ => 0 };
            var command = new Command("apply", Help);
            inputs.AddTo(command, filesRequired: true);
            foreach (var option in new Option[] { timeout, noWait, noPrune, forceConflicts, waveSize, maxFailures }) command.Options.Add(option);
            command.SetAction(async (result, cancellationToken) =>
            {
                var ui = TerminalConsole.Create(output);
                var usage = result.GetValue(waveSize) is < 1 ? "--wave-size must be at least 1"
                    : result.GetValue(maxFailures) < 0 ? "--max-failures must not be negative"
                    : result.GetValue(timeout) < 1 ? "--timeout must be at least 1 second"
                    : null;
                if (usage is not null)
                {
                    ui.MarkupLine("[red]error[/] " + Markup.Escape(usage));
                    return ExitCodes.InvalidUsage;
                }

                using var session = inputs.Open(result, stdin, ui);
                if (session is null) return ExitCodes.InvalidUsage;
                var options = inputs.Runtime(result) with
                {
                    Timeout = TimeSpan.FromSeconds(result.GetValue(timeout)),
                    Wait = !result.GetValue(noWait),
                    Prune = !result.GetValue(noPrune),
                    ForceConflicts = result.GetValue(forceConflicts),
                    OnClusterFinished = Progress.ClusterLine(ui, session.Plan.Targets.Count, "applied", r => r.ApplySummary()),
                };
                ui.WriteLine($"applying {session.ObjectCount} object(s) from {session.Files} file(s) to {session.Plan.Targets.Count} context(s); ApplySet {session.Plan.AppName}, concurrency {options.Concurrency} per cluster");
                var (report, notStarted) = await ContextWaves.ApplyAsync(session.Plan, session.Connections, options, result.GetValue(waveSize), result.GetValue(maxFailures), cancellationToken);
                ReportTable.Write(ui, report);
                var failed = report.Clusters.Count(c => !c.Succeeded);
                foreach (var context in notStarted)
                {
                    ui.MarkupLine($"[red]not applied[/] {Markup.Escape(context)}: {failed} context(s) of earlier waves failed (--max-failures {result.GetValue(maxFailures)})");
                }

                return notStarted.Count > 0 ? ExitCodes.Failed : report.ExitCode;
            });
            return command;
        }
    }
}
