using Microsoft.CodeAnalysis;

namespace Kurator.Sdk.Analyzers.Kurator;

/// <summary>Descriptors of the Kurator rules the CRD schemas cannot express (Kurator's webhooks and controllers enforce them).</summary>
internal static class KuratorDescriptors
{
    public static readonly DiagnosticDescriptor SourceCount = new(
        RuleIdentifiers.ApplicationSourceCount,
        "Application source must set exactly one repository",
        "Application source sets {0}: set exactly one of gitRepository, helmRepository, ociRepository",
        RuleCategories.Kurator,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Kurator's Application controller needs exactly one source repository kind.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.ApplicationSourceCount));

    public static readonly DiagnosticDescriptor SyncPolicyKind = new(
        RuleIdentifiers.SyncPolicyKind,
        "Sync policy must set exactly one of kustomization and helm",
        "Sync policy sets {0}: set exactly one of kustomization and helm",
        RuleCategories.Kurator,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Each Application sync policy becomes either a Flux Kustomization or a HelmRelease.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.SyncPolicyKind));

    public static readonly DiagnosticDescriptor SyncPolicyFleets = new(
        RuleIdentifiers.SyncPolicyFleets,
        "Sync policies of an Application must target one fleet",
        "Sync policy targets fleet '{0}' but another policy of this Application targets '{1}': all policies must use the same fleet",
        RuleCategories.Kurator,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Kurator rejects an Application whose sync policies name different fleets.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.SyncPolicyFleets));

    public static readonly DiagnosticDescriptor StepWeight = new(
        RuleIdentifiers.StepWeightConflict,
        "stepWeight and stepWeights are mutually exclusive",
        "canaryStrategy sets both stepWeight and stepWeights: use one",
        RuleCategories.Kurator,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A canary advances by a fixed stepWeight or by the stepWeights list, not both.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.StepWeightConflict));

    public static readonly DiagnosticDescriptor CanaryAnalysis = new(
        RuleIdentifiers.CanaryAnalysisConflict,
        "canaryStrategy and analysisTimes are mutually exclusive",
        "trafficRouting sets both canaryStrategy and analysisTimes: analysisTimes is for A/B and blue/green rollouts",
        RuleCategories.Kurator,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A canary rollout is driven by canaryStrategy; analysisTimes applies to the other strategies.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.CanaryAnalysisConflict));

    public static readonly DiagnosticDescriptor UnknownFleet = new(
        RuleIdentifiers.UnknownFleet,
        "Destination names a fleet this project does not define",
        "Destination fleet '{0}' is not defined by any Fleet in this project (defined: {1})",
        RuleCategories.Kurator,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The destination names a fleet that no Fleet built in this compilation defines; checked only when the project defines Fleets.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.UnknownFleet),
        customTags: WellKnownDiagnosticTags.CompilationEnd);
}
