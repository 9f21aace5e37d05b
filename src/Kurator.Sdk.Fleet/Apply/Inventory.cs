using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Kurator.Sdk.Client;
using Kurator.Sdk.Client.Discovery;
using Kurator.Sdk.Fleet.Model;

namespace Kurator.Sdk.Fleet.Apply;

/// <summary>The live objects that carry the app's part-of label: one labelled list per group-kind, across namespaces.</summary>
internal sealed class Inventory
{
    private readonly Dictionary<string, LiveObject> _objects = new(StringComparer.Ordinal);
    private readonly HashSet<string> _listed = new(StringComparer.Ordinal);

    /// <summary>Group-kinds that could not be listed (their objects are neither compared nor pruned).</summary>
    public List<string> Unlisted { get; } = new();

    public IReadOnlyDictionary<string, LiveObject> Objects => _objects;

    /// <summary>True when every object of <paramref name="groupKind"/> that carries the label is in <see cref="Objects"/>.</summary>
    public bool Covers(string groupKind) => _listed.Contains(groupKind);

    public static async Task<Inventory> LoadAsync(KubeClient client, ApplySetIdentity set, IEnumerable<string> groupKinds, IReadOnlyDictionary<string, string> preferredApiVersions, CancellationToken cancellationToken)
    {
        var inventory = new Inventory();
        await inventory.AddAsync(client, set, groupKinds, preferredApiVersions, cancellationToken);
        return inventory;
    }

    /// <summary>Lists the group-kinds not listed yet and adds their labelled objects.</summary>
    public async Task AddAsync(KubeClient client, ApplySetIdentity set, IEnumerable<string> groupKinds, IReadOnlyDictionary<string, string> preferredApiVersions, CancellationToken cancellationToken)
    {
        IReadOnlyList<ApiResource>? served = null;
        foreach (var gk in groupKinds.Distinct(StringComparer.Ordinal).Where(gk => !_listed.Contains(gk)).ToList())
        {
            if (!preferredApiVersions.TryGetValue(gk, out var apiVersion))
            {
                // A kind the app no longer defines: find a served version through discovery.
                served ??= await client.Discovery.GetResourcesAsync(cancellationToken);
                var resource = served.FirstOrDefault(r => (r.Group.Length == 0 ? r.Kind : r.Kind + "." + r.Group) == gk && !r.Plural.Contains('/', StringComparison.Ordinal));
                if (resource is null) continue; // the kind is no longer served, so none of its objects can exist
                apiVersion = resource.ApiVersion;
            }

            try
            {
                var kind = gk.Split('.', 2)[0];
                // Kept as the response's elements: a no-change re-apply only reads them.
                await foreach (var page in client.ListAllElementsAsync(apiVersion, kind, null, new ListOptions { LabelSelector = set.Selector, Limit = 500 }, cancellationToken))
                {
                    foreach (var item in page.Items)
                    {
                        var live = LiveObject.FromListItem(item, page.ApiVersion, page.Kind);
                        _objects[live.Ref.Key] = live;
                    }
                }

                _listed.Add(gk);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Unlisted.Add(gk + ": " + e.Message);
            }
        }
    }
}
