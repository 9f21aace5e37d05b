using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Kurator.Sdk.Client;
using Kurator.Sdk.Fleet.Model;

namespace Kurator.Sdk.Fleet.Readiness;

/// <summary>Polls objects until each is Current or Failed, or the timeout runs out.</summary>
internal static class ReadinessWaiter
{
    /// <summary>From this many pending objects of one kind on, one labelled list replaces their GETs.</summary>
    private const int ListThreshold = 4;

    /// <summary>The final status of every object (InProgress for those still pending at the deadline).</summary>
    /// <param name="client">The cluster.</param>
    /// <param name="objects">The objects to wait for.</param>
    /// <param name="concurrency">Requests in flight.</param>
    /// <param name="timeout">How long to wait in all.</param>
    /// <param name="pollInterval">Delay between polls.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <param name="expectedSyncEntries">Per Kurator Application, how many syncStatus entries it needs.</param>
    /// <param name="seen">
    /// The objects as last returned by the server (the apply response, or the labelled list when nothing was sent): the
    /// first round judges these without asking again.
    /// </param>
    /// <param name="labelSelector">
    /// A selector every object carries (the app's ApplySet label): kinds with many pending objects are then polled with
    /// one list across namespaces instead of a GET each.
    /// </param>
    public static async Task<IReadOnlyDictionary<ObjectRef, ObjectStatus>> WaitAsync(
        KubeClient client, IReadOnlyCollection<ObjectRef> objects, int concurrency, TimeSpan timeout, TimeSpan pollInterval, CancellationToken cancellationToken,
        IReadOnlyDictionary<ObjectRef, int>? expectedSyncEntries = null, IReadOnlyDictionary<ObjectRef, JsonObject>? seen = null, string? labelSelector = null)
    {
        var results = new ConcurrentDictionary<ObjectRef, ObjectStatus>();
        ObjectStatus Judge(ObjectRef r, JsonObject? live) =>
            live is null ? new ObjectStatus(StatusKind.NotFound, "NotFound") : KStatus.Compute(live, expectedSyncEntries is not null && expectedSyncEntries.TryGetValue(r, out var n) ? n : null);

        var pending = objects.ToList();
        if (seen is not null)
        {
            foreach (var r in pending)
            {
                if (seen.TryGetValue(r, out var live)) results[r] = Judge(r, live);
            }

            pending = Pending(pending, results);
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            var first = true;
            while (pending.Count > 0)
            {
                // Objects judged from what the server returned a moment ago wait one interval before being asked again.
                if (!first || seen is not null) await Task.Delay(pollInterval, deadline.Token);
                first = false;
                await PollAsync(client, pending, concurrency, labelSelector, results, Judge, deadline.Token);
                pending = Pending(pending, results);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The timeout: what is still pending is reported as not ready.
        }

        foreach (var r in objects) results.TryAdd(r, ObjectStatus.InProgress("NotObserved"));
        return results;
    }

    private static List<ObjectRef> Pending(List<ObjectRef> objects, ConcurrentDictionary<ObjectRef, ObjectStatus> results) =>
        objects.Where(r => !results.TryGetValue(r, out var s) || s.Kind is not (StatusKind.Current or StatusKind.Failed)).ToList();

    private static async Task PollAsync(
        KubeClient client, List<ObjectRef> pending, int concurrency, string? labelSelector, ConcurrentDictionary<ObjectRef, ObjectStatus> results,
        Func<ObjectRef, JsonObject?, ObjectStatus> judge, CancellationToken ct)
    {
        var singles = new List<ObjectRef>();
        var listed = new List<(string ApiVersion, string Kind, List<ObjectRef> Refs)>();
        foreach (var kind in pending.GroupBy(r => (r.ApiVersion, r.Kind)))
        {
            if (labelSelector is not null && kind.Count() >= ListThreshold) listed.Add((kind.Key.ApiVersion, kind.Key.Kind, kind.ToList()));
            else singles.AddRange(kind);
        }

        foreach (var (apiVersion, kind, refs) in listed)
        {
            var items = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
            await foreach (var item in client.ListAllAsync(apiVersion, kind, null, new ListOptions { LabelSelector = labelSelector, Limit = 500 }, ct))
            {
                items[ObjectRef.Of(item).Key] = item;
            }

            // An object missing from the list (its label removed by someone) is asked for on its own.
            foreach (var r in refs)
            {
                if (items.TryGetValue(r.Key, out var live)) results[r] = judge(r, live);
                else singles.Add(r);
            }
        }

        await Parallel.ForEachAsync(singles, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = ct }, async (r, token) =>
        {
            results[r] = judge(r, await client.TryGetAsync(r.ApiVersion, r.Kind, r.Name, r.Namespace, token));
        });
    }
}
