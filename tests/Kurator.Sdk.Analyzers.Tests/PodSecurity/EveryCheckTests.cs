using System.Collections.Generic;
using System.Threading.Tasks;
using Kurator.Sdk.Analyzers.PodSecurity;
using Kurator.Sdk.Analyzers.Tests.Verification;

namespace Kurator.Sdk.Analyzers.Tests.PodSecurity;

/// <summary>
/// One violating and one passing variant per Pod Security check, on a pod that is otherwise restricted-clean.
/// The verifier also checks each violation is silenced by #pragma and not reported in generated code.
/// </summary>
public class EveryCheckTests
{
    private const string Pod = Sources.Core + """
        class C
        {
            PodSpec M() => new PodSpec
            {
                @POD@
                SecurityContext = new() { @RNR@, @SECCOMP@ @POD_SC@ },
                Containers =
                [
                    new Container
                    {
                        Name = "app",
                        @CONTAINER@
                        SecurityContext = new() { @APE@, @DROP@ @CONTAINER_SC@ },
                    },
                ],
            };
        }
        """;

    private static readonly Dictionary<string, string> Defaults = new()
    {
        ["POD"] = string.Empty,
        ["RNR"] = "RunAsNonRoot = true",
        ["SECCOMP"] = "SeccompProfile = new() { Type = \"RuntimeDefault\" }",
        ["POD_SC"] = string.Empty,
        ["CONTAINER"] = string.Empty,
        ["APE"] = "AllowPrivilegeEscalation = false",
        ["DROP"] = "Capabilities = new() { Drop = [\"ALL\"] }",
        ["CONTAINER_SC"] = string.Empty,
    };

    public static TheoryData<string, string, string, string, string> Cases => new()
    {
        // rule, level, slot, violating value, passing value
        { "KSDK1001", "baseline", "POD", "{|KSDK1001:HostIPC = true|},", "HostIPC = false," },
        { "KSDK1002", "baseline", "CONTAINER_SC", ", {|KSDK1002:Privileged = true|}", ", Privileged = false" },
        { "KSDK1003", "baseline", "DROP", "Capabilities = new() { Add = [{|KSDK1003:\"SYS_ADMIN\"|}] }", "Capabilities = new() { Drop = [\"ALL\"], Add = [\"NET_BIND_SERVICE\"] }" },
        { "KSDK1004", "baseline", "POD", "Volumes = [new Volume { Name = \"v\", {|KSDK1004:HostPath = new()|} { Path = \"/\" } }],", "Volumes = [new Volume { Name = \"v\", EmptyDir = new() }]," },
        { "KSDK1005", "baseline", "CONTAINER", "Ports = [new ContainerPort { ContainerPortValue = 80, {|KSDK1005:HostPort = 80|} }],", "Ports = [new ContainerPort { ContainerPortValue = 80, HostPort = 0 }]," },
        { "KSDK1006", "baseline", "CONTAINER", "LivenessProbe = new() { HttpGet = new() { Port = 8080, {|KSDK1006:Host = \"10.0.0.1\"|} } },", "LivenessProbe = new() { HttpGet = new() { Port = 8080, Host = \"\" } }," },
        { "KSDK1007", "baseline", "CONTAINER_SC", ", AppArmorProfile = new() { {|KSDK1007:Type = \"Unconfined\"|} }", ", AppArmorProfile = new() { Type = \"RuntimeDefault\" }" },
        { "KSDK1008", "baseline", "CONTAINER_SC", ", SeLinuxOptions = new() { {|KSDK1008:Type = \"spc_t\"|} }", ", SeLinuxOptions = new() { Type = \"container_t\", Level = \"s0:c1\" }" },
        { "KSDK1009", "baseline", "CONTAINER_SC", ", {|KSDK1009:ProcMount = \"Unmasked\"|}", ", ProcMount = \"Default\"" },
        { "KSDK1010", "baseline", "SECCOMP", "SeccompProfile = new() { {|KSDK1010:Type = \"Unconfined\"|} }", "SeccompProfile = new() { Type = \"Localhost\", LocalhostProfile = \"p.json\" }" },
        { "KSDK1011", "baseline", "POD_SC", ", Sysctls = [new Sysctl { {|KSDK1011:Name = \"kernel.msgmax\"|}, Value = \"1\" }]", ", Sysctls = [new Sysctl { Name = \"net.ipv4.tcp_syncookies\", Value = \"1\" }]" },
        { "KSDK1012", "baseline", "CONTAINER_SC", ", WindowsOptions = new() { {|KSDK1012:HostProcess = true|} }", ", WindowsOptions = new() { HostProcess = false }" },
        { "KSDK1013", "restricted", "POD", "Volumes = [new Volume { Name = \"v\", {|KSDK1013:Nfs = new()|} { Server = \"s\", Path = \"/\" } }],", "Volumes = [new Volume { Name = \"v\", Secret = new() { SecretName = \"s\" } }]," },
        { "KSDK1014", "restricted", "APE", "{|KSDK1014:AllowPrivilegeEscalation = true|}", "AllowPrivilegeEscalation = false" },
        // A wrong pod-level value also leaves the container without one (two findings): RestrictedTests covers that;
        // here the container's own value is wrong, so the case has one finding.
        { "KSDK1015", "restricted", "CONTAINER_SC", ", {|KSDK1015:RunAsNonRoot = false|}", ", RunAsNonRoot = true" },
        { "KSDK1016", "restricted", "POD_SC", ", {|KSDK1016:RunAsUser = 0|}", ", RunAsUser = 1000" },
        { "KSDK1017", "restricted", "CONTAINER_SC", ", SeccompProfile = new() { {|KSDK1017:Type = \"Unconfined\"|} }", ", SeccompProfile = new() { Type = \"RuntimeDefault\" }" },
        { "KSDK1018", "restricted", "DROP", "Capabilities = new() { {|KSDK1018:Drop = [\"NET_RAW\"]|} }", "Capabilities = new() { Drop = [\"ALL\"], Add = [\"NET_BIND_SERVICE\"] }" },
        { "KSDK1019", "restricted", "CONTAINER_SC", ", {|KSDK1019:ProcMount = \"Unmasked\"|}", ", ProcMount = \"Default\"" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Violation_is_reported(string rule, string level, string slot, string violating, string passing)
    {
        Assert.Contains(rule, violating);
        Assert.DoesNotContain("{|", passing);
        await Verify.AnalyzerAsync<PodSecurityAnalyzer>(Fill(slot, violating), ("kurator_pod_security_level", level));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Allowed_value_passes_even_at_restricted(string rule, string level, string slot, string violating, string passing)
    {
        Assert.NotEmpty(rule + level + violating);
        await Verify.AnalyzerAsync<PodSecurityAnalyzer>(Fill(slot, passing), ("kurator_pod_security_level", "restricted"));
    }

    private static string Fill(string slot, string value)
    {
        var code = Pod;
        foreach (var (name, text) in Defaults)
        {
            code = code.Replace("@" + name + "@", name == slot ? value : text);
        }

        return code;
    }
}
