using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Kurator.Sdk.Client;
using Kurator.Sdk.Fleet.Model;

namespace Kurator.Sdk.Fleet.Readiness;

/// <summary>Polls objects until each is Current or Failed, or the timeout runs out.</summary>
internal static class ReadinessWaiter
{
    /// <summary>The final status of every object (InProgress for those still pending at the deadline).</summary>
    public static async Task<IReadOnlyDictionary<ObjectRef, ObjectStatus>> WaitAsync(
        KubeClient client, IReadOnlyCollection<ObjectRef> objects, int concurrency, TimeSpan timeout, TimeSpan pollInterval, CancellationToken cancellationToken,
        IReadOnlyDictionary<ObjectRef, int>? expectedSyncEntries = null)
    {
        var results = new ConcurrentDictionary<ObjectRef, ObjectStatus>();
        var pending = objects.ToList();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            while (pending.Count > 0)
            {
                await Parallel.ForEachAsync(pending, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = deadline.Token }, async (r, ct) =>
                {
                    var live = await client.TryGetAsync(r.ApiVersion, r.Kind, r.Name, r.Namespace, ct);
                    results[r] = live is null ? new ObjectStatus(StatusKind.NotFound, "NotFound") : KStatus.Compute(live, expectedSyncEntries is not null && expectedSyncEntries.TryGetValue(r, out var n) ? n : null);
                });
                pending = pending.Where(r => results[r].Kind is not (StatusKind.Current or StatusKind.Failed)).ToList();
                if (pending.Count > 0) await Task.Delay(pollInterval, deadline.Token);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The timeout: what is still pending is reported as not ready.
        }

        foreach (var r in objects) results.TryAdd(r, ObjectStatus.InProgress("NotObserved"));
        return results;
    }
}
