using Microsoft.CodeAnalysis;

namespace Kurator.Sdk.Analyzers.BestPractice;

/// <summary>Best-practice rules: Info, and the noisier ones off until a project turns them on.</summary>
internal static class BestPracticeDescriptors
{
    public static readonly DiagnosticDescriptor ImageTag = new(
        RuleIdentifiers.ImageTag,
        "Container image is not pinned",
        "Image '{0}' {1}: pin a version tag or a digest",
        RuleCategories.BestPractice,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "An image without a tag, or tagged latest, changes under the workload; rollouts and rollbacks stop being reproducible.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.ImageTag));

    public static readonly DiagnosticDescriptor Resources = new(
        RuleIdentifiers.ResourceRequirements,
        "Container has no resource requests or limits",
        "Container{0} sets no resource requests or limits",
        RuleCategories.BestPractice,
        DiagnosticSeverity.Info,
        isEnabledByDefault: false,
        description: "Without requests the scheduler cannot place the pod sensibly; without limits one container can starve a node.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.ResourceRequirements));

    public static readonly DiagnosticDescriptor Probes = new(
        RuleIdentifiers.Probes,
        "Container has no liveness or readiness probe",
        "Container{0} has neither a livenessProbe nor a readinessProbe",
        RuleCategories.BestPractice,
        DiagnosticSeverity.Info,
        isEnabledByDefault: false,
        description: "Without probes Kubernetes sends traffic to containers that are not ready and never restarts hung ones.",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.Probes));
}
