using System;

namespace Kurator.Sdk;

/// <summary>
/// Marks a generated kind whose API version its schema declares <c>deprecated: true</c>. The analyzers (KSDK6001) and
/// <c>check</c> report its use with the version to move to; it is not <see cref="ObsoleteAttribute"/>, so a project
/// with TreatWarningsAsErrors keeps building and the severity is the project's to choose.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class KubeDeprecatedVersionAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="replacementVersion">The version to move to (the CRD's storage version, or its newest served
    /// version that is not deprecated), or null when the schema names none.</param>
    public KubeDeprecatedVersionAttribute(string? replacementVersion) => ReplacementVersion = replacementVersion;

    /// <summary>The version to move to, or null.</summary>
    public string? ReplacementVersion { get; }

    /// <summary>The CRD's own <c>deprecationWarning</c>, when it has one.</summary>
    public string? Warning { get; set; }

    /// <summary>The upstream project version the schema came from (<c>Cluster API v1.14.0</c>), when known.</summary>
    public string? ServedBy { get; set; }
}

/// <summary>
/// Declares, on a generated assembly, every version of one kind that the upstream project version its shipped schema
/// came from serves (<c>source-controller v1.9.1 (Flux v2.9.0)</c> serves GitRepository <c>v1</c>). A version of that
/// group and kind outside the list is no longer served: the analyzers (KSDK6002) and <c>check</c> report it.
/// Only schemas with a recorded upstream version (the shipped <c>schemas/</c>) are declared.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class KubeServedVersionsAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    public KubeServedVersionsAttribute(string group, string kind, string preferredVersion, string servedBy, params string[] versions)
    {
        Group = group;
        Kind = kind;
        PreferredVersion = preferredVersion;
        ServedBy = servedBy;
        Versions = versions;
    }

    /// <summary>API group.</summary>
    public string Group { get; }

    /// <summary>Kind.</summary>
    public string Kind { get; }

    /// <summary>The version to move to: the storage version (or the newest served one that is not deprecated).</summary>
    public string PreferredVersion { get; }

    /// <summary>The upstream project version whose CRD lists these versions.</summary>
    public string ServedBy { get; }

    /// <summary>The served versions.</summary>
    public string[] Versions { get; }
}
