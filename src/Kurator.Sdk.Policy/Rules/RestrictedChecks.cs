using static Kurator.Sdk.Policy.Rules.FieldRuleKind;
using static Kurator.Sdk.Policy.Rules.FieldScope;
using static Kurator.Sdk.Policy.Rules.PodSecurityCheckIds;
using static Kurator.Sdk.Policy.Rules.PodSecurityRelaxations;
using static Kurator.Sdk.Policy.Rules.RuleFactory;

namespace Kurator.Sdk.Policy.Rules;

/// <summary>The 7 restricted checks (facts from the PSA <c>policy/check_*.go</c> tables).</summary>
internal static class RestrictedChecks
{
    private const PodSecurityLevel Restricted = PodSecurityLevel.Restricted;

    // `image` volumes are allowed at every version (PSA changed this retroactively in 2025).
    private static readonly string[] AllowedVolumeSourceNames = Values(
        "configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "image", "persistentVolumeClaim", "projected", "secret");

    private static readonly string[] ValidSeccompTypes = Values("RuntimeDefault", "Localhost");

    public static PodSecurityCheck[] All =>
    [
        Check(RestrictedVolumes, Restricted, "Volume Types", "restricted volume types",
            Variant(V(0), None, [HostPathVolumes],
                Rule(Volume, "", AllowedVolumeSources, AllowedVolumeSourceNames, "{subject} uses restricted volume type \"{value}\""))),

        Check(AllowPrivilegeEscalation, Restricted, "Privilege Escalation", "allowPrivilegeEscalation != false",
            Variant(V(8), NoEscalation()),
            Variant(V(25), WindowsPods, [], NoEscalation())),

        Check(RunAsNonRoot, Restricted, "Running as Non-root", "runAsNonRoot != true",
            Variant(V(0), NonRoot()),
            Variant(V(35), UserNamespacePods, [], NonRoot())),

        Check(RunAsUser, Restricted, "Running as Non-root user", "runAsUser=0",
            Variant(V(23), NotRootUser()),
            Variant(V(35), UserNamespacePods, [], NotRootUser())),

        Check(SeccompProfileRestricted, Restricted, "Seccomp", "seccompProfile",
            Variant(V(19), None, [SeccompProfileBaseline], SeccompRequired()),
            Variant(V(25), WindowsPods, [SeccompProfileBaseline], SeccompRequired())),

        Check(CapabilitiesRestricted, Restricted, "Capabilities", "unrestricted capabilities",
            Variant(V(22), None, [CapabilitiesBaseline], DropAll()),
            Variant(V(25), WindowsPods, [CapabilitiesBaseline], DropAll())),

        Check(ProcMountRestricted, Restricted, "/proc Mount Type", "procMount",
            // Unlike the baseline check, no relaxation for user-namespace pods.
            Variant(V(35), None, [ProcMount],
                Rule(Container, "securityContext.procMount", AllowedValues, Values("Default"),
                    "{subject} must not set securityContext.procMount to \"{value}\""))),
    ];

    private static PodSecurityFieldRule[] NoEscalation() =>
    [
        Rule(Container, "securityContext.allowPrivilegeEscalation", RequiredValue, Values("false"),
            "{subject} must set securityContext.allowPrivilegeEscalation=false"),
    ];

    private static PodSecurityFieldRule[] NonRoot() =>
    [
        Rule(Container, "securityContext.runAsNonRoot", RequiredOnPodOrContainer, Values("true"),
            "{subject} must not set securityContext.runAsNonRoot={value}",
            "pod or {subject} must set securityContext.runAsNonRoot=true",
            podPath: "securityContext.runAsNonRoot"),
    ];

    private static PodSecurityFieldRule[] NotRootUser() =>
        PodAndContainers("runAsUser", ForbiddenValues, Values("0"), "{subject} must not set runAsUser=0");

    private static PodSecurityFieldRule[] SeccompRequired() =>
    [
        Rule(Container, "securityContext.seccompProfile.type", RequiredOnPodOrContainer, ValidSeccompTypes,
            "{subject} must not set securityContext.seccompProfile.type to \"{value}\"",
            "pod or {subject} must set securityContext.seccompProfile.type to \"RuntimeDefault\" or \"Localhost\"",
            podPath: "securityContext.seccompProfile.type"),
    ];

    private static PodSecurityFieldRule[] DropAll() =>
    [
        Rule(Container, "securityContext.capabilities.drop", MustContain, Values("ALL"),
            "{subject} must set securityContext.capabilities.drop=[\"ALL\"]"),
        Rule(Container, "securityContext.capabilities.add[*]", AllowedValues, Values("NET_BIND_SERVICE"),
            "{subject} must not include \"{value}\" in securityContext.capabilities.add"),
    ];
}
