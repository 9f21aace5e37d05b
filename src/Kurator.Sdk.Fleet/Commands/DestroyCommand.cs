using System;
using System.CommandLine;
using Kurator.Sdk.Fleet.Apply;
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
        var timeout = new Option<int>("--timeout") { Description = "Seconds to wait for the objects to be gone per cluster", DefaultValueFactory = _ => 120 };
        var noWait = new Option<bool>("--no-wait") { Description = "Do not wait for deletion to finish" };
        var command = new Command("destroy", "Delete everything this app applied (and only that) from the host and each member cluster") { timeout, noWait };
        targets.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            var p = plan();
            var options = new RuntimeOptions { Timeout = TimeSpan.FromSeconds(Math.Max(1, result.GetValue(timeout))), Wait = !result.GetValue(noWait) };
            await using var session = await targets.OpenAsync(result, p, cancellationToken);
            var report = await FleetDestroyer.DestroyAsync(p, session.Connections, options, cancellationToken);
            ReportTable.WriteDestroy(console(), report);
            return report.ExitCode;
        });
        return command;
    }
}
