using System;
using System.CommandLine;
using Kurator.Sdk.Fleet.Destroy;
using Kurator.Sdk.Fleet.Model;
using Kurator.Sdk.Fleet.Report;
using Spectre.Console;

namespace Kurator.Sdk.Fleet.Commands;

/// <summary><c>destroy</c>: delete what this app owns (by ApplySet label) from every cluster, in reverse order.</summary>
internal static class DestroyCommand
{
    public static Command Create(Func<DeploymentPlan> plan, Func<IAnsiConsole> console)
    {
        var targets = new TargetOptions();
        var run = new RunOptions(FleetOperation.Destroy);
        var command = new Command("destroy", "Delete everything this app applied (and only that) from the host and each member cluster");
        run.AddTo(command);
        targets.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            var options = run.Read(result);
            var p = plan();
            var ui = console();
            options = options with { OnClusterFinished = ClusterProgress.Lines(ui, FleetOperation.Destroy, p.Targets.Count) };
            await using var session = await targets.OpenAsync(result, p, cancellationToken);
            var report = await FleetDestroyer.DestroyAsync(p, session.Connections, options, cancellationToken);
            ReportTable.WriteDestroy(ui, report);
            return report.ExitCode;
        });
        return command;
    }
}
