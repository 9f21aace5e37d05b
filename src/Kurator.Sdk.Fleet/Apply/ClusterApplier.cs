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
using Kurator.Sdk.Fleet.Readiness;
using Kurator.Sdk.Fleet.Report;

namespace Kurator.Sdk.Fleet.Apply;

/// <summary>
/// Applies one target's objects to one cluster: foundation (CRDs, Namespaces) first and CRDs established, then the rest
/// with bounded concurrency; unchanged objects are skipped; objects the app applied before and no longer defines are
/// pruned; then readiness is awaited.
/// </summary>
internal sealed class ClusterApplier(KubeClient client, ApplySetIdentity set, RuntimeOptions options, PreparedObjects prepared)
{
    public async Task ApplyAsync(ClusterTarget target, ClusterReport report, CancellationToken cancellationToken)
    {
        var parent = new ApplySetParent(client, set);
        var (oldKinds, oldNamespaces, liveParent) = await parent.ReadAsync(cancellationToken);

        var refs = target.Objects.Select(o => (Source: o, Ref: ObjectRef.Of(o))).ToList();
        var foundation = refs.Where(x => ApplyOrder.IsFoundation(x.Ref)).Select(x => prepared.For(x.Source, set, null)).ToList();
        var desired = new List<DesiredObject>(foundation);
        var mappingFailed = false;

        // The parent must record every kind before members carry its label, or a crash in between would orphan them.
        var plannedKinds = refs.Select(x => x.Ref.GroupKind).ToList();
        liveParent = await parent.WriteAsync(liveParent, oldKinds.Concat(plannedKinds), oldNamespaces.Concat(refs.Select(x => x.Ref.Namespace ?? client.Settings.Namespace)), cancellationToken);

        // Namespaces and CRDs are always served: list the app's ones first, so they are compared without a GET each.
        var inventory = await Inventory.LoadAsync(client, set, foundation.Select(f => f.Ref.GroupKind), Versions(foundation), cancellationToken);
        var applied = new ConcurrentDictionary<ObjectRef, JsonObject>();
        var crdsWritten = await ApplyAllAsync(ApplyOrder.ForApply(foundation, d => d.Ref), inventory, report, applied, cancellationToken);
        await WaitForCrdsAsync(foundation.Where(f => f.Ref.Kind == "CustomResourceDefinition").Select(f => f.Ref).ToList(), applied, crdsWritten > 0, report, cancellationToken);

        foreach (var (source, reference) in refs.Where(x => !ApplyOrder.IsFoundation(x.Ref)))
        {
            try
            {
                var resource = await client.Mapper.MapAsync(reference.ApiVersion, reference.Kind, cancellationToken);
                desired.Add(prepared.For(source, set, resource.Namespaced ? client.Settings.Namespace : null));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                mappingFailed = true;
                report.AddFailure(reference.ToString(), e.Message);
            }
        }

        await inventory.AddAsync(client, set, oldKinds.Union(desired.Select(d => d.Ref.GroupKind)), Versions(desired), cancellationToken);
        foreach (var failure in inventory.Unlisted) report.AddFailure("list", failure);

        await ApplyAllAsync(ApplyOrder.ForApply(desired.Except(foundation), d => d.Ref), inventory, report, applied, cancellationToken);

        var keep = new HashSet<string>(desired.Select(d => d.Ref.Key), StringComparer.Ordinal);
        var pruneFailed = false;
        if (options.Prune && !mappingFailed && inventory.Unlisted.Count == 0)
        {
            var recorded = oldNamespaces.Concat(desired.Select(d => d.Ref.Namespace ?? "")).Append(set.ParentNamespace).ToHashSet(StringComparer.Ordinal);
            var stale = inventory.Objects.Where(kv => !keep.Contains(kv.Key)).Select(kv => kv.Value).Where(o => InRecordedNamespace(o, recorded));
            pruneFailed = !await PruneAsync(stale, report, cancellationToken);
        }

        // Record the latest set; keep the superset while anything old may remain.
        var final = pruneFailed || mappingFailed || !options.Prune
            ? (Kinds: oldKinds.Concat(plannedKinds), Namespaces: oldNamespaces.Concat(desired.Select(d => d.Ref.Namespace ?? "")))
            : (Kinds: (IEnumerable<string>)plannedKinds, Namespaces: desired.Select(d => d.Ref.Namespace ?? ""));
        // The parent as the server last returned it: only this app's runs write it, each with Force.
        await parent.WriteAsync(liveParent, final.Kinds, final.Namespaces.Where(n => n.Length > 0), cancellationToken);

        if (options.Wait) await WaitAsync(applied, ExpectedSyncEntries(desired), report, cancellationToken);
    }

