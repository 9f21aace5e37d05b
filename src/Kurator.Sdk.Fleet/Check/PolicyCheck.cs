using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Fleet.Model;
using Kurator.Sdk.Policy.Evaluation;
using Kurator.Sdk.Policy.Rules;

namespace Kurator.Sdk.Fleet.Check;

/// <summary>
/// The Pod Security Standards over everything that would be applied. A member's level comes from its fleet's Kyverno
/// pod-security plugin (<c>standard</c>, and <c>validationFailureAction: Enforce</c> makes violations blocking, as the
/// admission policy would reject them); <c>--level</c> overrides it for all targets and makes violations blocking.
/// </summary>
public static class PolicyCheck
{
    /// <summary>Findings for <paramref name="plan"/>; <paramref name="schemaErrors"/> are added as blocking findings.</summary>
    public static IReadOnlyList<CheckFinding> Run(DeploymentPlan plan, PodSecurityLevel? level, IEnumerable<CheckFinding>? schemaErrors = null)
    {
        var findings = new List<CheckFinding>(schemaErrors ?? []);
        var fleetPolicies = FleetPolicies(plan.Host);
        foreach (var target in plan.Targets)
        {
            var (targetLevel, enforced) = level is { } explicitLevel
                ? (explicitLevel, true)
                : target.Role == TargetRole.Member && fleetPolicies.TryGetValue(target.Name, out var policy) ? policy : (PodSecurityLevel.Baseline, false);
            foreach (var obj in target.Objects)
            {
                foreach (var v in PodSecurityEvaluator.Evaluate(obj, targetLevel, PodSecurityVersion.Latest))
                {
                    findings.Add(new CheckFinding(target.Name, ObjectRef.Of(obj).ToString(), v.CheckId, $"{v.Path}: {v.ForbiddenReason} ({v.Detail})", enforced));
                }
            }
        }

        return findings;
    }

    /// <summary>Member name to (level, enforced), from the host's Fleets; the strictest wins when a member is in several.</summary>
    private static Dictionary<string, (PodSecurityLevel Level, bool Enforced)> FleetPolicies(ClusterTarget host)
    {
        var result = new Dictionary<string, (PodSecurityLevel, bool)>(StringComparer.Ordinal);
        foreach (var fleet in host.Objects.Where(o => (string?)o["kind"] == "Fleet" && ((string?)o["apiVersion"])?.StartsWith("fleet.kurator.dev/", StringComparison.Ordinal) == true))
        {
            var podSecurity = fleet["spec"]?["plugin"]?["policy"]?["kyverno"]?["podSecurity"];
            if (podSecurity is null) continue;
            var level = string.Equals((string?)podSecurity["standard"], "restricted", StringComparison.OrdinalIgnoreCase) ? PodSecurityLevel.Restricted
                : string.Equals((string?)podSecurity["standard"], "privileged", StringComparison.OrdinalIgnoreCase) ? PodSecurityLevel.Privileged : PodSecurityLevel.Baseline;
            var enforced = (string?)podSecurity["validationFailureAction"] == "Enforce";
            foreach (var member in (fleet["spec"]?["clusters"] as JsonArray ?? []).Select(c => (string?)c?["name"]).OfType<string>())
            {
                if (!result.TryGetValue(member, out var current) || level > current.Item1 || (level == current.Item1 && enforced)) result[member] = (level, enforced);
            }
        }

        return result;
    }
}
