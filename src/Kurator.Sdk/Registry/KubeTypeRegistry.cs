using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;

namespace Kurator.Sdk;

/// <summary>
/// Maps apiVersion/kind to typed classes. Every assembly with generated kinds (the SDK families and a user's own CRDs)
/// registers itself into <see cref="Default"/> when it loads.
/// </summary>
public sealed class KubeTypeRegistry
{
    private readonly ConcurrentDictionary<(string ApiVersion, string Kind), KubeKindInfo> _kinds = new ConcurrentDictionary<(string, string), KubeKindInfo>();
    private readonly ConcurrentDictionary<Type, KubeKindInfo> _byType = new ConcurrentDictionary<Type, KubeKindInfo>();

    /// <summary>The process-wide registry.</summary>
    public static KubeTypeRegistry Default { get; } = new KubeTypeRegistry();

    /// <summary>Every registered kind, sorted by apiVersion then kind.</summary>
    public IReadOnlyList<KubeKindInfo> Kinds => _kinds.Values.OrderBy(k => k.ApiVersion, StringComparer.Ordinal).ThenBy(k => k.Kind, StringComparer.Ordinal).ToList();

    /// <summary>Registers a kind (the last registration of the same apiVersion/kind wins).</summary>
    public void Register(KubeKindInfo info)
    {
        _kinds[(info.ApiVersion, info.Kind)] = info;
        _byType[info.ClrType] = info;
    }

    /// <summary>Finds a kind by apiVersion and kind.</summary>
    public bool TryGet(string apiVersion, string kind, out KubeKindInfo info) => _kinds.TryGetValue((apiVersion, kind), out info!);

    /// <summary>Finds the kind of a CLR type.</summary>
    public bool TryGet(Type type, out KubeKindInfo info) => _byType.TryGetValue(type, out info!);

    /// <summary>True when any version of the group defines the kind (to tell "wrong version" from "unknown kind").</summary>
    public IEnumerable<KubeKindInfo> FindKind(string group, string kind) => _kinds.Values.Where(k => k.Group == group && k.Kind == kind);
}
