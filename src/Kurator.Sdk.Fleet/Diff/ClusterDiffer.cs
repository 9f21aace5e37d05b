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
        var dryRun = new ApplyOptions { FieldManager = options.FieldManager, DryRun = true };
        var plannedNamespaces = target.Objects.Select(ObjectRef.Of).Where(r => r.Kind == "Namespace" && r.Group.Length == 0).Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        await Parallel.ForEachAsync(target.Objects, new ParallelOptions { MaxDegreeOfParallelism = options.Concurrency, CancellationToken = cancellationToken }, async (source, ct) =>
        {
            var r = ObjectRef.Of(source);
            try
            {
                var resource = await client.Mapper.MapAsync(r.ApiVersion, r.Kind, ct);
                var desired = DesiredObject.Create(source, set, resource.Namespaced ? client.Settings.Namespace : null);
                keys[desired.Ref.Key] = true;
                var live = await client.TryGetAsync(r.ApiVersion, r.Kind, r.Name, desired.Ref.Namespace, ct);
                if (live is null && desired.Ref.Namespace is { } ns && plannedNamespaces.Contains(ns) && await client.TryGetAsync("v1", "Namespace", ns, null, ct) is null)
                {
                    // Its Namespace is created by this same apply, so the server cannot dry-run it yet.
                    diffs.Add(new ObjectDiff(target.Name, desired.Ref, DiffAction.Create, null, Comparable.Yaml(desired.Body)));
                    return;
                }

                var after = await client.ApplyAsync(desired.Body, dryRun, ct);
                var liveYaml = live is null ? null : Comparable.Yaml(live);
                var afterYaml = Comparable.Yaml(after);
                var action = live is null ? DiffAction.Create : liveYaml == afterYaml ? DiffAction.Unchanged : DiffAction.Update;
                diffs.Add(new ObjectDiff(target.Name, desired.Ref, action, liveYaml, afterYaml));
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
                diffs.Add(new ObjectDiff(target.Name, r, DiffAction.Error, null, null, ClusterApplier.Describe(e)));
            }
        });

        var (kinds, _, parent) = await new ApplySetParent(client, set, options.FieldManager).ReadAsync(cancellationToken);
        if (parent is not null && options.Prune)
        {
            var versions = target.Objects.Select(ObjectRef.Of).GroupBy(r => r.GroupKind).ToDictionary(g => g.Key, g => g.First().ApiVersion, StringComparer.Ordinal);
            var inventory = await Inventory.LoadAsync(client, set, kinds, versions, cancellationToken);
            foreach (var (key, live) in inventory.Objects.Where(kv => !keys.ContainsKey(kv.Key)))
            {
                diffs.Add(new ObjectDiff(target.Name, ObjectRef.Of(live), DiffAction.Prune, Comparable.Yaml(live), null));
            }
        }

        return ApplyOrder.ForApply(diffs, d => d.Object);
    }
}
