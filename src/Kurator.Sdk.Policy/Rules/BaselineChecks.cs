using static Kurator.Sdk.Policy.Rules.FieldRuleKind;
using static Kurator.Sdk.Policy.Rules.FieldScope;
using static Kurator.Sdk.Policy.Rules.PodSecurityCheckIds;
using static Kurator.Sdk.Policy.Rules.RuleFactory;

namespace Kurator.Sdk.Policy.Rules;

/// <summary>The 12 baseline checks (facts from the PSA <c>policy/check_*.go</c> tables).</summary>
internal static class BaselineChecks
{
    private const PodSecurityLevel Baseline = PodSecurityLevel.Baseline;

    // Capabilities a container runtime grants by default; adding any other is forbidden. Exact, case-sensitive.
    private static readonly string[] DefaultCapabilities = Values(
        "AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD", "NET_BIND_SERVICE",
        "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT");

    private static readonly string[] SeLinuxTypes_1_0 = Values("", "container_t", "container_init_t", "container_kvm_t");
    private static readonly string[] SeLinuxTypes_1_31 = Values("", "container_t", "container_init_t", "container_kvm_t", "container_engine_t");

    private static readonly string[] Sysctls_1_0 = Values(
        "kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range", "net.ipv4.tcp_syncookies",
        "net.ipv4.ping_group_range", "net.ipv4.ip_unprivileged_port_start");

    private static readonly string[] Sysctls_1_27 = [.. Sysctls_1_0, "net.ipv4.ip_local_reserved_ports"];

    private static readonly string[] Sysctls_1_29 = [.. Sysctls_1_27,
        "net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout", "net.ipv4.tcp_keepalive_intvl", "net.ipv4.tcp_keepalive_probes"];

    private static readonly string[] Sysctls_1_32 = [.. Sysctls_1_29, "net.ipv4.tcp_rmem", "net.ipv4.tcp_wmem"];

    private static readonly string[] Sysctls_1_37 = [.. Sysctls_1_32, "net.ipv4.tcp_slow_start_after_idle", "net.ipv4.tcp_notsent_lowat"];

    private static readonly string[] ValidSeccompTypes = Values("RuntimeDefault", "Localhost");
    private static readonly string[] ValidSeccompAnnotations = Values("runtime/default", "docker/default", "localhost/*");
    private static readonly string[] ValidAppArmorTypes = Values("RuntimeDefault", "Localhost");

