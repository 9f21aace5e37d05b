using System.Collections.Generic;
using System.Collections.Immutable;
using Kurator.Sdk.Policy.Rules;
using Microsoft.CodeAnalysis;

namespace Kurator.Sdk.Analyzers.PodSecurity;

/// <summary>
/// One descriptor per Pod Security Admission check, built from the shared rule table: the ID from the check's position
/// (<see cref="PodSecurityDiagnosticIds"/>), the title from its level and control name.
/// </summary>
internal static class PodSecurityDescriptors
{
    private const string MessageFormat = "Pod Security {0}: {1}";

    private const string Description = "A Pod Security Admission check rejects this pod at the configured level. "
        + "The level and version come from kurator_pod_security_level / kurator_pod_security_version, or from a Fleet's Kyverno pod security policy built in the same project.";

    private static readonly Dictionary<string, DiagnosticDescriptor> ByCheck = Build();

    /// <summary>The descriptors in the table's order (KSDK1001 first).</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } = BuildAll();

    /// <summary>The descriptor of a PSA check ID (<c>privileged</c> -> KSDK1002).</summary>
    public static DiagnosticDescriptor For(string checkId) => ByCheck[checkId];

    /// <summary>The descriptor of <paramref name="check"/>.</summary>
    /// <remarks>
    /// Tagged CompilationEnd: in a project that builds a Fleet with a pod security policy the analyzer judges pods at the
    /// end of the compilation (the Fleet may set the level), and IDEs must know such diagnostics need the whole project.
    /// </remarks>
    public static DiagnosticDescriptor Create(PodSecurityCheck check)
    {
        var id = PodSecurityDiagnosticIds.For(check.Id);
        return new DiagnosticDescriptor(
            id,
            "Pod Security " + PodSecurityLevels.ToLabel(check.Level) + ": " + check.ControlName,
            MessageFormat,
            RuleCategories.Security,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: Description,
            helpLinkUri: RuleIdentifiers.GetHelpUri(id),
            customTags: WellKnownDiagnosticTags.CompilationEnd);
    }

    private static Dictionary<string, DiagnosticDescriptor> Build()
    {
        var byCheck = new Dictionary<string, DiagnosticDescriptor>();
        foreach (var check in PodSecurityRules.All)
        {
            byCheck.Add(check.Id, Create(check));
        }

        return byCheck;
    }

    private static ImmutableArray<DiagnosticDescriptor> BuildAll()
    {
        var all = ImmutableArray.CreateBuilder<DiagnosticDescriptor>(PodSecurityRules.All.Count);
        foreach (var check in PodSecurityRules.All)
        {
            all.Add(ByCheck[check.Id]);
        }

        return all.MoveToImmutable();
    }
}
