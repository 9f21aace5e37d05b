using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Policy.Kyverno.Validation;
using Kurator.Sdk.Policy.Rules;
using static Kurator.Sdk.Policy.Rules.PodSecurityCheckIds;

namespace Kurator.Sdk.PolicyParity.Kyverno;

/// <summary>
/// Maps Kyverno pod-security policy rules to PSA checks. The per-control policies are pattern rules, so the map is
/// written out here (it follows the policies' <c>policies.kyverno.io/title</c> controls); the <c>podSecurity</c>
/// subrule policies are read from the policy document itself (level, version, exclusions).
/// </summary>
internal static class KyvernoPolicyMap
{
    private static readonly PodSecurityVersion Latest = PodSecurityVersion.Latest;

    private static readonly Dictionary<(string Policy, string Rule), KyvernoRuleTarget> PerControl = new()
    {
        [("disallow-capabilities", "adding-capabilities")] = Baseline(CapabilitiesBaseline),
        [("disallow-host-namespaces", "host-namespaces")] = Baseline(HostNamespaces),
        [("disallow-host-path", "host-path")] = Baseline(HostPathVolumes),
        [("disallow-host-ports", "host-ports-none")] = Baseline(HostPorts),
        // Not a PSS control: Kyverno's variant allowing host ports 5000-6000. Compared with PSA hostPorts.
        [("disallow-host-ports-range", "host-port-range")] = new(PodSecurityLevel.Baseline, Latest, [HostPorts], drift: new KyvernoDrift(
            "disallow-host-ports-range is not a PSS control: it allows hostPort 5000-6000, PSA hostPorts allows none",
            value => value is JsonValue v && v.TryGetValue<long>(out var port) && port is >= 5000 and <= 6000)),
        [("disallow-host-process", "host-process-containers")] = Baseline(WindowsHostProcess),
        [("disallow-privileged-containers", "privileged-containers")] = Baseline(Privileged),
        [("disallow-proc-mount", "check-proc-mount")] = Baseline(ProcMount),
        [("disallow-selinux", "selinux-type")] = new(PodSecurityLevel.Baseline, Latest, [SeLinuxOptions], p => p.EndsWith(".type", StringComparison.Ordinal)),
        [("disallow-selinux", "selinux-user-role")] = new(PodSecurityLevel.Baseline, Latest, [SeLinuxOptions], p => p.EndsWith(".user", StringComparison.Ordinal) || p.EndsWith(".role", StringComparison.Ordinal)),
        [("restrict-apparmor-profiles", "app-armor")] = Baseline(AppArmorProfile),
        [("restrict-seccomp", "check-seccomp")] = Baseline(SeccompProfileBaseline),
        [("restrict-sysctls", "check-sysctls")] = Baseline(Sysctls),
        [("disallow-capabilities-strict", "require-drop-all")] = new(PodSecurityLevel.Restricted, Latest, [CapabilitiesRestricted], p => p.EndsWith(".drop", StringComparison.Ordinal)),
        [("disallow-capabilities-strict", "adding-capabilities-strict")] = new(PodSecurityLevel.Restricted, Latest, [CapabilitiesRestricted], p => p.Contains(".add[", StringComparison.Ordinal)),
        [("disallow-privilege-escalation", "privilege-escalation")] = Restricted(AllowPrivilegeEscalation),
        [("require-run-as-non-root-user", "run-as-non-root-user")] = Restricted(RunAsUser),
        [("require-run-as-nonroot", "run-as-non-root")] = Restricted(RunAsNonRoot),
        [("restrict-seccomp-strict", "check-seccomp-strict")] = Restricted(SeccompProfileRestricted),
        [("restrict-volume-types", "restricted-volumes")] = Restricted(RestrictedVolumes),
    };

    /// <summary>The target of a policy rule, or null when it is neither a known control policy nor a podSecurity rule.</summary>
    public static KyvernoRuleTarget? Find(string policy, string rule, IEnumerable<JsonObject> policyDocuments)
    {
        if (PerControl.TryGetValue((policy, rule), out var target))
        {
            return target;
        }

        foreach (var document in policyDocuments)
        {
            if (document["metadata"]?["name"]?.GetValue<string>() != policy || document["spec"]?["rules"] is not JsonArray rules)
            {
                continue;
            }

            foreach (var r in rules.OfType<JsonObject>())
            {
                if (r["name"]?.GetValue<string>() == rule && r["validate"]?["podSecurity"] is JsonObject podSecurity)
                {
                    return FromPodSecurity(podSecurity);
                }
            }
        }

        return null;
    }

    private static KyvernoRuleTarget FromPodSecurity(JsonObject podSecurity)
    {
        var level = PodSecurityLevels.Parse(podSecurity["level"]?.GetValue<string>() ?? "baseline");
        var version = PodSecurityVersion.Parse(podSecurity["version"]?.GetValue<string>() ?? "latest");
        var exclusions = new List<PodSecurityExclusion>();
        if (podSecurity["exclude"] is JsonArray excludes)
        {
            foreach (var e in excludes.OfType<JsonObject>())
            {
                var images = e["images"] is JsonArray list ? list.Select(i => i!.GetValue<string>()).ToList() : new List<string>();
                exclusions.Add(new PodSecurityExclusion(e["controlName"]!.GetValue<string>(), images));
            }
        }

        return new KyvernoRuleTarget(level, version, null, null, exclusions);
    }

    private static KyvernoRuleTarget Baseline(string check) => new(PodSecurityLevel.Baseline, Latest, [check]);

    private static KyvernoRuleTarget Restricted(string check) => new(PodSecurityLevel.Restricted, Latest, [check]);
}
