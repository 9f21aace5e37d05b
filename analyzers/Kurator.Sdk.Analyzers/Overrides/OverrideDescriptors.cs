using Microsoft.CodeAnalysis;

namespace Kurator.Sdk.Analyzers.Overrides;

/// <summary>Descriptors of the per-cluster override rules (the runtime would only find these problems at synth time, or never).</summary>
internal static class OverrideDescriptors
{
    public static readonly DiagnosticDescriptor UnknownClusterLabel = new(
        RuleIdentifiers.UnknownClusterLabel,
        "Override selects clusters by a label no cluster has",
        "Override selects clusters labelled {0}, but no cluster defined in this project has that label (defined: {1})",
        RuleCategories.Kurator,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "An override whose cluster selector names a label (or label value) that no AttachedCluster or Cluster built in this compilation carries selects nothing; checked only when the project defines its clusters and all their labels are known.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.UnknownClusterLabel),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor UnknownOverrideField = new(
        RuleIdentifiers.UnknownOverrideField,
        "Override changes a field the workload type does not have",
        "Override of {0} changes '{1}', which {0} does not have: {2}",
        RuleCategories.Kurator,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A JSON patch path or an override helper (Replicas, Image, Env, Resources) names a field that the workload's schema does not define; the patch would fail at synth time or write a field the API server drops.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.UnknownOverrideField));
}
