using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Kurator.Sdk.Client;

namespace Kurator.Sdk.Fleet.Apply;

/// <summary>
/// The app's ApplySet in one cluster (KEP-3659): a parent Secret whose id labels every object the app applied, so a later
/// run can find (and prune) exactly its own objects and never another owner's.
/// </summary>
internal sealed class ApplySetIdentity
{
    public const string PartOfLabel = "applyset.kubernetes.io/part-of";
    public const string IdLabel = "applyset.kubernetes.io/id";
    public const string ToolingAnnotation = "applyset.kubernetes.io/tooling";
    public const string GroupKindsAnnotation = "applyset.kubernetes.io/contains-group-kinds";
    public const string NamespacesAnnotation = "applyset.kubernetes.io/additional-namespaces";
    public const string Tooling = "kurator-sdk/v0.1.0";

    public ApplySetIdentity(string appName, string parentNamespace)
    {
        ParentName = "applyset-" + appName.ToLowerInvariant();
        ParentNamespace = parentNamespace;
        // Same derivation as kubectl: name.namespace.Kind.group of the parent (a core Secret, so the group is empty).
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{ParentName}.{ParentNamespace}.Secret."));
        Id = "applyset-" + Convert.ToBase64String(hash).TrimEnd('=').Replace('+', '-').Replace('/', '_') + "-v1";
    }

    public string ParentName { get; }

    public string ParentNamespace { get; }

    public string Id { get; }

    public string Selector => PartOfLabel + "=" + Id;

    /// <summary>A comma-separated annotation value (group-kinds, namespaces, members) as an ordered set.</summary>
    public static SortedSet<string> SplitList(string? value) =>
        new((value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.Ordinal);

    /// <summary>The live parent Secret, or null when there is none; a Secret of that name without this id is refused, never reused.</summary>
    public async Task<JsonObject?> ReadParentAsync(KubeClient client, CancellationToken cancellationToken)
    {
        var live = await client.TryGetAsync("v1", "Secret", ParentName, ParentNamespace, cancellationToken);
        if (live is not null && (string?)live["metadata"]?["labels"]?[IdLabel] != Id)
            throw new InvalidOperationException($"Secret {ParentNamespace}/{ParentName} exists but is not this app's ApplySet parent; refusing to use it");
        return live;
    }

    /// <summary>
    /// The parent Secret to apply with <paramref name="annotations"/>; it carries the id label, so a parent first created by
    /// any writer (the ApplySet bookkeeping or the member record) is recognised as the app's.
    /// </summary>
    public JsonObject ParentSecret(JsonObject annotations) => new()
    {
        ["apiVersion"] = "v1",
        ["kind"] = "Secret",
        ["metadata"] = new JsonObject
        {
            ["name"] = ParentName,
            ["namespace"] = ParentNamespace,
            ["labels"] = new JsonObject { [IdLabel] = Id },
            ["annotations"] = annotations,
        },
        ["type"] = "Opaque",
    };
}
