using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Kurator.Sdk.Client;
using Kurator.Sdk.Client.Errors;
using Kurator.Sdk.Fleet.Model;

namespace Kurator.Sdk.Fleet.Apply;

/// <summary>
/// Finds which of the objects about to be applied already exist without this set's label (another owner's, or ours with
/// the label stripped), so they are never adopted unseen. Few objects of a kind in a namespace: a GET each; many: one
/// unlabelled list of that namespace, so a cold apply costs a request per kind and namespace rather than per object.
/// </summary>
internal static class ExistingObjects
{
    /// <summary>From this many objects of one kind in one namespace, a list is cheaper than a GET each.</summary>
    public const int ListThreshold = 8;

    /// <summary>
    /// The live objects among <paramref name="refs"/>, by <see cref="ObjectRef.Key"/> (absent ones are left out), and the
    /// objects that could not be looked up, with the reason: those must not be applied, since their owner is unknown.
    /// </summary>
    public static async Task<(IReadOnlyDictionary<string, JsonObject> Found, IReadOnlyDictionary<string, string> Failed)> FindAsync(KubeClient client, IReadOnlyCollection<ObjectRef> refs, int concurrency, CancellationToken cancellationToken)
    {
        var found = new ConcurrentDictionary<string, JsonObject>(StringComparer.Ordinal);
        var failed = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var single = new ConcurrentBag<ObjectRef>();
        var groups = refs.GroupBy(r => (r.ApiVersion, r.Kind, r.Namespace)).ToList();
        await Parallel.ForEachAsync(groups.Where(g => g.Count() >= ListThreshold), new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken }, async (group, ct) =>
        {
            var wanted = group.ToDictionary(r => r.Key, StringComparer.Ordinal);
            try
            {
                await foreach (var item in client.ListAllAsync(group.Key.ApiVersion, group.Key.Kind, group.Key.Namespace, new ListOptions { Limit = 500 }, ct))
                {
                    var key = ObjectRef.Of(item).Key;
                    if (wanted.ContainsKey(key)) found[key] = item;
                }
            }
            catch (KubernetesApiException)
            {
                // Allowed to get but not to list (or the list failed): a GET each says per object.
                foreach (var r in group) single.Add(r);
            }
        });

        var gets = groups.Where(g => g.Count() < ListThreshold).SelectMany(g => g).Concat(single).ToList();
        await Parallel.ForEachAsync(gets, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken }, async (r, ct) =>
        {
            try
            {
                if (await client.TryGetAsync(r.ApiVersion, r.Kind, r.Name, r.Namespace, ct) is { } live) found[r.Key] = live;
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                failed[r.Key] = "cannot tell whether it exists and who owns it, so it was not applied: " + ClusterApplier.Describe(e);
            }
        });
        return (found, failed);
    }
}
