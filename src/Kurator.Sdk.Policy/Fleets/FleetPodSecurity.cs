using System;
using System.Collections.Generic;
using Kurator.Sdk.Policy.Rules;

namespace Kurator.Sdk.Policy.Fleets;

/// <summary>
/// The Pod Security policy a Kurator <c>Fleet</c> installs through Kyverno
/// (<c>spec.plugin.policy.kyverno.podSecurity</c>: <c>standard</c>, <c>validationFailureAction</c>; the CRD defaults are
/// <c>baseline</c> and <c>Audit</c>), read and combined the same way by the analyzers and by <c>kurator-sdk check</c>.
/// </summary>
public sealed class FleetPodSecurity
{
    /// <summary>Creates a policy.</summary>
    public FleetPodSecurity(PodSecurityLevel level, bool enforce)
    {
        Level = level;
        Enforce = enforce;
    }

    /// <summary>The level the fleet's members are held to.</summary>
    public PodSecurityLevel Level { get; }

    /// <summary>True for <c>Enforce</c> (admission rejects violations); false for <c>Audit</c> (they are only reported).</summary>
    public bool Enforce { get; }

    /// <summary>
    /// Reads a fleet's <c>standard</c> and <c>validationFailureAction</c> (null when not written: the CRD defaults apply).
    /// Returns false when the standard names no level; the schema check reports such a value, and no level is guessed.
    /// </summary>
    public static bool TryRead(string? standard, string? validationFailureAction, out FleetPodSecurity policy)
    {
        policy = new FleetPodSecurity(PodSecurityLevel.Baseline, false);
        if (!PodSecurityLevels.TryParse(standard ?? "baseline", out var level))
        {
            return false;
        }

        // Kyverno still accepts the old lower-case spelling of the action.
        var enforce = string.Equals((validationFailureAction ?? string.Empty).Trim(), "Enforce", StringComparison.OrdinalIgnoreCase);
        policy = new FleetPodSecurity(level, enforce);
        return true;
    }

    /// <summary>
    /// What several fleets' policies amount to for code or a cluster they all cover: the highest level, enforced when
    /// any of them enforces (a fleet that says Enforce anywhere enforces). Null when there is no policy.
    /// </summary>
    public static FleetPodSecurity? Combine(IEnumerable<FleetPodSecurity> policies)
    {
        if (policies is null)
        {
            throw new ArgumentNullException(nameof(policies));
        }

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
