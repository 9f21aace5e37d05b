using System;
using System.Threading;
using System.Threading.Tasks;

namespace Kurator.Sdk.Fleet.Watch;

/// <summary>
/// Pending updates for one watch loop: <see cref="Notify"/> from any thread, <see cref="WaitAsync"/> from the loop. Updates
/// that arrive while a render runs collapse into one more render, so a burst of saves never queues a backlog.
/// </summary>
internal sealed class UpdateSignal : IDisposable
{
    private readonly SemaphoreSlim _pending = new(0, 1);
    private readonly Action _onApplied;
    private bool _subscribed;

    public UpdateSignal() => _onApplied = Notify;

    /// <summary>A signal raised by every hot reload update applied to this process; dispose it to stop listening.</summary>
    public static UpdateSignal FromHotReload()
    {
        var signal = new UpdateSignal();
        HotReloadUpdates.Applied += signal._onApplied;
        signal._subscribed = true;
        return signal;
    }

    /// <summary>Marks an update as pending (at most one is kept).</summary>
    public void Notify()
    {
        try
        {
            _pending.Release();
        }
        catch (SemaphoreFullException)
        {
            // One is already pending: the next render sees this update too.
        }
        catch (ObjectDisposedException)
        {
            // The loop ended while the runtime was applying an update.
        }
    }

    /// <summary>Waits until an update is pending and takes it.</summary>
    public Task WaitAsync(CancellationToken cancellationToken) => _pending.WaitAsync(cancellationToken);

    public void Dispose()
    {
        if (_subscribed) HotReloadUpdates.Applied -= _onApplied;
        _pending.Dispose();
    }
}
