using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Kurator.Sdk.Client;
using Kurator.Sdk.Fleet.Apply;
using Kurator.Sdk.Fleet.Model;
using Kurator.Sdk.Fleet.Readiness;
using Kurator.Sdk.Fleet.Report;

namespace Kurator.Sdk.Fleet.Destroy;

/// <summary>
/// Deletes everything the app's ApplySet tracks in one cluster, in reverse apply order, waits until it is gone, then
/// deletes the parent. Only objects labelled with this app's ApplySet id are touched.
/// </summary>
internal sealed class ClusterDestroyer(KubeClient client, ApplySetIdentity set, RuntimeOptions options)
{
    /// <summary>Destroys the set's objects in this cluster into <paramref name="report"/>.</summary>
    /// <param name="target">The cluster.</param>
    /// <param name="report">Where deletions, failures and notes go.</param>
    /// <param name="asPrune">Count deletions as prunes (an apply emptying a member that left the plan).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task DestroyAsync(ClusterTarget target, ClusterReport report, CancellationToken cancellationToken, bool asPrune = false)
    {
        var parent = new ApplySetParent(client, set);
        var (kinds, namespaces, live) = await parent.ReadAsync(cancellationToken);
        if (live is null) return; // never applied here
        var versions = target.Objects.Select(ObjectRef.Of).GroupBy(r => r.GroupKind).ToDictionary(g => g.Key, g => g.First().ApiVersion, StringComparer.Ordinal);
        var inventory = await Inventory.LoadAsync(client, set, kinds, versions, cancellationToken);
        foreach (var failure in inventory.Unlisted) report.AddFailure("list", failure);

        var recorded = namespaces.Append(set.ParentNamespace).ToHashSet(StringComparer.Ordinal);
        var members = inventory.Objects.Values.Where(o => ClusterApplier.InRecordedNamespace(o, recorded));
        var deleted = new List<ObjectRef>();
        foreach (var member in ApplyOrder.ForDelete(members, o => o.Ref))
        {
            var r = member.Ref;
            try
            {
                // Checked again right before the delete: an object someone took over since the list is left alone.
                var (outcome, owner) = await SafeDelete.DeleteAsync(client, set, member, "Foreground", cancellationToken);
                if (outcome == DeleteOutcome.Deleted) deleted.Add(r);
                else report.AddNote(r.ToString(), "not deleted: no longer this ApplySet's (" + owner + ")");
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                report.AddFailure("delete " + r, ClusterApplier.Describe(e));
            }
        }

        if (options.Wait) await WaitGoneAsync(deleted, report, cancellationToken);
        foreach (var _ in deleted)
        {
            if (asPrune) report.AddPruned();
            else report.AddDeleted();
        }
        // The parent goes last, and only when nothing it tracks may remain.
        if (report.Failed == 0) await parent.DeleteAsync(cancellationToken);
    }

    private async Task WaitGoneAsync(IReadOnlyCollection<ObjectRef> objects, ClusterReport report, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.Timeout);
        var pending = objects.ToList();
        try
        {
            while (pending.Count > 0)
            {
                var still = new List<ObjectRef>();
                foreach (var r in pending)
                {
                    if (await client.TryGetAsync(r.ApiVersion, r.Kind, r.Name, r.Namespace, deadline.Token) is not null) still.Add(r);
                }

                pending = still;
                if (pending.Count > 0) await Task.Delay(options.PollInterval, deadline.Token);
            }

            report.Readiness = ReadinessState.Ready;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            report.NotReady = pending.Select(r => r + ": " + StatusKind.Terminating).ToList();
            report.Readiness = ReadinessState.TimedOut;
        }
    }
}
