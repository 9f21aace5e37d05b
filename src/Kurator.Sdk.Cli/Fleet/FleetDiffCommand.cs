using System.CommandLine;
using System.IO;
using Kurator.Sdk.Fleet;
using Kurator.Sdk.Fleet.Commands;
using Kurator.Sdk.Fleet.Diff;
using Kurator.Sdk.Fleet.Report;

namespace Kurator.Sdk.Cli.Fleet;

/// <summary>
/// <c>kurator-sdk diff -f &lt;files/dirs&gt; --context &lt;ctx&gt;...</c>: what <c>apply</c> would create, update and prune in
/// each context, by server-side dry run (Secret values masked). Exit codes: 0 nothing would change, 2 something
/// would, 1 errors, 3 invalid input.
/// </summary>
public static class FleetDiffCommand
{
    /// <summary>Exit code when apply would change something (the runtime's "not ready" code, as for <c>KuratorApp diff</c>).</summary>
    public const int Changes = ExitCodes.Changes;

    private const string Help = """
        Show what apply would do in each context, without changing anything: every object is sent as a server-side
        dry-run apply and compared with the live object (server-managed fields left out, Secret values masked). Prints a
        line diff for each object that would be created, updated or pruned, then a per-context summary (Create, Update,
        Unchanged, Prune, Error). Inputs are checked like apply's.

        Example:
          kurator-sdk diff -f manifests/ --context prod-eu --context prod-us

        Exit codes: 0 nothing would change, 2 something would change, 1 a context or object could not be diffed,
        3 invalid input or usage.
        """;

    /// <summary>Builds the command, writing to <paramref name="output"/> and reading <c>-f -</c> from <paramref name="stdin"/>.</summary>
    public static Command Create(TextWriter output, TextReader stdin)
    {
        var inputs = new FleetInputOptions(FleetOperation.Diff);
        var command = new Command("diff", Help);
        inputs.AddTo(command, filesRequired: true);
        command.SetAction(async (result, cancellationToken) =>
        {
            var ui = TerminalConsole.Create(output);
            using var session = inputs.Open(result, stdin, ui);
            if (session is null) return ExitCodes.InvalidUsage;
            var diffs = await FleetDiff.ComputeAsync(session.Plan, session.Connections, session.Options, cancellationToken);
            DiffRenderer.Write(ui, diffs);
            return DiffRenderer.ExitCode(diffs);
        });
        return command;
    }
}
