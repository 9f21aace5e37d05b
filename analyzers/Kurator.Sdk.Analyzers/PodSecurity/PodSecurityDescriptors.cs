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

    public static readonly DiagnosticDescriptor HostNamespaces = new DiagnosticDescriptor(
        RuleIdentifiers.HostNamespaces,
        "Pod Security baseline: Host Namespaces",
        MessageFormat,
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Description,
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.HostNamespaces));

    public static readonly DiagnosticDescriptor Privileged = new DiagnosticDescriptor(
        RuleIdentifiers.Privileged,
        "Pod Security baseline: Privileged Containers",
        MessageFormat,
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Description,
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.Privileged));

    public static readonly DiagnosticDescriptor CapabilitiesBaseline = new DiagnosticDescriptor(
        RuleIdentifiers.CapabilitiesBaseline,
        "Pod Security baseline: Capabilities",
        MessageFormat,
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Description,
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.CapabilitiesBaseline));

    public static readonly DiagnosticDescriptor HostPathVolumes = new DiagnosticDescriptor(
        RuleIdentifiers.HostPathVolumes,
        "Pod Security baseline: HostPath Volumes",
        MessageFormat,
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Description,
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.HostPathVolumes));

    public static readonly DiagnosticDescriptor HostPorts = new DiagnosticDescriptor(
        RuleIdentifiers.HostPorts,
        "Pod Security baseline: Host Ports",
        MessageFormat,
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Description,
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.HostPorts));

    public static readonly DiagnosticDescriptor HostProbesAndHostLifecycle = new DiagnosticDescriptor(
        RuleIdentifiers.HostProbesAndHostLifecycle,
        "Pod Security baseline: Host Probes / Lifecycle Hooks",
        MessageFormat,
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Description,
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.HostProbesAndHostLifecycle));

    public static readonly DiagnosticDescriptor AppArmorProfile = new DiagnosticDescriptor(
        RuleIdentifiers.AppArmorProfile,
        "Pod Security baseline: AppArmor",
        MessageFormat,
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Description,
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.AppArmorProfile));

    public static readonly DiagnosticDescriptor SeLinuxOptions = new DiagnosticDescriptor(
        RuleIdentifiers.SeLinuxOptions,
        "Pod Security baseline: SELinux",
        MessageFormat,
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Description,
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.SeLinuxOptions));

    public static readonly DiagnosticDescriptor ProcMount = new DiagnosticDescriptor(
        RuleIdentifiers.ProcMount,
        "Pod Security baseline: /proc Mount Type",
        MessageFormat,
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Description,
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.ProcMount));

    public static readonly DiagnosticDescriptor SeccompProfileBaseline = new DiagnosticDescriptor(
        RuleIdentifiers.SeccompProfileBaseline,
        "Pod Security baseline: Seccomp",
        MessageFormat,
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Description,
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.SeccompProfileBaseline));

    public static readonly DiagnosticDescriptor Sysctls = new DiagnosticDescriptor(
        RuleIdentifiers.Sysctls,
        "Pod Security baseline: Sysctls",
        MessageFormat,
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Description,
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.Sysctls));

    public static readonly DiagnosticDescriptor WindowsHostProcess = new DiagnosticDescriptor(
        RuleIdentifiers.WindowsHostProcess,
        "Pod Security baseline: HostProcess",
        MessageFormat,
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Description,
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.WindowsHostProcess));

    public static readonly DiagnosticDescriptor RestrictedVolumes = new DiagnosticDescriptor(
        RuleIdentifiers.RestrictedVolumes,
        "Pod Security restricted: Volume Types",
        MessageFormat,
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Description,
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.RestrictedVolumes));

    public static readonly DiagnosticDescriptor AllowPrivilegeEscalation = new DiagnosticDescriptor(
        RuleIdentifiers.AllowPrivilegeEscalation,
        "Pod Security restricted: Privilege Escalation",
        MessageFormat,
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Description,
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.AllowPrivilegeEscalation));

    public static readonly DiagnosticDescriptor RunAsNonRoot = new DiagnosticDescriptor(
        RuleIdentifiers.RunAsNonRoot,
        "Pod Security restricted: Running as Non-root",
        MessageFormat,
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Description,
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.RunAsNonRoot));

    public static readonly DiagnosticDescriptor RunAsUser = new DiagnosticDescriptor(
        RuleIdentifiers.RunAsUser,
        "Pod Security restricted: Running as Non-root user",
        MessageFormat,
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Description,
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.RunAsUser));

    public static readonly DiagnosticDescriptor SeccompProfileRestricted = new DiagnosticDescriptor(
        RuleIdentifiers.SeccompProfileRestricted,
        "Pod Security restricted: Seccomp",
        MessageFormat,
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Description,
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.SeccompProfileRestricted));

    public static readonly DiagnosticDescriptor CapabilitiesRestricted = new DiagnosticDescriptor(
        RuleIdentifiers.CapabilitiesRestricted,
        "Pod Security restricted: Capabilities",
        MessageFormat,
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Description,
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.CapabilitiesRestricted));

    public static readonly DiagnosticDescriptor ProcMountRestricted = new DiagnosticDescriptor(
        RuleIdentifiers.ProcMountRestricted,
        "Pod Security restricted: /proc Mount Type",
        MessageFormat,
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Description,
        helpLinkUri: RuleIdentifiers.GetHelpUri(RuleIdentifiers.ProcMountRestricted));

    private static readonly Dictionary<string, DiagnosticDescriptor> ByCheck = new Dictionary<string, DiagnosticDescriptor>
    {
        [PodSecurityCheckIds.HostNamespaces] = HostNamespaces,
        [PodSecurityCheckIds.Privileged] = Privileged,
        [PodSecurityCheckIds.CapabilitiesBaseline] = CapabilitiesBaseline,
        [PodSecurityCheckIds.HostPathVolumes] = HostPathVolumes,
        [PodSecurityCheckIds.HostPorts] = HostPorts,
        [PodSecurityCheckIds.HostProbesAndHostLifecycle] = HostProbesAndHostLifecycle,
        [PodSecurityCheckIds.AppArmorProfile] = AppArmorProfile,
        [PodSecurityCheckIds.SeLinuxOptions] = SeLinuxOptions,
        [PodSecurityCheckIds.ProcMount] = ProcMount,
        [PodSecurityCheckIds.SeccompProfileBaseline] = SeccompProfileBaseline,
        [PodSecurityCheckIds.Sysctls] = Sysctls,
        [PodSecurityCheckIds.WindowsHostProcess] = WindowsHostProcess,
        [PodSecurityCheckIds.RestrictedVolumes] = RestrictedVolumes,
        [PodSecurityCheckIds.AllowPrivilegeEscalation] = AllowPrivilegeEscalation,
        [PodSecurityCheckIds.RunAsNonRoot] = RunAsNonRoot,
        [PodSecurityCheckIds.RunAsUser] = RunAsUser,
        [PodSecurityCheckIds.SeccompProfileRestricted] = SeccompProfileRestricted,
        [PodSecurityCheckIds.CapabilitiesRestricted] = CapabilitiesRestricted,
        [PodSecurityCheckIds.ProcMountRestricted] = ProcMountRestricted,
    };

    public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.CreateRange(ByCheck.Values);

    /// <summary>The descriptor of a PSA check ID (<c>privileged</c> -> KSDK1002).</summary>
    public static DiagnosticDescriptor For(string checkId) => ByCheck[checkId];
}
