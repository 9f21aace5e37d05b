using System.Threading;
using System.Threading.Tasks;
using Kurator.Sdk.Fleet.Report;
using Spectre.Console;

namespace Kurator.Sdk.Fleet.Watch;

/// <summary><c>watch</c>: each render compared object by object with the last good render (no cluster needed).</summary>
internal sealed class SnapshotView(IAnsiConsole console) : IWatchView
{
    private RenderSnapshot? _last;

    public Task ShowAsync(WatchRender render, CancellationToken cancellationToken)
    {
        var now = RenderSnapshot.Of(render.Run.Plan);
        if (_last is null) WatchReport.Baseline(console, render, now);
        else WatchReport.Changes(console, render, now.Since(_last), now.Count);
        _last = now;
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
