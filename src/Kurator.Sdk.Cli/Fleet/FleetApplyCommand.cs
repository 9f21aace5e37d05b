using System.CommandLine;
using System.IO;
using Kurator.Sdk.Fleet;
using Kurator.Sdk.Fleet.Apply;
using Kurator.Sdk.Fleet.Commands;
using Kurator.Sdk.Fleet.Report;
using Spectre.Console;

namespace Kurator.Sdk.Cli.Fleet;

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
        var inputs = new FleetInputOptions(FleetOperation.Apply);
        var command = new Command("apply", Help);
        inputs.AddTo(command, filesRequired: true);
        command.SetAction(async (result, cancellationToken) =>
        {
            var ui = TerminalConsole.Create(output);
            using var session = inputs.Open(result, stdin, ui);
            if (session is null) return ExitCodes.InvalidUsage;
            var options = session.Options with { OnClusterFinished = ClusterProgress.Lines(ui, FleetOperation.Apply, session.Plan.Targets.Count) };
            ui.WriteLine($"applying {session.ObjectCount} object(s) from {session.Files} file(s) to {session.Plan.Targets.Count} context(s); ApplySet {session.Plan.AppName}, concurrency {options.Concurrency} per cluster");
            // The runtime's own waves: a plan of plain contexts has no host, so the first wave is the first contexts.
            var report = await FleetApplier.ApplyAsync(session.Plan, session.Connections, options, cancellationToken);
            ReportTable.Write(ui, report);
            return report.ExitCode;
        });
        return command;
    }
}
