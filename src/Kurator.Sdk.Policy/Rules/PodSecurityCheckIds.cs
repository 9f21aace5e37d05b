namespace Kurator.Sdk.Policy.Rules;

/// <summary>The 19 Pod Security Admission check IDs, spelled exactly as PSA spells them.</summary>
public static class PodSecurityCheckIds
{
    /// <summary>Baseline: host namespaces (<c>hostNetwork</c>, <c>hostPID</c>, <c>hostIPC</c>).</summary>
    public const string HostNamespaces = "hostNamespaces";

    /// <summary>Baseline: privileged containers.</summary>
    public const string Privileged = "privileged";

    /// <summary>Baseline: capabilities beyond the default set.</summary>
    public const string CapabilitiesBaseline = "capabilities_baseline";

    /// <summary>Baseline: hostPath volumes.</summary>
    public const string HostPathVolumes = "hostPathVolumes";

    /// <summary>Baseline: host ports.</summary>
    public const string HostPorts = "hostPorts";

    /// <summary>Baseline (1.34+): probe and lifecycle handler hosts.</summary>
    public const string HostProbesAndHostLifecycle = "hostProbesAndHostLifecycle";

    /// <summary>Baseline: AppArmor profiles.</summary>
    public const string AppArmorProfile = "appArmorProfile";

    /// <summary>Baseline: SELinux options.</summary>
    public const string SeLinuxOptions = "seLinuxOptions";

    /// <summary>Baseline: /proc mount type.</summary>
    public const string ProcMount = "procMount";

    /// <summary>Baseline: seccomp profile must not be Unconfined.</summary>
    public const string SeccompProfileBaseline = "seccompProfile_baseline";

    /// <summary>Baseline: sysctls outside the safe set.</summary>
    public const string Sysctls = "sysctls";

    /// <summary>Baseline: Windows HostProcess containers.</summary>
    public const string WindowsHostProcess = "windowsHostProcess";

    /// <summary>Restricted: volume types (replaces <see cref="HostPathVolumes"/>).</summary>
    public const string RestrictedVolumes = "restrictedVolumes";

    /// <summary>Restricted (1.8+): privilege escalation must be disabled.</summary>
    public const string AllowPrivilegeEscalation = "allowPrivilegeEscalation";

    /// <summary>Restricted: containers must run as non-root.</summary>
    public const string RunAsNonRoot = "runAsNonRoot";

    /// <summary>Restricted (1.23+): containers must not run as UID 0.</summary>
    public const string RunAsUser = "runAsUser";

    /// <summary>Restricted (1.19+): a seccomp profile must be set (replaces <see cref="SeccompProfileBaseline"/>).</summary>
    public const string SeccompProfileRestricted = "seccompProfile_restricted";

    /// <summary>Restricted (1.22+): drop ALL capabilities (replaces <see cref="CapabilitiesBaseline"/>).</summary>
    public const string CapabilitiesRestricted = "capabilities_restricted";

    /// <summary>Restricted (1.35+): /proc mount type even for user-namespace pods (replaces <see cref="ProcMount"/>).</summary>
    public const string ProcMountRestricted = "procMount_restricted";
}
