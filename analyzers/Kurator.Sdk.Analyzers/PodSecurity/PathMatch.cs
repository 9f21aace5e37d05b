using Kurator.Sdk.Analyzers.Model;
using Microsoft.CodeAnalysis;

namespace Kurator.Sdk.Analyzers.PodSecurity;

/// <summary>What a policy path leads to in the built objects.</summary>
internal readonly struct PathMatch
{
    public PathMatch(KubeValue? value, Location? location, string? key)
    {
        Value = value;
        Location = location;
        Key = key;
    }

    /// <summary>The value; null when the field is known to be unset.</summary>
    public KubeValue? Value { get; }

    /// <summary>Where the value was written.</summary>
    public Location? Location { get; }

    /// <summary>The matched map key, for annotation rules.</summary>
    public string? Key { get; }

    public bool IsAbsent => Value is null || Value.IsNull;

    public bool IsUnknown => Value is { Kind: KubeValueKind.Unknown };
}
