using System;
using System.CommandLine;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Kurator.Sdk.Fleet;
using Kurator.Sdk.Fleet.Apply;
using Kurator.Sdk.Fleet.Commands;
using Kurator.Sdk.Fleet.Destroy;
using Kurator.Sdk.Fleet.Model;
using Kurator.Sdk.Fleet.Report;
using Kurator.Sdk.Fleet.Targets;
using Spectre.Console;

namespace Kurator.Sdk.Cli.Fleet;

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
    public static Command Create(TextWriter output, TextReader stdin) => Create(output, stdin, FleetDestroyer.DestroyAsync);

    /// <summary>The command, destroying through <paramref name="destroy"/> (the runtime's <see cref="FleetDestroyer"/>, or a test's wrapper of it).</summary>
    internal static Command Create(TextWriter output, TextReader stdin, Func<DeploymentPlan, ClusterConnections, RuntimeOptions, CancellationToken, Task<FleetReport>> destroy)
    {
        var inputs = new FleetInputOptions(FleetOperation.Destroy);
        var command = new Command("destroy", Help);
        inputs.AddTo(command, filesRequired: false);
        command.SetAction(async (result, cancellationToken) =>
        {
            var ui = TerminalConsole.Create(output);
            using var session = inputs.Open(result, stdin, ui);
            if (session is null) return ExitCodes.InvalidUsage;
            ui.WriteLine($"destroying ApplySet {session.Plan.AppName} in {session.Plan.Targets.Count} context(s)");
            // One runtime call for all contexts: it reports each context as soon as it is done while the others run.
            var options = session.Options with { OnClusterFinished = ClusterProgress.Lines(ui, FleetOperation.Destroy, session.Plan.Targets.Count) };
            var report = await destroy(session.Plan, session.Connections, options, cancellationToken);
            ReportTable.WriteDestroy(ui, report);
            return report.ExitCode;
        });
        return command;
    }
}
