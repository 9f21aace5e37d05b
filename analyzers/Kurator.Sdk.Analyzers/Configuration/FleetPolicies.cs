using System.Collections.Generic;
using Kurator.Sdk.Analyzers.Model;
using Kurator.Sdk.Policy.Fleets;
using Microsoft.CodeAnalysis;

namespace Kurator.Sdk.Analyzers.Configuration;

/// <summary>
/// The Pod Security policies the Kurator <c>Fleet</c>s built in code declare (<c>spec.plugin.policy.kyverno.podSecurity</c>),
/// read by <see cref="FleetPodSecurity.TryRead"/> as <c>kurator-sdk check</c> reads them from YAML.
/// </summary>
internal static class FleetPolicies
{
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

            if (FleetPodSecurity.TryRead(standard?.Text, action?.Text, out var policy))
            {
                yield return policy;
            }
        }
    }

    /// <summary>Errors for a fleet that enforces, warnings for one that audits.</summary>
    public static DiagnosticSeverity Severity(FleetPodSecurity policy) => policy.Enforce ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning;
}
