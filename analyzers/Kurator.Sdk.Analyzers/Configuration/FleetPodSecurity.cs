using System.Collections.Generic;
using Kurator.Sdk.Analyzers.Model;
using Kurator.Sdk.Policy.Rules;
using Microsoft.CodeAnalysis;

namespace Kurator.Sdk.Analyzers.Configuration;

/// <summary>
/// The Pod Security policy a Kurator <c>Fleet</c> installs through Kyverno
/// (<c>spec.plugin.policy.kyverno.podSecurity</c>: standard, validationFailureAction; CRD defaults baseline, Audit).
/// </summary>
internal sealed class FleetPodSecurity
{
    public FleetPodSecurity(PodSecurityLevel level, bool enforce)
    {
        Level = level;
        Enforce = enforce;
    }

    public PodSecurityLevel Level { get; }

    /// <summary>True for <c>Enforce</c> (violations are errors); false for <c>Audit</c> (warnings).</summary>
    public bool Enforce { get; }

    public DiagnosticSeverity Severity => Enforce ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning;

    /// <summary>The policies declared by the Fleets built in a tree; a policy whose values are computed is skipped.</summary>
    public static IEnumerable<FleetPodSecurity> Find(KubeTree tree, INamedTypeSymbol? fleetType)
    {
        foreach (var fleet in tree.OfType(fleetType))
        {
            var node = fleet;
            foreach (var step in new[] { "spec", "plugin", "policy", "kyverno", "podSecurity" })
            {
                node = node?.Get(step)?.Value.Node;
            }

            if (node is null)
            {
                continue;
            }

            var standard = node.Get("standard")?.Value;
            var action = node.Get("validationFailureAction")?.Value;
            if (standard is { Kind: KubeValueKind.Unknown } || action is { Kind: KubeValueKind.Unknown })
            {
                continue;
            }

            if (!PodSecurityLevels.TryParse(standard?.Text ?? "baseline", out var level))
            {
                continue;
            }

            yield return new FleetPodSecurity(level, action?.Text == "Enforce");
        }
    }

    /// <summary>The strictest of several policies (highest level; Enforce over Audit).</summary>
    public static FleetPodSecurity? Strictest(IEnumerable<FleetPodSecurity> policies)
    {
        FleetPodSecurity? result = null;
        foreach (var policy in policies)
        {
            result = result is null ? policy : new FleetPodSecurity(
                policy.Level > result.Level ? policy.Level : result.Level,
                policy.Enforce || result.Enforce);
        }

        return result;
    }
}
