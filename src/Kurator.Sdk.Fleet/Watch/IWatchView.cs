using System;
using System.Threading;
using System.Threading.Tasks;

namespace Kurator.Sdk.Fleet.Watch;

/// <summary>How a watch loop shows a render: against the last render (<see cref="SnapshotView"/>) or the live clusters (<see cref="ServerDiffView"/>).</summary>
internal interface IWatchView : IAsyncDisposable
{
    /// <summary>Prints what changed with <paramref name="render"/>; one line when nothing did.</summary>
    Task ShowAsync(WatchRender render, CancellationToken cancellationToken);
}