    /// <summary>KEP-3659: a set's members live in the parent's namespace, the recorded namespaces, or no namespace.</summary>
    internal static bool InRecordedNamespace(LiveObject live, IReadOnlySet<string> recorded) =>
        live.Ref.Namespace is not { } ns || recorded.Contains(ns);

    private static Dictionary<string, string> Versions(IEnumerable<DesiredObject> objects) =>
        objects.GroupBy(d => d.Ref.GroupKind).ToDictionary(g => g.Key, g => g.First().Ref.ApiVersion, StringComparer.Ordinal);

    /// <summary>Applies what changed; records every object as the server last returned it. Returns how many CRDs were written.</summary>
    private async Task<int> ApplyAllAsync(IReadOnlyList<DesiredObject> objects, Inventory inventory, ClusterReport report, ConcurrentDictionary<ObjectRef, JsonObject> applied, CancellationToken cancellationToken)
    {
        var crdsWritten = 0;
        // Every object of ours of a listed kind is in the inventory; the rest are new, someone else's, or ours unlabelled.
        var unlisted = objects.Where(d => !inventory.Objects.ContainsKey(d.Ref.Key)).Select(d => d.Ref).ToList();
        var (existing, unknown) = unlisted.Count == 0
            ? (new Dictionary<string, JsonObject>(), new Dictionary<string, string>())
            : await ExistingObjects.FindAsync(client, unlisted, options.Concurrency, cancellationToken);
        var writer = new SafeApply(client, set, options.ForceConflicts);
        await Parallel.ForEachAsync(objects, new ParallelOptions { MaxDegreeOfParallelism = options.Concurrency, CancellationToken = cancellationToken }, async (d, ct) =>
        {
            try
            {
                if (unknown.TryGetValue(d.Ref.Key, out var lookupFailure)) throw new OwnershipConflictException(lookupFailure);
                var live = inventory.Objects.GetValueOrDefault(d.Ref.Key) ?? (existing.TryGetValue(d.Ref.Key, out var found) ? LiveObject.FromNode(found) : null);
                var outcome = await writer.ApplyAsync(d, live, dryRun: false, ct);
                var result = outcome.Result;
                if (outcome.Kind == ApplyOutcomeKind.Unchanged && options.RequestReconcile && FluxRules.IsFlux(d.Ref.Group)) result = await ReconcileRequest.SendAsync(client, d.Ref, ct);
                applied[d.Ref] = result;
                if (outcome.Kind != ApplyOutcomeKind.Unchanged && d.Ref.Kind == "CustomResourceDefinition") Interlocked.Increment(ref crdsWritten);
                Count(report, d.Ref, outcome);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                report.AddFailure(d.Ref.ToString(), SecretRedaction.Redact(Describe(e), d.Body));
            }
        });
        return crdsWritten;
    }

    private void Count(ClusterReport report, ObjectRef r, ApplyOutcome outcome)
    {
        switch (outcome.Kind)
        {
            case ApplyOutcomeKind.Unchanged: report.AddUnchanged(); break;
            case ApplyOutcomeKind.Updated: report.AddUpdated(); break;
            case ApplyOutcomeKind.Drifted: report.AddDrifted(r.ToString(), outcome.Detail!); break;
            case ApplyOutcomeKind.TakenOver: report.AddTakenOver(r.ToString(), outcome.Detail!); break;
            default:
                report.AddCreated();
                // Absent when looked up a moment ago; if another writer created it in between, say so.
                if (WrittenByOthers(outcome.Result)) report.AddNote(r.ToString(), "was created by another writer while this apply ran; it now carries this ApplySet's label");
                break;
        }
    }

