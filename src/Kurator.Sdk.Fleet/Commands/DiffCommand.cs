using System;
using System.CommandLine;
using Kurator.Sdk.Fleet.Diff;
using Kurator.Sdk.Fleet.Model;
using Spectre.Console;

namespace Kurator.Sdk.Fleet.Commands;

/// <summary><c>diff</c>: what apply would change, by server-side dry run (exit code 0 when nothing would change, 1 on errors, 2 when something would).</summary>
internal static class DiffCommand
{
    public static Command Create(Func<DeploymentPlan> plan, Func<IAnsiConsole> console)
    {
        var targets = new TargetOptions();
        var run = new RunOptions(FleetOperation.Diff);
        var command = new Command("diff", "Show what apply would create, update (and correct where the live objects drifted) and prune in each cluster (server-side dry run; Secret values are masked)");
        run.AddTo(command);
        targets.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            var options = run.Read(result);
            var p = plan();
            await using var session = await targets.OpenAsync(result, p, cancellationToken);
            var diffs = await FleetDiff.ComputeAsync(p, session.Connections, options, cancellationToken);
            DiffRenderer.Write(console(), diffs);
            return DiffRenderer.ExitCode(diffs);
        });
        return command;
    }
}
