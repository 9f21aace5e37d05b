using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Kurator.Sdk.Fleet;
using Kurator.Sdk.Fleet.Destroy;
using Kurator.Sdk.Fleet.Model;
using Kurator.Sdk.Fleet.Report;
using Spectre.Console;

namespace Kurator.Sdk.Cli.Fleet
{
    /// <summary>
    /// <c>kurator-sdk destroy --context &lt;ctx&gt;... [-f &lt;files/dirs&gt;]</c>: deletes everything the ApplySet owns in each
    /// context (and nothing else), in reverse apply order, waits until it is gone, then deletes the parent. Inputs, when
    /// given, are checked like apply's (a problem deletes nothing) and tell which API versions to list. Exit codes:
    /// 0 gone, 1 failures, 2 still terminating at the timeout, 3 invalid input.
    /// </summary>
    public static class FleetDestroyCommand
    {
        private const string Help = """
            Delete everything the ApplySet applied, and only that, from each context (contexts in parallel): the objects
            labelled with the ApplySet's id, in reverse apply order (custom resources before their CRDs, Namespaces last),
            then, once they are gone, the ApplySet parent Secret. Objects of other owners are never touched. -f is optional;
            when given it is checked like apply's inputs (a problem deletes nothing).

            Example:
              kurator-sdk destroy --context prod-eu --context prod-us

            Exit codes: 0 everything gone (or nothing was applied), 1 some object or context failed, 2 still terminating at
            --timeout, 3 invalid input or usage (nothing deleted).
            """;

        /// <summary>Builds the command, writing to <paramref name="output"/> and reading <c>-f -</c> from <paramref name="stdin"/>.</summary>
        public static Command Create(TextWriter output, TextReader stdin)
        {
            var inputs = new FleetInputOptions();
            var timeout = new Option<int>("--timeout") { Description = "Seconds to wait for the objects to be gone per context", DefaultValueFactory = _ => 120 };
            var noWait = new Option<bool>("--no-wait") { Description = "Do not wait for deletion to finish" };
            var command = new Command("destroy", Help);
            inputs.AddTo(command, filesRequired: false);
            command.Options.Add(timeout);
            command.Options.Add(noWait);
            command.SetAction(async (result, cancellationToken) =>
            {
                var ui = TerminalConsole.Create(output);
                if (result.GetValue(timeout) < 1)
                {
                    ui.MarkupLine("[red]error[/] --timeout must be at least 1 second");
                    return ExitCodes.InvalidUsage;
                }

                using var session = inputs.Open(result, stdin, ui);
                if (session is null) return ExitCodes.InvalidUsage;
                var options = inputs.Runtime(result) with
                {
                    Timeout = TimeSpan.FromSeconds(result.GetValue(timeout)),
                    Wait = !result.GetValue(noWait),
                };
                ui.WriteLine($"destroying ApplySet {session.Plan.AppName} in {session.Plan.Targets.Count} context(s)");
                // One runtime call per context, so each context is reported as soon as it is done while the others run.
                var progress = Progress.ClusterLine(ui, session.Plan.Targets.Count, "destroyed", r => $"{r.Deleted} deleted, {r.Failed} failed");
                var reports = await Task.WhenAll(session.Plan.Targets.Select(async target =>
                {
                    var report = await FleetDestroyer.DestroyAsync(session.Plan with { Targets = [target] }, session.Connections, options, cancellationToken);
                    progress(report.Clusters[0]);
                    return report.Clusters[0];
                }));
                var fleet = new FleetReport(reports);
                ReportTable.WriteDestroy(ui, fleet);
                return fleet.ExitCode;
            });
            return command;
        }
    }
}
