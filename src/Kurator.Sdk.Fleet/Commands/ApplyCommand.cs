using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using Kurator.Sdk.Fleet.Apply;
using Kurator.Sdk.Fleet.Check;
using Kurator.Sdk.Fleet.Model;
using Kurator.Sdk.Fleet.Report;
using Kurator.Sdk.Policy.Rules;
using Spectre.Console;

namespace Kurator.Sdk.Fleet.Commands;

/// <summary><c>apply</c>: server-side apply to the host and every member in parallel, prune, wait, and print the table.</summary>
internal static class ApplyCommand
{
    public static Command Create(Func<DeploymentPlan> plan, Func<CheckRequest, IReadOnlyList<CheckFinding>> check, Func<IAnsiConsole> console)
    {
        var targets = new TargetOptions();
        var checks = new CheckOptions();
        var run = new RunOptions(FleetOperation.Apply);
        var command = new Command("apply", "Apply to the Kurator host and each member cluster (CRDs and Namespaces first), prune, and wait for readiness");
        checks.AddTo(command);
        run.AddTo(command);
        targets.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            // Usage first: a bad option value is refused before the plan is built or anything is checked or sent.
            var options = run.Read(result);
            var p = plan();
            var ui = console();
            // The rules run before anything is sent: a fleet that enforces would reject the pods anyway.
            var findings = check(checks.Read(result));
            if (findings.Count > 0) CheckTable.Write(ui, findings);
            if (findings.Any(f => f.Blocking))
            {
                ui.MarkupLine("[red]refusing to apply[/]: fix the blocking findings above (or run `check` to see them again)");
                return ExitCodes.PolicyRefused;
            }

            options = options with { OnClusterFinished = ClusterProgress.Lines(ui, FleetOperation.Apply, p.Targets.Count) };
            await using var session = await targets.OpenAsync(result, p, cancellationToken);
            if (session.IsLocal) ui.MarkupLine($"started the emulated fleet: host + {p.Members.Count()} member clusters (contexts {Markup.Escape(string.Join(", ", p.Targets.Select(t => t.Name)))})");
            if (session.LocalState is { } state) ui.MarkupLine($"emulated fleet state: {Markup.Escape(state)} (kept between runs)");
            foreach (var target in p.Targets) ui.MarkupLine($"{Markup.Escape(target.Name)}: applying {target.Objects.Count} objects");
            var report = await FleetApplier.ApplyAsync(p, session.Connections, options, cancellationToken);
            ReportTable.Write(ui, report);
            return report.ExitCode;
        });
        return command;
    }
}
