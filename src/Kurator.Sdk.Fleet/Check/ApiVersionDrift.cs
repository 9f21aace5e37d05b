using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using Kurator.Sdk.Fleet.Families;
using System.Text.Json.Nodes;
using Kurator.Sdk.Policy.Drift;

namespace Kurator.Sdk.Fleet.Check;

/// <summary>
/// Which API versions are deprecated or no longer served, derived from what the generator recorded from the shipped
/// schemas (no table of its own): <see cref="KubeDeprecatedVersionAttribute"/> on a deprecated kind's class, and
/// <see cref="KubeServedVersionsAttribute"/> on each family assembly for the versions its upstream release serves
/// (Flux v2.9's GitRepository: v1 only). Used by both <c>check</c> front ends; the analyzers read the same attributes.
/// </summary>
public sealed class ApiVersionDrift
{
    private static readonly ConditionalWeakTable<KubeTypeRegistry, ApiVersionDrift> Cache = new();

    private readonly KubeTypeRegistry _registry;
    private readonly Dictionary<(string Group, string Kind), Served> _served;

    // Asked per object checked; reading attributes is slow (most of all under Native AOT), so once per kind.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Type, KubeDeprecatedVersionAttribute?> _deprecated = new();

    private ApiVersionDrift(KubeTypeRegistry registry, int kindCount)
    {
        _registry = registry;
        KindCount = kindCount;
        _served = new Dictionary<(string, string), Served>();
        var assemblies = registry.Kinds.Select(k => k.ClrType.Assembly).Distinct().ToList();
        if (FamilyAssembly.TryLoad(KuratorApplicationObjects.FactsFamily) is { } facts && !assemblies.Contains(facts))
        {
            assemblies.Add(facts);
        }

        foreach (var assembly in assemblies)
        {
            foreach (var declared in assembly.GetCustomAttributes<KubeServedVersionsAttribute>())
            {
                var key = (declared.Group, declared.Kind);
                // Two assemblies declaring one kind (a copy of a family): the versions either serves count as served.
                _served[key] = _served.TryGetValue(key, out var known)
                    ? known with { Versions = known.Versions.Union(declared.Versions, StringComparer.Ordinal).ToArray() }
                    : new Served(declared.PreferredVersion, declared.ServedBy, declared.Versions);
            }
        }
    }

    private int KindCount { get; }

    /// <summary>The drift facts of every kind in <paramref name="registry"/>; rebuilt when kinds were registered since the last call.</summary>
    public static ApiVersionDrift For(KubeTypeRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        // The family whose schemas say what a Kurator Application makes its controller create
        // (KuratorApplicationObjects.FactsFamily), when it sits beside the app: the Kurator.Sdk package puts it in every
        // app's output, but an app that uses no Flux type never loads it. Absent, there are no facts and nothing is
        // reported. Loaded before the count, as loading registers its kinds.
        FamilyAssembly.TryLoad(KuratorApplicationObjects.FactsFamily);
        var count = registry.Kinds.Count;
        lock (Cache)
        {
            if (Cache.TryGetValue(registry, out var cached) && cached.KindCount == count)
            {
                return cached;
            }

            var built = new ApiVersionDrift(registry, count);
            Cache.AddOrUpdate(registry, built);
            return built;
        }
    }

    /// <summary>
    /// The drift of <paramref name="apiVersion"/> <paramref name="kind"/>: deprecated (KSDK6001) when its schema says so,
    /// else not served (KSDK6002) when the shipped schemas of its group and kind list other versions only; null otherwise.
    /// </summary>
    public ApiDriftFinding? Find(string apiVersion, string kind)
    {
        ArgumentNullException.ThrowIfNull(apiVersion);
        ArgumentNullException.ThrowIfNull(kind);
        var slash = apiVersion.LastIndexOf('/');
        var group = slash < 0 ? string.Empty : apiVersion[..slash];
        var version = apiVersion[(slash + 1)..];
        if (_registry.TryGet(apiVersion, kind, out var info) && Deprecated(info.ClrType) is { } deprecated)
        {
            return new ApiDriftFinding(ApiDriftRules.DeprecatedVersion, ApiDriftRules.DeprecatedMessage(group, version, kind, deprecated.ReplacementVersion, deprecated.ServedBy, deprecated.Warning));
        }

        if (_served.TryGetValue((group, kind), out var served) && !served.Versions.Contains(version, StringComparer.Ordinal))
        {
            return new ApiDriftFinding(ApiDriftRules.UnservedVersion, ApiDriftRules.UnservedMessage(group, version, kind, served.PreferredVersion, served.ServedBy, served.Versions));
        }

        return null;
    }

    private KubeDeprecatedVersionAttribute? Deprecated(Type type) =>
        _deprecated.GetOrAdd(type, static t => t.GetCustomAttribute<KubeDeprecatedVersionAttribute>());

    /// <summary>The drift of an object's <c>apiVersion</c> and <c>kind</c>; null when it has none or either is not a string.</summary>
    public ApiDriftFinding? Find(JsonObject obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        return Text(obj["apiVersion"]) is { Length: > 0 } apiVersion && Text(obj["kind"]) is { Length: > 0 } kind ? Find(apiVersion, kind) : null;
    }

    /// <summary>
    /// The drift of the objects a controller creates from <paramref name="obj"/>'s fields: for a Kurator
    /// <c>apps.kurator.dev/v1alpha1</c> Application, a KSDK6002 finding per set field of
    /// <see cref="KuratorApplicationObjects"/> whose created version the shipped schemas of that kind do not serve. Nothing
    /// when no loaded family declares the created kind's served versions (the facts are the schemas').
    /// </summary>
    public IEnumerable<ApiDriftFieldFinding> FindCreated(JsonObject obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        return Created(obj);
    }

    private IEnumerable<ApiDriftFieldFinding> Created(JsonObject obj)
    {
        if (Text(obj["apiVersion"]) is not { } apiVersion || Text(obj["kind"]) is not { } kind)
        {
            yield break;
        }

        var slash = apiVersion.LastIndexOf('/');
        if (slash < 0 || !KuratorApplicationObjects.Describes(apiVersion[..slash], apiVersion[(slash + 1)..], kind))
        {
            yield break;
        }

        foreach (var field in KuratorApplicationObjects.Fields)
        {
            if (!_served.TryGetValue((field.Group, field.Kind), out var served) || served.Versions.Contains(field.Version, StringComparer.Ordinal))
            {
                continue;
            }

            var message = ApiDriftRules.CreatedUnservedMessage(KuratorApplicationObjects.Creator, field, served.PreferredVersion, served.ServedBy, served.Versions);
            foreach (var path in CreatingFieldPaths.Of(obj, field))
            {
                yield return new ApiDriftFieldFinding(path, ApiDriftRules.UnservedVersion, message);
            }
        }
    }

    // A wrong type is the schema check's finding, not an exception here.
    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private sealed record Served(string PreferredVersion, string ServedBy, string[] Versions);
}
