using System;
using Kurator.Sdk;

namespace ClusterLifecycle;

/// <summary>
/// Cluster API v1beta2 references are (apiGroup, kind, name) triples; taking them from the typed objects keeps the
/// three in step with what the app actually defines.
/// </summary>
internal static class CapiRefs
{
    /// <summary>The API group of <paramref name="obj"/> (the part of apiVersion before the slash).</summary>
    public static string GroupOf(KubeObject obj) =>
        obj.ApiVersion.Contains('/', StringComparison.Ordinal) ? obj.ApiVersion[..obj.ApiVersion.IndexOf('/', StringComparison.Ordinal)] : "";

    /// <summary>The metadata.name of <paramref name="obj"/>, which every referenced object must have.</summary>
    public static string NameOf(KubeObject obj) => obj.Name ?? throw new ArgumentException($"the {obj.Kind} has no metadata.name", nameof(obj));
}
