using System.Threading.Tasks;
using Kurator.Sdk.Analyzers.PodSecurity;
using Kurator.Sdk.Analyzers.Tests.Verification;

namespace Kurator.Sdk.Analyzers.Tests.PodSecurity;

public class BaselineInitializerTests
{
    [Fact]
    public async Task Privileged_container_in_object_initializer_is_reported_at_the_member()
    {
        var diagnostics = await Verify.AnalyzerAsync<PodSecurityAnalyzer>(Sources.Core + """
            class C
            {
                Pod M() => new Pod("web")
                {
                    Spec = new PodSpec
                    {
                        Containers = [new Container { Name = "app", Image = "nginx:1.25", SecurityContext = new() { {|KSDK1002:Privileged = true|} } }],
                    },
                };
            }
            """);
        Assert.Equal("Pod Security baseline: privileged (container \"app\" must not set securityContext.privileged=true)", diagnostics[0].GetMessage());
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, diagnostics[0].Severity);
    }

    [Fact]
    public async Task Privileged_false_and_plain_pods_are_not_reported()
    {
        await Verify.AnalyzerAsync<PodSecurityAnalyzer>(Sources.Core + """
            class C
            {
                Pod M() => new Pod("web")
                {
                    Spec = new PodSpec
                    {
                        Containers = [new Container { Name = "app", Image = "nginx:1.25", SecurityContext = new() { Privileged = false } }],
                        Volumes = [new Volume { Name = "cache", EmptyDir = new() }],
                    },
                };
            }
            """);
    }

    [Fact]
    public async Task Host_namespaces_in_a_deployment_template_are_reported()
    {
        await Verify.AnalyzerAsync<PodSecurityAnalyzer>(Sources.Core + """
            class C
            {
                Deployment M() => new Deployment("web")
                {
                    Spec = new DeploymentSpec
                    {
                        Selector = new LabelSelector(),
                        Template = new PodTemplateSpec
                        {
                            Spec = new PodSpec
                            {
                                {|KSDK1001:HostNetwork = true|},
                                {|KSDK1001:HostPID = true|},
                                HostIPC = false,
                                Containers = new List<Container> { new() { Name = "app" } },
                            },
                        },
                    },
                };
            }
            """);
    }

    [Fact]
    public async Task HostPath_volume_is_reported_at_the_volume_source()
    {
        await Verify.AnalyzerAsync<PodSecurityAnalyzer>(Sources.Core + """
            class C
            {
                PodSpec M() => new PodSpec
                {
                    Containers = [new Container { Name = "app" }],
                    Volumes = [new Volume { Name = "data", {|KSDK1004:HostPath = new()|} { Path = "/data" } }],
                };
            }
            """);
    }
}
