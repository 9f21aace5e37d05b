using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Kurator.Sdk.Client;
using Kurator.Sdk.Client.Discovery;
using Kurator.Sdk.Fleet.Apply;
using Kurator.Sdk.Fleet.Model;

namespace Kurator.Sdk.Fleet.Diff;

/// <summary>Server-side dry-run apply of every object against live state, plus the objects a prune would delete.</summary>
internal sealed class ClusterDiffer(KubeClient client, ApplySetIdentity set, RuntimeOptions options)
{
    public async Task<IReadOnlyList<ObjectDiff>> DiffAsync(ClusterTarget target, CancellationToken cancellationToken)
    {
        var diffs = new ConcurrentBag<ObjectDiff>();
        var keys = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        // The same decisions as apply (ownership, drift, conflicts), as a server-side dry run.
        var writer = new SafeApply(client, set, options.ForceConflicts);
        var plannedNamespaces = target.Objects.Select(ObjectRef.Of).Where(r => r.Kind == "Namespace" && r.Group.Length == 0).Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        await Parallel.ForEachAsync(target.Objects, new ParallelOptions { MaxDegreeOfParallelism = options.Concurrency, CancellationToken = cancellationToken }, async (source, ct) =>
        {
            var r = ObjectRef.Of(source);
            try
            {
                var resource = await client.Mapper.MapAsync(r.ApiVersion, r.Kind, ct);
                var desired = DesiredObject.Create(source, set, resource.Namespaced ? client.Settings.Namespace : null);
                r = desired.Ref;
                keys[r.Key] = true;
                var live = await client.TryGetAsync(r.ApiVersion, r.Kind, r.Name, r.Namespace, ct);
                if (live is null && r.Namespace is { } ns && plannedNamespaces.Contains(ns) && await client.TryGetAsync("v1", "Namespace", ns, null, ct) is null)
                {
                    // Its Namespace is created by this same apply, so the server cannot dry-run it yet.
                    diffs.Add(new ObjectDiff(target.Name, r, DiffAction.Create, null, Comparable.Yaml(desired.Body)));
                    return;
                }

                var outcome = await writer.ApplyAsync(desired, live is null ? null : LiveObject.FromNode(live), dryRun: true, ct);
                var liveYaml = live is null ? null : Comparable.Yaml(live);
                var afterYaml = Comparable.Yaml(outcome.Result);
                var action = outcome.Kind switch
                {
                    ApplyOutcomeKind.Created => DiffAction.Create,
                    ApplyOutcomeKind.Unchanged => DiffAction.Unchanged,
                    ApplyOutcomeKind.Drifted => DiffAction.Drift,
                    _ => liveYaml == afterYaml ? DiffAction.Unchanged : DiffAction.Update,
                };
                diffs.Add(new ObjectDiff(target.Name, r, action, liveYaml, afterYaml));
            }
            catch (OwnershipConflictException e)
            {
                keys[r.Key] = true;
                diffs.Add(new ObjectDiff(target.Name, r, DiffAction.Conflict, null, null, e.Message));
            }
            catch (KindNotFoundException)
            {
                // Its CRD is part of this apply and not served yet: the object can only be new.
                keys[r.Key] = true;
                diffs.Add(new ObjectDiff(target.Name, r, DiffAction.Create, null, Comparable.Yaml(source)));
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                keys[r.Key] = true;
                diffs.Add(new ObjectDiff(target.Name, r, DiffAction.Error, null, null, SecretRedaction.Redact(ClusterApplier.Describe(e), source)));
            }
        });

        var (kinds, namespaces, parent) = await new ApplySetParent(client, set).ReadAsync(cancellationToken);
        if (parent is not null && options.Prune)
        {
            var versions = target.Objects.Select(ObjectRef.Of).GroupBy(r => r.GroupKind).ToDictionary(g => g.Key, g => g.First().ApiVersion, StringComparer.Ordinal);
            var inventory = await Inventory.LoadAsync(client, set, kinds, versions, cancellationToken);
            var recorded = namespaces.Append(set.ParentNamespace).ToHashSet(StringComparer.Ordinal);
            // What prune would delete: only what it may (this set's label and field manager, a recorded namespace).
            foreach (var (key, live) in inventory.Objects.Where(kv => !keys.ContainsKey(kv.Key) && Ownership.MayDelete(kv.Value, set) && ClusterApplier.InRecordedNamespace(kv.Value, recorded)))
            {
                diffs.Add(new ObjectDiff(target.Name, live.Ref, DiffAction.Prune, Comparable.Yaml(live.Node), null));
            }
        }

        return ApplyOrder.ForApply(diffs, d => d.Object);
    }
}
