using Microsoft.CodeAnalysis;

namespace Kurator.Sdk.Analyzers.Kyverno;

/// <summary>The Kyverno policy rule: a constant that fails a validate rule of a policy the project builds.</summary>
internal static class KyvernoDescriptors
{
    /// <summary>
    /// Warning by default; reported as an error for an Enforce policy or rule. Tagged CompilationEnd: policies and the
    /// objects they judge may be built in different files.
    /// </summary>
    public static readonly DiagnosticDescriptor PolicyViolation = new(
        RuleIdentifiers.KyvernoPolicyViolation,
        "Value violates a Kyverno policy of the project",
        "{0} violates Kyverno policy {1}, rule {2}: {3}",
        RuleCategories.Policy,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A Kyverno ClusterPolicy or Policy built in this project has a validate pattern that this object certainly fails, "
            + "judged from the constants in the code. Enforce policies reject the object at admission (error); Audit policies report it (warning).",
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.KyvernoPolicyViolation),
        customTags: WellKnownDiagnosticTags.CompilationEnd);
}