    public static PodSecurityCheck[] All =>
    [
        Check(HostNamespaces, Baseline, "Host Namespaces", "host namespaces",
            Variant(V(0),
                Rule(PodSpec, "hostNetwork", AllowedValues, Values("false"), "hostNetwork={value}"),
                Rule(PodSpec, "hostPID", AllowedValues, Values("false"), "hostPID={value}"),
                Rule(PodSpec, "hostIPC", AllowedValues, Values("false"), "hostIPC={value}"))),

        Check(Privileged, Baseline, "Privileged Containers", "privileged",
            Variant(V(0),
                Rule(Container, "securityContext.privileged", AllowedValues, Values("false"),
                    "{subject} must not set securityContext.privileged=true"))),

        Check(CapabilitiesBaseline, Baseline, "Capabilities", "non-default capabilities",
            Variant(V(0),
                Rule(Container, "securityContext.capabilities.add[*]", AllowedValues, DefaultCapabilities,
                    "{subject} must not include \"{value}\" in securityContext.capabilities.add"))),

        Check(HostPathVolumes, Baseline, "HostPath Volumes", "hostPath volumes",
            Variant(V(0),
                Rule(Volume, "hostPath", MustBeUnset, Values(), "{subject} uses hostPath"))),

        Check(HostPorts, Baseline, "Host Ports", "hostPort",
            Variant(V(0),
                Rule(Container, "ports[*].hostPort", AllowedValues, Values("0"), "{subject} uses hostPort {value}"))),

        Check(HostProbesAndHostLifecycle, Baseline, "Host Probes / Lifecycle Hooks", "probe or lifecycle host",
            Variant(V(34),
                ProbeHost("livenessProbe.httpGet.host"),
                ProbeHost("livenessProbe.tcpSocket.host"),
                ProbeHost("readinessProbe.httpGet.host"),
                ProbeHost("readinessProbe.tcpSocket.host"),
                ProbeHost("startupProbe.httpGet.host"),
                ProbeHost("startupProbe.tcpSocket.host"),
                ProbeHost("lifecycle.postStart.httpGet.host"),
                ProbeHost("lifecycle.postStart.tcpSocket.host"),
                ProbeHost("lifecycle.preStop.httpGet.host"),
                ProbeHost("lifecycle.preStop.tcpSocket.host"))),

        Check(AppArmorProfile, Baseline, "AppArmor", "forbidden AppArmor profile",
            Variant(V(0),
            [
                Rule(PodMetadata, "annotations[\"container.apparmor.security.beta.kubernetes.io/*\"]", AllowedValues,
                    Values("", "runtime/default", "localhost/*"), "forbidden annotation {key}=\"{value}\""),
                .. PodAndContainers("appArmorProfile.type", AllowedValues, ValidAppArmorTypes,
                    "{subject} must not set AppArmor profile type to \"{value}\""),
            ])),

        Check(SeLinuxOptions, Baseline, "SELinux", "seLinuxOptions",
            Variant(V(0), SeLinux(SeLinuxTypes_1_0)),
            Variant(V(31), SeLinux(SeLinuxTypes_1_31))),

        Check(ProcMount, Baseline, "/proc Mount Type", "procMount",
            Variant(V(0), ProcMountDefault()),
            Variant(V(35), PodSecurityRelaxations.UserNamespacePods, [], ProcMountDefault())),

        Check(SeccompProfileBaseline, Baseline, "Seccomp", "seccompProfile",
            // Before 1.19 seccomp was configured by alpha annotations only.
            Variant(V(0),
                Rule(PodMetadata, "annotations[\"seccomp.security.alpha.kubernetes.io/pod\"]", AllowedValues,
                    ValidSeccompAnnotations, "forbidden annotation {key}=\"{value}\""),
                Rule(PodMetadata, "annotations[\"container.seccomp.security.alpha.kubernetes.io/{container}\"]", AllowedValues,
                    ValidSeccompAnnotations, "forbidden annotation {key}=\"{value}\"")),
            Variant(V(19), PodAndContainers("seccompProfile.type", AllowedValues, ValidSeccompTypes,
                "{subject} must not set securityContext.seccompProfile.type to \"{value}\""))),

        Check(Sysctls, Baseline, "Sysctls", "forbidden sysctls",
            Variant(V(0), SysctlRule(Sysctls_1_0)),
            Variant(V(27), SysctlRule(Sysctls_1_27)),
            Variant(V(29), SysctlRule(Sysctls_1_29)),
            Variant(V(32), SysctlRule(Sysctls_1_32)),
            Variant(V(37), SysctlRule(Sysctls_1_37))),

        Check(WindowsHostProcess, Baseline, "HostProcess", "hostProcess",
            Variant(V(0), PodAndContainers("windowsOptions.hostProcess", AllowedValues, Values("false"),
                "{subject} must not set securityContext.windowsOptions.hostProcess=true"))),
    ];

    private static PodSecurityFieldRule ProbeHost(string path) =>
        Rule(Container, path, AllowedValues, Values(""), "{subject} uses {field}=\"{value}\"");

    private static PodSecurityFieldRule[] SeLinux(string[] types) =>
    [
        .. PodAndContainers("seLinuxOptions.type", AllowedValues, types,
            "{subject} set forbidden securityContext.seLinuxOptions: type \"{value}\""),
        .. PodAndContainers("seLinuxOptions.user", AllowedValues, Values(""),
            "{subject} set forbidden securityContext.seLinuxOptions: user \"{value}\""),
        .. PodAndContainers("seLinuxOptions.role", AllowedValues, Values(""),
            "{subject} set forbidden securityContext.seLinuxOptions: role \"{value}\""),
    ];

    private static PodSecurityFieldRule ProcMountDefault() =>
        Rule(Container, "securityContext.procMount", AllowedValues, Values("Default"),
            "{subject} must not set securityContext.procMount to \"{value}\"");

    private static PodSecurityFieldRule SysctlRule(string[] allowed) =>
        Rule(PodSpec, "securityContext.sysctls[*].name", AllowedValues, allowed, "forbidden sysctl \"{value}\"");
}
