using System.Collections.Generic;
using Kurator.Sdk.Policy.Rules;

namespace Kurator.Sdk.PolicyParity.Docs;

/// <summary>
/// The hand-written part of each KSDK10xx page, by PSA check ID: what the check looks at, why it matters, an example and
/// its fix. Everything else on the page (ID, title, level, when it runs, configuration) comes from the rule table.
/// <c>{id:checkId}</c> in the text stands for that check's diagnostic ID.
/// </summary>
internal static class RuleProse
{
    public static IReadOnlyDictionary<string, RuleText> ByCheck { get; } = new Dictionary<string, RuleText>
    {
        [PodSecurityCheckIds.HostNamespaces] = new(
            What: "`spec.hostNetwork`, `spec.hostPID`, `spec.hostIPC`: must be unset or `false`.",
            Why: "Sharing the node's network, process or IPC namespace lets a container see and reach everything on the node.",
            Example: "new PodSpec { HostNetwork = true, Containers = [new Container { Name = \"app\" }] }",
            Fixed: "new PodSpec { Containers = [new Container { Name = \"app\" }] }",
            Fix: "Remove the setting; expose the workload through a Service instead of the host network."),
        [PodSecurityCheckIds.Privileged] = new(
            What: "`securityContext.privileged` of every container (init, regular, ephemeral): must be unset or `false`.",
            Why: "A privileged container has every capability and all host devices: it is root on the node.",
            Example: "new Container { Name = \"app\", SecurityContext = new() { Privileged = true } }",
            Fixed: "new Container { Name = \"app\", SecurityContext = new() { Privileged = false } }",
            Fix: "Code fix *Remove Privileged = true*. Grant only the capability the process needs, if any."),
        [PodSecurityCheckIds.CapabilitiesBaseline] = new(
            What: "`securityContext.capabilities.add[*]` of every container: only AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE, SETFCAP, SETGID, SETPCAP, SETUID, SYS_CHROOT (exact, case-sensitive).",
            Why: "Capabilities beyond the container runtime's default set (SYS_ADMIN, NET_ADMIN, NET_RAW...) give kernel-level powers.",
            Example: "SecurityContext = new() { Capabilities = new() { Add = [\"NET_ADMIN\"] } }",
            Fixed: "SecurityContext = new() { Capabilities = new() { Add = [\"NET_BIND_SERVICE\"] } }",
            Fix: "Drop the capability; at restricted also drop ALL."),
        [PodSecurityCheckIds.HostPathVolumes] = new(
            What: "`spec.volumes[*].hostPath`: must be unset.",
            Why: "A hostPath volume mounts the node's file system into the pod: data leaks between workloads and container escapes.",
            Example: "new Volume { Name = \"model\", HostPath = new() { Path = \"/data/models\" } }",
            Fixed: "new Volume { Name = \"model\", PersistentVolumeClaim = new() { ClaimName = \"face-models\" } }",
            Fix: "Use a PersistentVolumeClaim, a ConfigMap/Secret, or an emptyDir; request devices through a device plugin resource."),
        [PodSecurityCheckIds.HostPorts] = new(
            What: "`ports[*].hostPort` of every container: must be unset or `0`.",
            Why: "Host ports bind the node's interfaces, bypass network policy and collide between pods.",
            Example: "Ports = [new ContainerPort { ContainerPortValue = 80, HostPort = 80 }]",
            Fixed: "Ports = [new ContainerPort { ContainerPortValue = 80 }]",
            Fix: "Remove `HostPort`; publish the port with a Service."),
        [PodSecurityCheckIds.HostProbesAndHostLifecycle] = new(
            What: "`host` of `httpGet`/`tcpSocket` in liveness, readiness and startup probes and postStart/preStop hooks (PSA 1.34+): must be unset or empty.",
            Why: "A probe or hook with a host makes the kubelet connect to an arbitrary address on the pod's behalf.",
            Example: "LivenessProbe = new() { HttpGet = new() { Port = 8080, Host = \"10.0.0.1\" } }",
            Fixed: "LivenessProbe = new() { HttpGet = new() { Port = 8080 } }",
            Fix: "Remove `Host`: probes go to the pod's own IP."),
        [PodSecurityCheckIds.AppArmorProfile] = new(
            What: "pod and container `securityContext.appArmorProfile.type`; the `container.apparmor.security.beta.kubernetes.io/*` pod annotations: type `RuntimeDefault` or `Localhost`; annotations `runtime/default` or `localhost/*`.",
            Why: "`Unconfined` turns off the AppArmor confinement the runtime applies by default.",
            Example: "SecurityContext = new() { AppArmorProfile = new() { Type = \"Unconfined\" } }",
            Fixed: "SecurityContext = new() { AppArmorProfile = new() { Type = \"RuntimeDefault\" } }",
            Fix: "Use `RuntimeDefault` or a `Localhost` profile."),
        [PodSecurityCheckIds.SeLinuxOptions] = new(
            What: "pod and container `securityContext.seLinuxOptions.type`, `.user`, `.role`: type empty, `container_t`, `container_init_t`, `container_kvm_t` (and `container_engine_t` from 1.31); user and role empty.",
            Why: "Custom SELinux types, users or roles can lift the container out of its SELinux sandbox.",
            Example: "SeLinuxOptions = new() { Type = \"spc_t\" }",
            Fixed: "SeLinuxOptions = new() { Level = \"s0:c123,c456\" }",
            Fix: "Set only `Level`, or one of the allowed types."),
        [PodSecurityCheckIds.ProcMount] = new(
            What: "`securityContext.procMount` of every container: unset or `Default` (from 1.35 any value when `hostUsers: false`).",
            Why: "An `Unmasked` /proc exposes kernel interfaces the runtime normally masks.",
            Example: "SecurityContext = new() { ProcMount = \"Unmasked\" }",
            Fixed: "SecurityContext = new() { ProcMount = \"Default\" }",
            Fix: "Remove the setting, or run the pod in a user namespace (`HostUsers = false`)."),
        [PodSecurityCheckIds.SeccompProfileBaseline] = new(
            What: "pod and container `securityContext.seccompProfile.type` (alpha annotations before 1.19): unset, `RuntimeDefault` or `Localhost`.",
            Why: "`Unconfined` turns syscall filtering off.",
            Example: "SeccompProfile = new() { Type = \"Unconfined\" }",
            Fixed: "SeccompProfile = new() { Type = \"RuntimeDefault\" }",
            Fix: "Use `RuntimeDefault`, or a `Localhost` profile."),
        [PodSecurityCheckIds.Sysctls] = new(
            What: "`spec.securityContext.sysctls[*].name`: the safe set of the chosen version (kernel.shm_rmid_forced, net.ipv4.ip_local_port_range, net.ipv4.tcp_syncookies, net.ipv4.ping_group_range, net.ipv4.ip_unprivileged_port_start; more from 1.27, 1.29, 1.32, 1.37).",
            Why: "Other sysctls are not namespaced or not safe: they change the node for every pod.",
            Example: "Sysctls = [new Sysctl { Name = \"kernel.msgmax\", Value = \"65536\" }]",
            Fixed: "Sysctls = [new Sysctl { Name = \"net.ipv4.tcp_syncookies\", Value = \"1\" }]",
            Fix: "Use only safe sysctls; tune the node instead."),
        [PodSecurityCheckIds.WindowsHostProcess] = new(
            What: "pod and container `securityContext.windowsOptions.hostProcess`: unset or `false`.",
            Why: "A Windows HostProcess container runs directly on the host with administrator rights.",
            Example: "WindowsOptions = new() { HostProcess = true }",
            Fixed: "WindowsOptions = new() { RunAsUserName = \"ContainerUser\" }",
            Fix: "Remove the setting."),
        [PodSecurityCheckIds.RestrictedVolumes] = new(
            What: "every `spec.volumes[*]` source (replaces {id:hostPathVolumes} at restricted): configMap, csi, downwardAPI, emptyDir, ephemeral, image, persistentVolumeClaim, projected, secret.",
            Why: "Other volume types (hostPath, nfs, iscsi, cephfs...) reach node or network storage directly, outside the cluster's access control.",
            Example: "new Volume { Name = \"data\", Nfs = new() { Server = \"nfs\", Path = \"/export\" } }",
            Fixed: "new Volume { Name = \"data\", PersistentVolumeClaim = new() { ClaimName = \"data\" } }",
            Fix: "Mount storage through a PersistentVolumeClaim."),
        [PodSecurityCheckIds.AllowPrivilegeEscalation] = new(
            What: "`securityContext.allowPrivilegeEscalation` of every container (from 1.8; Windows pods skip it from 1.25): must be set to `false`.",
            Why: "Without it a process can gain more privileges than its parent (setuid binaries).",
            Example: "new Container { Name = \"app\" }",
            Fixed: "new Container { Name = \"app\", SecurityContext = new() { AllowPrivilegeEscalation = false } }",
            Fix: "Code fix *Add the restricted securityContext*."),
        [PodSecurityCheckIds.RunAsNonRoot] = new(
            What: "pod or container `securityContext.runAsNonRoot` (containers inherit the pod value; from 1.35 relaxed when `hostUsers: false`): must be `true` for every container, explicitly or inherited.",
            Why: "A container running as UID 0 is root inside and, after an escape, on the node.",
            Example: "new PodSpec { Containers = [new Container { Name = \"app\" }] }",
            Fixed: "new PodSpec { SecurityContext = new() { RunAsNonRoot = true }, Containers = [new Container { Name = \"app\" }] }",
            Fix: "Code fix *Add the restricted securityContext*, or set it once on the pod."),
        [PodSecurityCheckIds.RunAsUser] = new(
            What: "pod and container `securityContext.runAsUser` (from 1.23; relaxed from 1.35 when `hostUsers: false`): must not be `0`.",
            Why: "`runAsUser: 0` is root whatever the image says.",
            Example: "SecurityContext = new() { RunAsUser = 0 }",
            Fixed: "SecurityContext = new() { RunAsUser = 10001 }",
            Fix: "Use a non-zero UID."),
        [PodSecurityCheckIds.SeccompProfileRestricted] = new(
            What: "pod or container `securityContext.seccompProfile.type` (from 1.19, replaces {id:seccompProfile_baseline}; Windows pods skip it from 1.25): must be `RuntimeDefault` or `Localhost`, set on the pod or on every container.",
            Why: "Restricted pods must filter syscalls; unset means Unconfined on many runtimes.",
            Example: "new PodSpec { Containers = [new Container { Name = \"app\" }] }",
            Fixed: "new PodSpec { SecurityContext = new() { SeccompProfile = new() { Type = \"RuntimeDefault\" } }, Containers = [new Container { Name = \"app\" }] }",
            Fix: "Code fix *Add the restricted securityContext*, or set it once on the pod."),
        [PodSecurityCheckIds.CapabilitiesRestricted] = new(
            What: "`securityContext.capabilities.drop` and `.add` of every container (from 1.22, replaces {id:capabilities_baseline}; Windows pods skip it from 1.25): `drop` must contain `ALL`; `add` may only hold `NET_BIND_SERVICE`.",
            Why: "Dropping everything and adding back only what is needed leaves the smallest kernel attack surface.",
            Example: "SecurityContext = new() { Capabilities = new() { Drop = [\"NET_RAW\"] } }",
            Fixed: "SecurityContext = new() { Capabilities = new() { Drop = [\"ALL\"], Add = [\"NET_BIND_SERVICE\"] } }",
            Fix: "Code fix *Add the restricted securityContext*."),
        [PodSecurityCheckIds.ProcMountRestricted] = new(
            What: "`securityContext.procMount` of every container (from 1.35, replaces {id:procMount}, no user-namespace relaxation): unset or `Default`.",
            Why: "At restricted an unmasked /proc is refused even in a user namespace.",
            Example: "SecurityContext = new() { ProcMount = \"Unmasked\" }",
            Fixed: "SecurityContext = new() { ProcMount = \"Default\" }",
            Fix: "Remove the setting."),
    };
}
