using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Fleet.Model;
using Kurator.Sdk.Policy.Evaluation;
using Kurator.Sdk.Policy.Fleets;
using Kurator.Sdk.Policy.Rules;

namespace Kurator.Sdk.Fleet.Check;

/// <summary>
/// The Pod Security Standards over everything that would be applied. A member's level comes from its fleet's Kyverno
/// pod-security plugin (<c>standard</c>, and <c>validationFailureAction: Enforce</c> makes violations blocking, as the
/// admission policy would reject them); <c>--level</c> overrides it for all targets and makes violations blocking.
/// Every object a target gets (after its per-cluster overrides) is read back through its generated type first: one the
/// SDK cannot read (wrong types, an unknown kind) is a blocking schema finding, never a silent pass. An object in an API
/// version its schema deprecates or its upstream release no longer serves (<see cref="ApiVersionDrift"/>) is a
/// non-blocking KSDK6001/KSDK6002 finding, once per object; so is each field of a Kurator Application from which its
/// controller creates a Flux object in a version the shipped Flux schemas do not serve (KSDK6002 at the field's path).
/// </summary>
public static class PolicyCheck
{
    /// <summary>
    /// Findings for <paramref name="plan"/>; <paramref name="schemaErrors"/> are added as blocking findings. The Kyverno
    /// policies each cluster gets from the app, and those of <paramref name="policyFiles"/> on every cluster, are
    /// evaluated too (see <see cref="FleetKyvernoCheck"/>).
    /// </summary>
    public static IReadOnlyList<CheckFinding> Run(DeploymentPlan plan, PodSecurityLevel? level, IEnumerable<CheckFinding>? schemaErrors = null, IReadOnlyList<string>? policyFiles = null)
    {
        var findings = new List<CheckFinding>(schemaErrors ?? []);
        var reported = new HashSet<(string Object, string Message)>(findings.Select(f => (f.Object, f.Message)));
        var locator = PodSpecLocations.For(KubeTypeRegistry.Default);
        var drift = ApiVersionDrift.For(KubeTypeRegistry.Default);
        var fleetPolicies = FleetPolicies(plan.Host);
        foreach (var target in plan.Targets)
        {
            var (targetLevel, enforced) = level is { } explicitLevel
                ? (explicitLevel, true)
                : target.Role == TargetRole.Member && fleetPolicies.TryGetValue(target.Name, out var policy) ? policy : (PodSecurityLevel.Baseline, false);
            foreach (var obj in target.Objects)
            {
                var name = Describe(obj);
                // What the typed objects already reported is not repeated for every cluster that receives them.
                foreach (var problem in ReadBack.Problems(obj, name).Where(p => reported.Add((name, p))))
                {
                    findings.Add(new CheckFinding(target.Name, name, "schema", problem, true));
                }

                // A warning unless the caller asks for it to block (check --fail-on-drift): the API server still takes a
                // deprecated version, and whether a delivery system serves a version is the shipped schemas' view.
                if (drift.Find(obj) is { } moved && reported.Add((name, moved.Message)))
                {
                    findings.Add(new CheckFinding(target.Name, name, moved.RuleId, "apiVersion: " + moved.Message, false));
                }

                // What a controller creates from the object's fields (a Kurator Application's Flux objects), at the field.
                foreach (var created in drift.FindCreated(obj))
                {
                    var message = created.Path + ": " + created.Message;
                    if (reported.Add((name, message)))
                    {
                        findings.Add(new CheckFinding(target.Name, name, created.RuleId, message, false));
                    }
                }

                foreach (var v in PodSecurityEvaluator.Evaluate(obj, targetLevel, PodSecurityVersion.Latest, locator))
                {
                    findings.Add(new CheckFinding(target.Name, name, v.CheckId, $"{v.Path}: {v.ForbiddenReason} ({v.Detail})", enforced));
                }
            }
        }

        findings.AddRange(new FleetKyvernoCheck(policyFiles).Run(plan));
        return findings;
    }

    /// <summary><c>Kind/ns/name</c>, or what there is of it when the object is too broken to have an identity.</summary>
    internal static string Describe(JsonObject obj)
    {
        var kind = (string?)(obj["kind"] as JsonValue) ?? "<no kind>";
        var ns = (string?)(obj["metadata"]?["namespace"] as JsonValue);
        var name = (string?)(obj["metadata"]?["name"] as JsonValue) ?? "<unnamed>";
        return string.IsNullOrEmpty(ns) ? $"{kind}/{name}" : $"{kind}/{ns}/{name}";
    }

    /// <summary>
    /// Member name to (level, enforced), from the host's Fleets; a member in several fleets gets what they amount to
    /// together (<see cref="FleetPodSecurity.Combine"/>: the highest level, enforced if any fleet enforces). A fleet
    /// whose standard names no level sets none (its schema finding reports the value).
    /// </summary>
    private static Dictionary<string, (PodSecurityLevel Level, bool Enforced)> FleetPolicies(ClusterTarget host)
    {
        var byMember = new Dictionary<string, List<FleetPodSecurity>>(StringComparer.Ordinal);
        foreach (var fleet in host.Objects.Where(o => Text(o["kind"]) == "Fleet" && Text(o["apiVersion"])?.StartsWith("fleet.kurator.dev/", StringComparison.Ordinal) == true))
        {
            var podSecurity = Child(fleet, "spec", "plugin", "policy", "kyverno", "podSecurity");
            if (podSecurity is null || !FleetPodSecurity.TryRead(Text(podSecurity["standard"]), Text(podSecurity["validationFailureAction"]), out var policy))
            {
                continue;
            }

            foreach (var member in (Child(fleet, "spec")?["clusters"] as JsonArray ?? []).Select(c => Text(c is JsonObject item ? item["name"] : null)).OfType<string>())
            {
                if (!byMember.TryGetValue(member, out var policies))
                {
                    byMember[member] = policies = [];
                }

                policies.Add(policy);
            }
        }

        return byMember.ToDictionary(
            entry => entry.Key,
            entry => FleetPodSecurity.Combine(entry.Value) is { } combined ? (combined.Level, combined.Enforce) : (PodSecurityLevel.Baseline, false),
            StringComparer.Ordinal);
    }

    // The object at a path of field names, or null where the shape differs (a malformed fleet is not an exception here).
    private static JsonObject? Child(JsonNode? node, params string[] path)
    {
        foreach (var name in path)
        {
            node = node is JsonObject obj ? obj[name] : null;
        }

        return node as JsonObject;
    }

    // A string value, or null for anything else (a wrong type is the schema check's finding, not an exception here).
    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
