using System.Threading.Tasks;
using Kurator.Sdk.Analyzers.PodSecurity;
using Kurator.Sdk.Analyzers.Tests.Verification;

namespace Kurator.Sdk.Analyzers.Tests.PodSecurity;

public class RestrictedTests
{
    private static readonly (string, string) Restricted = ("kurator_pod_security_level", "restricted");

    [Fact]
    public async Task Container_without_security_context_misses_every_required_setting()
    {
        var diagnostics = await Verify.AnalyzerAsync<PodSecurityAnalyzer>(Sources.Core + """
            class C
            {
                PodSpec M() => new PodSpec
                {
                    Containers = [{|KSDK1014:{|KSDK1015:{|KSDK1017:{|KSDK1018:new Container|}|}|}|} { Name = "app" }],
                };
            }
            """, Restricted);
        Assert.Contains(diagnostics, d => d.GetMessage() == "Pod Security restricted: runAsNonRoot != true (pod or container \"app\" must set securityContext.runAsNonRoot=true)");
    }

    [Fact]
    public async Task Hardened_container_passes()
    {
        await Verify.AnalyzerAsync<PodSecurityAnalyzer>(Sources.Core + """
            class C
            {
                PodSpec M() => new PodSpec
                {
                    Containers =
                    [
                        new Container
                        {
                            Name = "app",
                            SecurityContext = new()
                            {
                                RunAsNonRoot = true,
                                AllowPrivilegeEscalation = false,
                                SeccompProfile = new() { Type = "RuntimeDefault" },
                                Capabilities = new() { Drop = ["ALL"], Add = ["NET_BIND_SERVICE"] },
                            },
                        },
                    ],
                };
            }
            """, Restricted);
    }

    [Fact]
    public async Task Pod_level_settings_are_inherited_by_containers()
    {
        await Verify.AnalyzerAsync<PodSecurityAnalyzer>(Sources.Core + """
            class C
            {
                PodSpec M() => new PodSpec
                {
                    SecurityContext = new() { RunAsNonRoot = true, SeccompProfile = new() { Type = "Localhost", LocalhostProfile = "p.json" } },
                    Containers = [{|KSDK1014:{|KSDK1018:new Container|}|} { Name = "app" }],
                };
            }
            """, Restricted);
    }

    [Fact]
    public async Task Explicit_wrong_values_are_reported_where_they_are_set()
    {
        // A wrong pod-level value covers no container, so a container that sets nothing also misses it (as PSA and
        // kurator-sdk check report it: the one evaluator).
        await Verify.AnalyzerAsync<PodSecurityAnalyzer>(Sources.Core + """
            class C
            {
                PodSpec M() => new PodSpec
                {
                    SecurityContext = new() { {|KSDK1015:RunAsNonRoot = false|}, {|KSDK1016:RunAsUser = 0|}, SeccompProfile = new() { {|KSDK1017:Type = "Unconfined"|} } },
                    Containers =
                    [
                        {|KSDK1015:{|KSDK1017:new Container|}|}
                        {
                            Name = "app",
                            SecurityContext = new()
                            {
                                {|KSDK1014:AllowPrivilegeEscalation = true|},
                                Capabilities = new() { {|KSDK1018:Drop = ["NET_RAW"]|}, Add = [{|KSDK1018:"SYS_ADMIN"|}] },
                            },
                        },
                    ],
                };
            }
            """, Restricted);
    }

    [Fact]
    public async Task Restricted_volume_types_replace_the_hostPath_check()
    {
        await Verify.AnalyzerAsync<PodSecurityAnalyzer>(Sources.Core + """
            class C
            {
                PodSpec M() => new PodSpec
                {
                    Containers = [],
                    Volumes =
                    [
                        new Volume { Name = "a", {|KSDK1013:HostPath = new()|} { Path = "/a" } },
                        new Volume { Name = "b", {|KSDK1013:Nfs = new()|} { Server = "nfs", Path = "/b" } },
                        new Volume { Name = "c", ConfigMap = new() { Name = "cm" } },
                        new Volume { Name = "d", EmptyDir = new() },
                    ],
                };
            }
            """, Restricted);
    }

