using System;
using System.CommandLine;
using System.Linq;
using Kurator.Sdk.Fleet.Apply;
using Kurator.Sdk.Fleet.Model;
using Kurator.Sdk.Fleet.Readiness;
using Kurator.Sdk.Fleet.Report;
using Kurator.Sdk.Fleet.Status;
using Spectre.Console;

namespace Kurator.Sdk.Fleet.Commands;

/// <summary><c>status</c>: what is deployed where, and its readiness.</summary>
internal static class StatusCommand
{
    public static Command Create(Func<DeploymentPlan> plan, Func<IAnsiConsole> console)
    {
        var targets = new TargetOptions();
        var command = new Command("status", "Show every object of this app in each cluster with its readiness (exit code 2 when any is not current, has drifted, or belongs to another owner)");
        targets.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            var p = plan();
            await using var session = await targets.OpenAsync(result, p, cancellationToken);
            var states = await FleetStatus.ReadAsync(p, session.Connections, new RuntimeOptions(), cancellationToken);
            StatusTable.Write(console(), states);
            return states.All(s => s.Status.Kind == StatusKind.Current && s.Divergence is null) ? ExitCodes.Success : ExitCodes.NotReady;
        });
        return command;
    }
}
