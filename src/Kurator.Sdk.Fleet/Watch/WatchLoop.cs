using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using Kurator.Sdk.Fleet.Report;
using Spectre.Console;

namespace Kurator.Sdk.Fleet.Watch;

/// <summary>
/// The live edit loop: render once, then re-run the definition on every update and show what changed. A definition that
/// throws (or renders an invalid plan) is reported and the loop goes on; only cancellation (Ctrl-C) ends it.
/// </summary>
/// <param name="console">Where renders are printed.</param>
/// <param name="define">Runs the (possibly just updated) definition into a fresh app state.</param>
/// <param name="view">How a render is shown.</param>
/// <param name="updates">Signalled once per applied edit.</param>
internal sealed class WatchLoop(IAnsiConsole console, Func<DefinitionRun> define, IWatchView view, UpdateSignal updates)
{
    /// <summary>How many renders ran (successful or not).</summary>
    public int Renders { get; private set; }

    /// <summary>Prints <paramref name="startLine"/>, renders, then re-renders on each update until cancelled; returns 0.</summary>
    public async Task<int> RunAsync(string startLine, CancellationToken cancellationToken)
    {
        console.MarkupLine(Markup.Escape(startLine));
        try
        {
            await RenderAsync("start", cancellationToken);
            while (true)
            {
                await updates.WaitAsync(cancellationToken);
                await RenderAsync("hot reload", cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl-C is how watching ends; the signal's own exit code is reported by Interruptible.
            return ExitCodes.Success;
        }
    }

    private async Task RenderAsync(string reason, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        Renders++;
        DefinitionRun run;
        try
        {
            run = define();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            WatchReport.DefinitionFailed(console, Renders, reason, e);
            return;
        }

        await view.ShowAsync(new WatchRender(Renders, reason, run, started), cancellationToken);
        WatchReport.Problems(console, run.Findings);
    }
}
