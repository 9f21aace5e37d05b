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
    public static Command Create(Func<DeploymentPlan> plan, Func<PodSecurityLevel?, IReadOnlyList<CheckFinding>> check, Func<IAnsiConsole> console)
    {
        var targets = new TargetOptions();
        var level = LevelOption.Create();
        var waveSize = new Option<int?>("--wave-size") { Description = "Roll out in waves: the host, then this many members at a time, each wave after the previous one is ready" };
        var maxFailures = new Option<int>("--max-failures") { Description = "With --wave-size: failed clusters tolerated before the remaining waves are not started", DefaultValueFactory = _ => 0 };
        var timeout = new Option<int>("--timeout") { Description = "Seconds to wait for readiness per cluster", DefaultValueFactory = _ => 120 };
        var concurrency = new Option<int>("--concurrency") { Description = "Requests in flight per cluster", DefaultValueFactory = _ => 8 };
        var noWait = new Option<bool>("--no-wait") { Description = "Do not wait for readiness" };
        var noPrune = new Option<bool>("--no-prune") { Description = "Keep objects this app applied before and no longer defines" };
        var forceConflicts = ForceConflictsOption.Create();
        var reconcile = new Option<bool>("--reconcile") { Description = "Ask unchanged Flux objects to reconcile now (reconcile.fluxcd.io/requestedAt) and wait until they have" };
        var command = new Command("apply", "Apply to the Kurator host and each member cluster (CRDs and Namespaces first), prune, and wait for readiness")
        {
            timeout, concurrency, noWait, noPrune, forceConflicts, reconcile, level, waveSize, maxFailures,
        };
        targets.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            var p = plan();
            var ui = console();
            // The rules run before anything is sent: a fleet that enforces would reject the pods anyway.
            var findings = check(LevelOption.Parse(result.GetValue(level)));
            if (findings.Count > 0) CheckTable.Write(ui, findings);
            if (findings.Any(f => f.Blocking))
            {
                ui.MarkupLine("[red]refusing to apply[/]: fix the blocking findings above (or run `check` to see them again)");
                return ExitCodes.PolicyRefused;
            }

            var options = new RuntimeOptions
            {
                Timeout = TimeSpan.FromSeconds(Math.Max(1, result.GetValue(timeout))),
                Concurrency = Math.Max(1, result.GetValue(concurrency)),
                Wait = !result.GetValue(noWait),
                Prune = !result.GetValue(noPrune),
                ForceConflicts = result.GetValue(forceConflicts),
                RequestReconcile = result.GetValue(reconcile),
                WaveSize = result.GetValue(waveSize),
                MaxFailures = Math.Max(0, result.GetValue(maxFailures)),
                OnClusterFinished = ProgressLine(ui, p.Targets.Count),
            };
            if (options.WaveSize is < 1) throw new ArgumentException("--wave-size must be at least 1");
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

    /// <summary>One line per finished cluster, with the running total, so long applies show where they are.</summary>
    private static Action<ClusterReport> ProgressLine(IAnsiConsole ui, int total)
    {
        var done = 0;
        var gate = new object();
        return report =>
        {
            lock (gate)
            {
                done++;
                // Members that left the plan are reported too, after the planned clusters.
                total = Math.Max(total, done);
                var state = report.Succeeded ? "[green]done[/]" : "[red]failed[/]";
                ui.MarkupLine($"[[{done}/{total}]] {Markup.Escape(report.Cluster)} {state}: {Markup.Escape(report.ApplySummary())}");
            }
        };
    }
}
