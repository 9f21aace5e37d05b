using System;
using System.CommandLine;
using System.IO;
using Kurator.Sdk.Fleet.Destroy;
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
        /// <summary>Builds the command, writing to <paramref name="output"/> and reading <c>-f -</c> from <paramref name="stdin"/>.</summary>
        public static Command Create(TextWriter output, TextReader stdin)
        {
            var inputs = new FleetInputOptions();
            var timeout = new Option<int>("--timeout") { Description = "Seconds to wait for the objects to be gone per cluster", DefaultValueFactory = _ => 120 };
            var noWait = new Option<bool>("--no-wait") { Description = "Do not wait for deletion to finish" };
            var command = new Command("destroy", "Delete everything the ApplySet applied (and only that) from each context, in reverse order");
            inputs.AddTo(command, filesRequired: false);
            command.Options.Add(timeout);
            command.Options.Add(noWait);
            command.SetAction(async (result, cancellationToken) =>
            {
                var ui = CliConsole.Create(output);
                using var session = inputs.Open(result, stdin, ui);
                if (session is null) return ExitCodes.InvalidUsage;
                var options = inputs.Runtime(result) with
                {
                    Timeout = TimeSpan.FromSeconds(Math.Max(1, result.GetValue(timeout))),
                    Wait = !result.GetValue(noWait),
                };
                ui.MarkupLine(Markup.Escape($"destroying ApplySet {session.Plan.AppName} in {session.Plan.Targets.Count} context(s)"));
                var report = await FleetDestroyer.DestroyAsync(session.Plan, session.Connections, options, cancellationToken);
                ReportTable.WriteDestroy(ui, report);
                return report.ExitCode;
            });
            return command;
        }
    }
}
