using System.Collections.Generic;

namespace Kurator.Sdk.Policy.Drift;

/// <summary>
/// A field from which a controller creates an object of another kind in a fixed API version (Kurator's Application
/// controller turns <c>spec.source.gitRepository</c> into a <c>source.toolkit.fluxcd.io/v1beta2</c> GitRepository).
/// BCL only: shared as source with the analyzers.
/// </summary>
public sealed class CreatingField
{
    /// <summary>Creates the entry.</summary>
    /// <param name="path">The JSON names from the object's root to the field (<c>spec</c>, <c>syncPolicies</c>, <c>helm</c>).</param>
    /// <param name="listSegment">The index in <paramref name="path"/> of a list whose every item has the rest of the path, or -1.</param>
    /// <param name="group">The created object's API group.</param>
    /// <param name="version">The created object's API version (the controller's, not the user's choice).</param>
    /// <param name="kind">The created object's kind.</param>
    /// <param name="perMemberCluster">True when one object is created for each member cluster the field is delivered to.</param>
    public CreatingField(string[] path, int listSegment, string group, string version, string kind, bool perMemberCluster)
    {
        Path = path;
        ListSegment = listSegment;
        Group = group;
        Version = version;
        Kind = kind;
        PerMemberCluster = perMemberCluster;
    }

    /// <summary>The JSON names from the object's root to the field.</summary>
    public IReadOnlyList<string> Path { get; }

    /// <summary>The index in <see cref="Path"/> of the list segment, or -1 when the path crosses no list.</summary>
    public int ListSegment { get; }

    /// <summary>The created object's API group.</summary>
    public string Group { get; }

    /// <summary>The created object's API version.</summary>
    public string Version { get; }

    /// <summary>The created object's kind.</summary>
    public string Kind { get; }

    /// <summary>True when one object is created for each member cluster.</summary>
    public bool PerMemberCluster { get; }
}
