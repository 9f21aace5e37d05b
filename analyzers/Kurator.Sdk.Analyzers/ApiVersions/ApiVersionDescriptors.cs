using Microsoft.CodeAnalysis;

namespace Kurator.Sdk.Analyzers.ApiVersions;

/// <summary>API drift rules: warnings (not errors, and not [Obsolete]) so each project picks its own severity.</summary>
internal static class ApiVersionDescriptors
{
    public static readonly DiagnosticDescriptor Deprecated = new(
        RuleIdentifiers.DeprecatedApiVersion,
        "API version is deprecated",
        "{0}",
        RuleCategories.ApiDrift,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The kind's CRD marks this version deprecated: the API server warns on every request and a later release removes it. Move to the version named in the message.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.DeprecatedApiVersion));

    public static readonly DiagnosticDescriptor Unserved = new(
        RuleIdentifiers.UnservedApiVersion,
        "API version is not served by the delivery system",
        "{0}",
        RuleCategories.ApiDrift,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The upstream release whose CRDs the SDK ships (Flux v2.9 for the Flux kinds) no longer serves this version: the API server rejects the object. Move to the version named in the message.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.UnservedApiVersion));
}
