using System.Collections.Generic;

namespace Kurator.Sdk.Emulator.Schema;

/// <summary>One served resource: its group/version/kind, plural, scope and the facts discovery reports.</summary>
internal sealed record ResourceType(
    string Group,
    string Version,
    string Kind,
    string Plural,
    bool Namespaced,
    bool HasStatus,
    IReadOnlyList<string> ShortNames,
    IReadOnlyList<string> Categories,
    SchemaNode Schema,
    bool IsCustom)
{
    /// <summary>For CRD kinds: the CRD's version entry (additionalPrinterColumns, subresources).</summary>
    public System.Text.Json.Nodes.JsonObject? CrdVersion { get; init; }

    public string GroupVersion => Group.Length == 0 ? Version : $"{Group}/{Version}";
    public string Singular => Kind.ToLowerInvariant();
    public string ListKind => Kind + "List";
    public string GroupResource => Group.Length == 0 ? Plural : $"{Plural}.{Group}";
    /// <summary>The URL prefix of the group-version: /api/v1 or /apis/g/v.</summary>
    public string PathPrefix => Group.Length == 0 ? $"/api/{Version}" : $"/apis/{Group}/{Version}";
}