    // The same pod as the runtime's VolumeTests: every forbidden source is reported, even beside an allowed one.
    [Fact]
    public async Task A_volume_with_an_allowed_and_forbidden_sources_is_flagged_at_each_forbidden_source()
    {
        var diagnostics = await Verify.AnalyzerAsync<PodSecurityAnalyzer>(Sources.Core + """
            class C
            {
                PodSpec M() => new PodSpec
                {
                    Containers = [],
                    Volumes =
                    [
                        new Volume
                        {
                            Name = "mixed",
                            ConfigMap = new() { Name = "c" },
                            {|KSDK1013:HostPath = new()|} { Path = "/data" },
                            {|KSDK1013:Nfs = new()|} { Server = "s", Path = "/x" },
                        },
                    ],
                };
            }
            """, Restricted);
        Assert.Contains(diagnostics, d => d.GetMessage() == "Pod Security restricted: restricted volume types (volume \"mixed\" uses restricted volume type \"nfs\")");
    }

    [Fact]
    public async Task Windows_pods_skip_the_linux_only_checks()
    {
        await Verify.AnalyzerAsync<PodSecurityAnalyzer>(Sources.Core + """
            class C
            {
                PodSpec M() => new PodSpec
                {
                    Os = new() { Name = "windows" },
                    Containers = [{|KSDK1015:new Container|} { Name = "app" }],
                };
            }
            """, Restricted);
    }

    [Fact]
    public async Task User_namespace_pods_relax_run_as_checks_from_1_35_only()
    {
        const string code = Sources.Core + """
            class C
            {
                PodSpec M() => new PodSpec
                {
                    HostUsers = false,
                    SecurityContext = new() { SeccompProfile = new() { Type = "RuntimeDefault" } },
                    Containers = [MARK { Name = "app", SecurityContext = new() { AllowPrivilegeEscalation = false, Capabilities = new() { Drop = ["ALL"] } } }],
                };
            }
            """;
        await Verify.AnalyzerAsync<PodSecurityAnalyzer>(code.Replace("MARK", "new Container"), Restricted);
        await Verify.AnalyzerAsync<PodSecurityAnalyzer>(code.Replace("MARK", "{|KSDK1015:new Container|}"), Restricted, ("kurator_pod_security_version", "v1.34"));
    }

    [Fact]
    public async Task Version_gates_follow_psa()
    {
        // capabilities_restricted exists from 1.22, seccompProfile_restricted from 1.19, allowPrivilegeEscalation from 1.8.
        await Verify.AnalyzerAsync<PodSecurityAnalyzer>(Sources.Core + """
            class C
            {
                PodSpec M() => new PodSpec { Containers = [{|KSDK1014:{|KSDK1015:{|KSDK1017:new Container|}|}|} { Name = "app" }] };
            }
            """, Restricted, ("kurator_pod_security_version", "v1.21"));
    }

    [Fact]
    public async Task Values_computed_at_run_time_are_not_guessed()
    {
        await Verify.AnalyzerAsync<PodSecurityAnalyzer>(Sources.Core + """
            class C
            {
                static SecurityContext Hardened() => new SecurityContext();
                PodSpec M(bool flag) => new PodSpec
                {
                    HostNetwork = flag,
                    Containers = [new Container { Name = "app", SecurityContext = Hardened() }],
                };
            }
            """, Restricted);
    }

    [Fact]
    public async Task Objects_handed_to_a_project_helper_are_not_judged_for_missing_settings()
    {
        // Harden may set the securityContext: forbidden values are still certain, absences are not.
        await Verify.AnalyzerAsync<PodSecurityAnalyzer>(Sources.Core + """
            class C
            {
                static void Harden(Container container) => container.SecurityContext = new() { RunAsNonRoot = true };

                PodSpec M()
                {
                    var app = new Container { Name = "app", Ports = [new ContainerPort { ContainerPortValue = 80, {|KSDK1005:HostPort = 80|} }] };
                    Harden(app);
                    return new PodSpec { Containers = [app, {|KSDK1014:{|KSDK1015:{|KSDK1017:{|KSDK1018:new Container|}|}|}|} { Name = "other" }] };
                }
            }
            """, Restricted);
    }
}
