using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Kurator.Sdk.Client;

namespace Kurator.Sdk.Fleet.Apply;

/// <summary>Reads and writes the ApplySet parent Secret, which records the group-kinds and namespaces the app's objects live in.</summary>
internal sealed class ApplySetParent(KubeClient client, ApplySetIdentity set)
{
    /// <summary>The group-kinds and namespaces recorded by the last run (empty when the app never ran here).</summary>
    public async Task<(SortedSet<string> GroupKinds, SortedSet<string> Namespaces, JsonObject? Live)> ReadAsync(CancellationToken cancellationToken)
    {
        var live = await set.ReadParentAsync(client, cancellationToken);
        var annotations = live?["metadata"]?["annotations"];
        return (ApplySetIdentity.SplitList((string?)annotations?[ApplySetIdentity.GroupKindsAnnotation]), ApplySetIdentity.SplitList((string?)annotations?[ApplySetIdentity.NamespacesAnnotation]), live);
    }

    /// <summary>Applies the parent with these sets, unless the live parent already records exactly them; returns the parent as it now is.</summary>
    public async Task<JsonObject?> WriteAsync(JsonObject? live, IEnumerable<string> groupKinds, IEnumerable<string> namespaces, CancellationToken cancellationToken)
    {
        var gks = string.Join(",", groupKinds.Distinct().Order(StringComparer.Ordinal));
        var nss = string.Join(",", namespaces.Where(n => n != set.ParentNamespace).Distinct().Order(StringComparer.Ordinal));
        var annotations = live?["metadata"]?["annotations"];
        if (live is not null && (string?)annotations?[ApplySetIdentity.GroupKindsAnnotation] == gks && ((string?)annotations?[ApplySetIdentity.NamespacesAnnotation] ?? "") == nss) return live;
        var parent = set.ParentSecret(new JsonObject
        {
            [ApplySetIdentity.ToolingAnnotation] = ApplySetIdentity.Tooling,
            [ApplySetIdentity.GroupKindsAnnotation] = gks,
            [ApplySetIdentity.NamespacesAnnotation] = nss,
        });
        return await client.ApplyAsync(parent, new ApplyOptions { FieldManager = set.FieldManager, Force = true }, cancellationToken);
    }

    /// <summary>Deletes the parent (after everything it tracked is gone).</summary>
    public Task DeleteAsync(CancellationToken cancellationToken) => client.DeleteAsync("v1", "Secret", set.ParentName, set.ParentNamespace, cancellationToken: cancellationToken);
}