    /// <summary>True when a manager other than ours has fields in <paramref name="obj"/> (so it existed before our apply).</summary>
    private bool WrittenByOthers(JsonObject obj) => Ownership.Managers(LiveObject.FromNode(obj)).Any(m => m.Name != set.FieldManager);

    private async Task<bool> PruneAsync(IEnumerable<LiveObject> stale, ClusterReport report, CancellationToken cancellationToken)
    {
        var ok = true;
        // Reverse apply order, one at a time: custom resources go before their CRDs, Namespaces last.
        foreach (var live in ApplyOrder.ForDelete(stale, o => o.Ref))
        {
            var r = live.Ref;
            try
            {
                var (outcome, owner) = await SafeDelete.DeleteAsync(client, set, live, "Background", cancellationToken);
                if (outcome == DeleteOutcome.Deleted) report.AddPruned();
                else report.AddNote(r.ToString(), "not pruned: no longer this ApplySet's (" + owner + ")");
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                ok = false;
                report.AddFailure("prune " + r, Describe(e));
            }
        }

        return ok;
    }

    private async Task WaitForCrdsAsync(IReadOnlyCollection<ObjectRef> crds, IReadOnlyDictionary<ObjectRef, JsonObject> seen, bool written, ClusterReport report, CancellationToken cancellationToken)
    {
        if (crds.Count == 0) return;
        var statuses = await ReadinessWaiter.WaitAsync(client, crds, options.Concurrency, options.Timeout, options.PollInterval, cancellationToken, seen: seen);
        foreach (var (r, s) in statuses.Where(s => s.Value.Kind != StatusKind.Current)) report.AddFailure(r.ToString(), "not established: " + s.Reason);
        // Changed kinds are now served as defined: forget cached discovery (new kinds alone would be found by a refresh on miss).
        if (written) client.Mapper.Invalidate();
    }

    /// <summary>For each Application: how many syncStatus entries its policies and their fleets' clusters make.</summary>
    private static Dictionary<ObjectRef, int> ExpectedSyncEntries(IReadOnlyList<DesiredObject> desired)
    {
        var bodies = desired.Select(d => d.Body).ToList();
        var result = new Dictionary<ObjectRef, int>();
        foreach (var app in desired.Where(d => d.Ref.Kind == "Application" && d.Ref.Group == "apps.kurator.dev"))
        {
            if (ApplicationExpectations.Count(app.Body, bodies) is { } count) result[app.Ref] = count;
        }

        return result;
    }

    private async Task WaitAsync(IReadOnlyDictionary<ObjectRef, JsonObject> applied, IReadOnlyDictionary<ObjectRef, int> expectedSyncEntries, ClusterReport report, CancellationToken cancellationToken)
    {
        if (applied.Count == 0) return;
        var statuses = await ReadinessWaiter.WaitAsync(client, applied.Keys.ToList(), options.Concurrency, options.Timeout, options.PollInterval, cancellationToken, expectedSyncEntries, applied, set.Selector);
        var notReady = statuses.Where(s => s.Value.Kind != StatusKind.Current).OrderBy(s => s.Key.ToString(), StringComparer.Ordinal).ToList();
        report.NotReady = notReady.Select(s => $"{s.Key}: {s.Value.Kind} {s.Value.Reason}").ToList();
        report.Readiness = notReady.Count == 0 ? ReadinessState.Ready : notReady.Any(s => s.Value.Kind == StatusKind.Failed) ? ReadinessState.Failed : ReadinessState.TimedOut;
    }

    /// <summary>One line per error; API errors carry the server's message, never request bodies or credentials.</summary>
    internal static string Describe(Exception e) => e switch
    {
        OwnershipConflictException => e.Message,
        KubernetesApiException api => $"{(int)api.StatusCode} {api.Reason}: {api.Message}",
        _ => e.GetType().Name + ": " + e.Message,
    };
}
