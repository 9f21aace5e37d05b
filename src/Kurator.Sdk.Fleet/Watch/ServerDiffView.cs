using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Kurator.Sdk.Fleet.Apply;
using Kurator.Sdk.Fleet.Commands;
using Kurator.Sdk.Fleet.Diff;
using Kurator.Sdk.Fleet.Report;
using Spectre.Console;

namespace Kurator.Sdk.Fleet.Watch;

/// <summary>
/// <c>watch diff</c>: each render diffed against the live clusters by server-side dry run, as <c>diff</c> does, through one
/// session opened at the first good render and kept for the process's life (its connections, and with <c>--local</c> its
/// emulated fleet). The full diff is printed when it differs from the previous render's, else one line.
/// </summary>
internal sealed class ServerDiffView(TargetOptions targets, ParseResult result, RuntimeOptions options, IAnsiConsole console) : IWatchView
{
    private TargetSession? _session;
    private IReadOnlyList<ObjectDiff>? _last;

    public async Task ShowAsync(WatchRender render, CancellationToken cancellationToken)
    {
        var plan = render.Run.Plan;
        if (_session is null)
        {
            _session = await targets.OpenAsync(result, plan, cancellationToken);
            if (_session.IsLocal) console.MarkupLine($"started the emulated fleet: host + {plan.Members.Count()} member clusters (kept running between renders)");
        }

        var diffs = await FleetDiff.ComputeAsync(plan, _session.Connections, options, cancellationToken);
        // Order differs between runs (objects are diffed in parallel): compare as sets.
        if (_last is not null && Same(_last, diffs)) WatchReport.ServerUnchanged(console, render, diffs);
        else WatchReport.ServerChanged(console, render, diffs);
        _last = diffs;
    }

    private static bool Same(IReadOnlyList<ObjectDiff> a, IReadOnlyList<ObjectDiff> b) =>
        a.Count == b.Count && a.ToHashSet().SetEquals(b);

    public async ValueTask DisposeAsync()
    {
        if (_session is not null) await _session.DisposeAsync();
    }
}
