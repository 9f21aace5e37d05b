using System.Collections.Generic;

namespace Kurator.Sdk.Client.Discovery;

/// <summary>One served resource as discovery reports it.</summary>
/// <param name="Group">API group ("" for core).</param>
/// <param name="Version">Version.</param>
/// <param name="Kind">Kind.</param>
/// <param name="Plural">Resource (plural) name used in URLs.</param>
/// <param name="Namespaced">Namespaced or cluster-scoped.</param>
/// <param name="Verbs">Supported verbs.</param>
/// <param name="ShortNames">Short names.</param>
/// <param name="Subresources">Subresources such as status.</param>
public sealed record ApiResource(
    string Group,
    string Version,
    string Kind,
    string Plural,
    bool Namespaced,
    IReadOnlyList<string> Verbs,
    IReadOnlyList<string> ShortNames,
    IReadOnlyList<string> Subresources)
{
    /// <summary>group/version, or just version for the core group.</summary>
    public string ApiVersion => Group.Length == 0 ? Version : $"{Group}/{Version}";

    /// <summary>The URL of the collection: /api/v1[/namespaces/{ns}]/plural or /apis/g/v[/namespaces/{ns}]/plural.</summary>
    public string CollectionPath(string? ns)
    {
        var prefix = Group.Length == 0 ? $"api/{Version}" : $"apis/{Group}/{Version}";
        return Namespaced && !string.IsNullOrEmpty(ns) ? $"{prefix}/namespaces/{System.Uri.EscapeDataString(ns)}/{Plural}" : $"{prefix}/{Plural}";
    }
}
