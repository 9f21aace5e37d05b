using System;
using System.CommandLine;
using System.Threading;
using System.Threading.Tasks;
using Kurator.Sdk.Fleet.Check;
using Kurator.Sdk.Fleet.Watch;
using Spectre.Console;

namespace Kurator.Sdk.Fleet.Commands;

/// <summary>
/// <c>watch</c>: the live edit loop under <c>dotnet watch -- watch</c>. The process stays up; on every hot reload update
/// the definition runs again into a fresh app and what changed since the last render is printed, object by object
/// (<c>watch</c>), or as the server-side diff against the live clusters through connections kept open
/// (<c>watch diff --local</c> / <c>--kubeconfig ...</c>, the options of <c>diff</c>). <see cref="KuratorApp"/> adds
/// <c>--target</c> to both.
/// </summary>
internal static class WatchCommand
{
    /// <summary>What to tell a project whose Program.cs runs the definition itself, so watch cannot re-run it.</summary>
    public const string NeedsDefinition =
        "watch re-runs the definition on every hot reload, so it needs it as a callback: in Program.cs replace "
        + "`FleetDefinition.Define(app); return await app.RunAsync();` with `return await app.RunAsync(FleetDefinition.Define);` (your definition method's name)";

    /// <param name="define">Runs the definition into a fresh app and checks it as the request says; null when the app was given no definition callback.</param>
    /// <param name="console">The output.</param>
    /// <param name="diff">The <c>watch diff</c> subcommand, made by <see cref="CreateDiff"/> (so <see cref="KuratorApp"/> can add <c>--target</c> to it).</param>
    public static Command Create(Func<CheckRequest, DefinitionRun>? define, Func<IAnsiConsole> console, Command diff)
    {
        // check's --level and --policy: each render is checked as `check` would, its blocking findings shown as problems.
        var check = new CheckOptions();
        var command = new Command("watch", "Stay running under `dotnet watch -- watch`: re-run the definition on every hot reload and print what changed since the last render, object by object, and what check finds (Ctrl-C ends it)") { diff };
        check.AddTo(command);
        command.SetAction((result, cancellationToken) => RunAsync(Bind(define, check.Read(result)), console(), _ => new SnapshotView(console()), cancellationToken));
        return command;
    }

    /// <summary><c>watch diff</c>: the same loop, each render diffed against the live clusters.</summary>
    public static Command CreateDiff(Func<CheckRequest, DefinitionRun>? define, Func<IAnsiConsole> console)
    {
        var targets = new TargetOptions();
        var run = new RunOptions(FleetOperation.Diff);
        var check = new CheckOptions();
        var command = new Command("diff", "Like watch, but each render is the server-side diff against the clusters (the options of diff); the connections, and --local's emulated fleet, stay open between renders");
        run.AddTo(command);
        targets.AddTo(command);
        check.AddTo(command);
        command.SetAction((result, cancellationToken) =>
        {
            var options = run.Read(result);
            return RunAsync(Bind(define, check.Read(result)), console(), ui => new ServerDiffView(targets, result, options, ui), cancellationToken);
        });
        return command;
    }

    private static Func<DefinitionRun>? Bind(Func<CheckRequest, DefinitionRun>? define, CheckRequest request) =>
        define is null ? null : () => define(request);

    private static async Task<int> RunAsync(Func<DefinitionRun>? define, IAnsiConsole ui, Func<IAnsiConsole, IWatchView> view, CancellationToken cancellationToken)
    {
        if (define is null) return CommandUsage.Refuse(ui, NeedsDefinition);
        using var updates = UpdateSignal.FromHotReload();
        await using var shown = view(ui);
        return await new WatchLoop(ui, define, shown, updates).RunAsync(WatchStart.Describe(), cancellationToken);
    }
}
