using System.Collections.Generic;
using System.Collections.Immutable;
using Kurator.Sdk.Policy.Rules;
using Microsoft.CodeAnalysis;

namespace Kurator.Sdk.Analyzers.PodSecurity;

/// <summary>One descriptor per Pod Security Admission check (titles follow the shared rule table's control names).</summary>
internal static class PodSecurityDescriptors
{
    private const string MessageFormat = "Pod Security {0}: {1}";

    private const string Description = "A Pod Security Admission check rejects this pod at the configured level. "
        + "The level and version come from kurator_pod_security_level / kurator_pod_security_version, or from a Fleet's Kyverno pod security policy built in the same project.";

    private static readonly Dictionary<string, DiagnosticDescriptor> ByCheck = new Dictionary<string, DiagnosticDescriptor>
    {
        [PodSecurityCheckIds.HostNamespaces] = new DiagnosticDescriptor(
            RuleIdentifiers.HostNamespaces, "Pod Security baseline: Host Namespaces", MessageFormat, RuleCategories.Security, DiagnosticSeverity.Warning, true,
            Description, RuleIdentifiers.GetHelpUri(RuleIdentifiers.HostNamespaces)),
        [PodSecurityCheckIds.Privileged] = new DiagnosticDescriptor(
            RuleIdentifiers.Privileged, "Pod Security baseline: Privileged Containers", MessageFormat, RuleCategories.Security, DiagnosticSeverity.Warning, true,
            Description, RuleIdentifiers.GetHelpUri(RuleIdentifiers.Privileged)),
        [PodSecurityCheckIds.CapabilitiesBaseline] = new DiagnosticDescriptor(
            RuleIdentifiers.CapabilitiesBaseline, "Pod Security baseline: Capabilities", MessageFormat, RuleCategories.Security, DiagnosticSeverity.Warning, true,
            Description, RuleIdentifiers.GetHelpUri(RuleIdentifiers.CapabilitiesBaseline)),
        [PodSecurityCheckIds.HostPathVolumes] = new DiagnosticDescriptor(
            RuleIdentifiers.HostPathVolumes, "Pod Security baseline: HostPath Volumes", MessageFormat, RuleCategories.Security, DiagnosticSeverity.Warning, true,
            Description, RuleIdentifiers.GetHelpUri(RuleIdentifiers.HostPathVolumes)),
        [PodSecurityCheckIds.HostPorts] = new DiagnosticDescriptor(
            RuleIdentifiers.HostPorts, "Pod Security baseline: Host Ports", MessageFormat, RuleCategories.Security, DiagnosticSeverity.Warning, true,
            Description, RuleIdentifiers.GetHelpUri(RuleIdentifiers.HostPorts)),
        [PodSecurityCheckIds.HostProbesAndHostLifecycle] = new DiagnosticDescriptor(
            RuleIdentifiers.HostProbesAndHostLifecycle, "Pod Security baseline: Host Probes / Lifecycle Hooks", MessageFormat, RuleCategories.Security, DiagnosticSeverity.Warning, true,
            Description, RuleIdentifiers.GetHelpUri(RuleIdentifiers.HostProbesAndHostLifecycle)),
        [PodSecurityCheckIds.AppArmorProfile] = new DiagnosticDescriptor(
            RuleIdentifiers.AppArmorProfile, "Pod Security baseline: AppArmor", MessageFormat, RuleCategories.Security, DiagnosticSeverity.Warning, true,
            Description, RuleIdentifiers.GetHelpUri(RuleIdentifiers.AppArmorProfile)),
        [PodSecurityCheckIds.SeLinuxOptions] = new DiagnosticDescriptor(
            RuleIdentifiers.SeLinuxOptions, "Pod Security baseline: SELinux", MessageFormat, RuleCategories.Security, DiagnosticSeverity.Warning, true,
            Description, RuleIdentifiers.GetHelpUri(RuleIdentifiers.SeLinuxOptions)),
        [PodSecurityCheckIds.ProcMount] = new DiagnosticDescriptor(
            RuleIdentifiers.ProcMount, "Pod Security baseline: /proc Mount Type", MessageFormat, RuleCategories.Security, DiagnosticSeverity.Warning, true,
            Description, RuleIdentifiers.GetHelpUri(RuleIdentifiers.ProcMount)),
        [PodSecurityCheckIds.SeccompProfileBaseline] = new DiagnosticDescriptor(
            RuleIdentifiers.SeccompProfileBaseline, "Pod Security baseline: Seccomp", MessageFormat, RuleCategories.Security, DiagnosticSeverity.Warning, true,
            Description, RuleIdentifiers.GetHelpUri(RuleIdentifiers.SeccompProfileBaseline)),
        [PodSecurityCheckIds.Sysctls] = new DiagnosticDescriptor(
            RuleIdentifiers.Sysctls, "Pod Security baseline: Sysctls", MessageFormat, RuleCategories.Security, DiagnosticSeverity.Warning, true,
            Description, RuleIdentifiers.GetHelpUri(RuleIdentifiers.Sysctls)),
        [PodSecurityCheckIds.WindowsHostProcess] = new DiagnosticDescriptor(
            RuleIdentifiers.WindowsHostProcess, "Pod Security baseline: HostProcess", MessageFormat, RuleCategories.Security, DiagnosticSeverity.Warning, true,
            Description, RuleIdentifiers.GetHelpUri(RuleIdentifiers.WindowsHostProcess)),
        [PodSecurityCheckIds.RestrictedVolumes] = new DiagnosticDescriptor(
            RuleIdentifiers.RestrictedVolumes, "Pod Security restricted: Volume Types", MessageFormat, RuleCategories.Security, DiagnosticSeverity.Warning, true,
            Description, RuleIdentifiers.GetHelpUri(RuleIdentifiers.RestrictedVolumes)),
        [PodSecurityCheckIds.AllowPrivilegeEscalation] = new DiagnosticDescriptor(
            RuleIdentifiers.AllowPrivilegeEscalation, "Pod Security restricted: Privilege Escalation", MessageFormat, RuleCategories.Security, DiagnosticSeverity.Warning, true,
            Description, RuleIdentifiers.GetHelpUri(RuleIdentifiers.AllowPrivilegeEscalation)),
        [PodSecurityCheckIds.RunAsNonRoot] = new DiagnosticDescriptor(
            RuleIdentifiers.RunAsNonRoot, "Pod Security restricted: Running as Non-root", MessageFormat, RuleCategories.Security, DiagnosticSeverity.Warning, true,
            Description, RuleIdentifiers.GetHelpUri(RuleIdentifiers.RunAsNonRoot)),
        [PodSecurityCheckIds.RunAsUser] = new DiagnosticDescriptor(
            RuleIdentifiers.RunAsUser, "Pod Security restricted: Running as Non-root user", MessageFormat, RuleCategories.Security, DiagnosticSeverity.Warning, true,
            Description, RuleIdentifiers.GetHelpUri(RuleIdentifiers.RunAsUser)),
        [PodSecurityCheckIds.SeccompProfileRestricted] = new DiagnosticDescriptor(
            RuleIdentifiers.SeccompProfileRestricted, "Pod Security restricted: Seccomp", MessageFormat, RuleCategories.Security, DiagnosticSeverity.Warning, true,
            Description, RuleIdentifiers.GetHelpUri(RuleIdentifiers.SeccompProfileRestricted)),
        [PodSecurityCheckIds.CapabilitiesRestricted] = new DiagnosticDescriptor(
            RuleIdentifiers.CapabilitiesRestricted, "Pod Security restricted: Capabilities", MessageFormat, RuleCategories.Security, DiagnosticSeverity.Warning, true,
            Description, RuleIdentifiers.GetHelpUri(RuleIdentifiers.CapabilitiesRestricted)),
        [PodSecurityCheckIds.ProcMountRestricted] = new DiagnosticDescriptor(
            RuleIdentifiers.ProcMountRestricted, "Pod Security restricted: /proc Mount Type", MessageFormat, RuleCategories.Security, DiagnosticSeverity.Warning, true,
            Description, RuleIdentifiers.GetHelpUri(RuleIdentifiers.ProcMountRestricted)),
    };

    public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.CreateRange(ByCheck.Values);

    /// <summary>The descriptor of a PSA check ID (<c>privileged</c> -> KSDK1002).</summary>
    public static DiagnosticDescriptor For(string checkId) => ByCheck[checkId];
}
