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
    /// <summary>The tooling annotation's value, <c>kurator-sdk/v&lt;version&gt;</c>, from this assembly's version.</summary>
    public static readonly string Tooling = "kurator-sdk/v" + (typeof(ApplySetIdentity).Assembly.GetName().Version is { } v ? $"{v.Major}.{v.Minor}.{v.Build}" : "0.0.0");

    /// <summary>Prefix of the field managers this tool applies with; the rest names the set.</summary>
    public const string FieldManagerPrefix = "kurator-sdk:";

    // The API server refuses field manager names over 128 characters.
    private const int MaxFieldManagerLength = 128;

    public ApplySetIdentity(string appName, string parentNamespace, string? fieldManager = null)
    {
        ParentName = "applyset-" + appName.ToLowerInvariant();
        FieldManager = fieldManager ?? FieldManagerFor(appName.ToLowerInvariant());
        ParentNamespace = parentNamespace;
        // Same derivation as kubectl: name.namespace.Kind.group of the parent (a core Secret, so the group is empty).
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{ParentName}.{ParentNamespace}.Secret."));
        Id = "applyset-" + Convert.ToBase64String(hash).TrimEnd('=').Replace('+', '-').Replace('/', '_') + "-v1";
    }

    /// <summary>The set of <paramref name="plan"/> under <paramref name="options"/> (parent namespace, field manager).</summary>
    public static ApplySetIdentity For(Model.DeploymentPlan plan, RuntimeOptions options) =>
        new(plan.AppName, options.ApplySetNamespace, options.FieldManager);

    public string ParentName { get; }

    /// <summary>
    /// The server-side apply field manager of this set's members: one per set, so the server itself reports a field that
    /// another set (or kubectl, or a controller) also declares, and ownership can be read from managedFields.
    /// </summary>
    public string FieldManager { get; }

    public string ParentNamespace { get; }

    public string Id { get; }

    public string Selector => PartOfLabel + "=" + Id;

    private static string FieldManagerFor(string appName)
    {
        var name = FieldManagerPrefix + appName;
        if (name.Length <= MaxFieldManagerLength) return name;
        // Long names keep a readable prefix and a digest of the whole, so two long names never share a manager.
        var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(appName)))[..16];
        return name[..(MaxFieldManagerLength - 17)] + "-" + digest;
    }

    /// <summary>A comma-separated annotation value (group-kinds, namespaces, members) as an ordered set.</summary>
    public static SortedSet<string> SplitList(string? value) =>
        new((value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.Ordinal);

    /// <summary>The live parent Secret, or null when there is none; a Secret of that name without this id is refused, never reused.</summary>
    public async Task<JsonObject?> ReadParentAsync(KubeClient client, CancellationToken cancellationToken)
    {
        var live = await client.TryGetAsync("v1", "Secret", ParentName, ParentNamespace, cancellationToken);
        if (live is null) return null;
        if ((string?)live["metadata"]?["labels"]?[IdLabel] != Id)
            throw new InvalidOperationException($"Secret {ParentNamespace}/{ParentName} exists but is not this app's ApplySet parent; refusing to use it");
        // KEP-3659: a set is changed only by the tool named in its tooling annotation (kubectl refuses a mismatch too).
        var tooling = (string?)live["metadata"]?["annotations"]?[ToolingAnnotation];
        if (tooling is { Length: > 0 } && tooling.Split('/')[0] != Tooling.Split('/')[0])
            throw new InvalidOperationException($"Secret {ParentNamespace}/{ParentName} is the parent of an ApplySet managed by {tooling}; refusing to change it");
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
