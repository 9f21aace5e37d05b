using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using Kurator.Sdk.Policy.Engine;
using Kurator.Sdk.Policy.Locators;
using Kurator.Sdk.Policy.Rules;

namespace Kurator.Sdk.Policy.Evaluation;

/// <summary>
/// Evaluates rendered Kubernetes objects (as <see cref="JsonObject"/>, the same JSON the typed SDK objects serialize to)
/// against the Pod Security Standards, the way Pod Security Admission does, for every pod spec the object holds.
/// </summary>
public static class PodSecurityEvaluator
{
    /// <summary>Evaluates every pod spec in <paramref name="obj"/> found by <see cref="PodSpecLocator.Default"/>.</summary>
    /// <returns>One violation per offending field; empty when the object complies or holds no pod spec.</returns>
    public static IReadOnlyList<PodSecurityViolation> Evaluate(JsonObject obj, PodSecurityLevel level, PodSecurityVersion version)
        => Evaluate(obj, level, version, PodSpecLocator.Default);

    /// <summary>Evaluates every pod spec in <paramref name="obj"/> found by <paramref name="locator"/>.</summary>
    public static IReadOnlyList<PodSecurityViolation> Evaluate(JsonObject obj, PodSecurityLevel level, PodSecurityVersion version, PodSpecLocator locator)
    {
        ArgumentNullException.ThrowIfNull(obj);
        ArgumentNullException.ThrowIfNull(locator);
        var violations = new List<PodSecurityViolation>();
        var checks = PodSecurityRules.Active(level, version);
        foreach (var site in locator.Locate(obj))
        {
            EvaluateSite(site, checks, violations);
        }

        return violations;
    }

    /// <summary>Evaluates one pod spec (with its metadata, if any) directly.</summary>
    public static IReadOnlyList<PodSecurityViolation> EvaluatePod(PodSpecSite site, PodSecurityLevel level, PodSecurityVersion version)
    {
        ArgumentNullException.ThrowIfNull(site);
        var violations = new List<PodSecurityViolation>();
        EvaluateSite(site, PodSecurityRules.Active(level, version), violations);
        return violations;
    }

    private static void EvaluateSite(PodSpecSite site, IReadOnlyList<ActiveCheck> checks, List<PodSecurityViolation> violations)
    {
        var metadata = site.Metadata is null ? null : new JsonPolicyNode(site.Metadata);
        var pod = new PodUnderCheck<JsonPolicyNode>(new JsonPolicyNode(site.Spec), site.SpecPath, metadata, site.MetadataPath);

        // One violation per check, field and wording (two rules of a check can reach one field).
        var seen = new HashSet<string>(StringComparer.Ordinal);
        PodSecurityJudge.Evaluate(pod, checks, v =>
        {
            if (seen.Add(v.Check.Id + "\n" + v.Path + "\n" + v.Detail))
            {
                violations.Add(new PodSecurityViolation(v.Check.Id, v.Check.Level, v.Path, v.Check.ForbiddenReason, v.Detail, v.Rule));
            }
        });
    }
}
