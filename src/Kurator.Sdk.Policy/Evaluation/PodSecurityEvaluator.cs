using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
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
        var pod = new PodContext(site);
        var findings = new List<RuleFinding>();
        foreach (var active in checks)
        {
            if (IsRelaxed(active.Variant.Relaxations, pod))
            {
                continue;
            }

            findings.Clear();
            foreach (var rule in active.Variant.Rules)
            {
                FieldRuleEvaluator.Evaluate(rule, pod, findings);
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var finding in findings)
            {
                if (seen.Add(finding.Path + "\n" + finding.Detail))
                {
                    violations.Add(new PodSecurityViolation(active.Check.Id, active.Check.Level, finding.Path, active.Check.ForbiddenReason, finding.Detail, finding.Rule));
                }
            }
        }
    }

    private static bool IsRelaxed(PodSecurityRelaxations relaxations, PodContext pod) =>
        ((relaxations & PodSecurityRelaxations.UserNamespacePods) != 0 && pod.InUserNamespace)
        || ((relaxations & PodSecurityRelaxations.WindowsPods) != 0 && pod.IsWindows);
}
