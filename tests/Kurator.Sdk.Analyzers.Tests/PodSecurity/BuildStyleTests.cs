using System.Threading.Tasks;
using Kurator.Sdk.Analyzers.PodSecurity;
using Kurator.Sdk.Analyzers.Tests.Verification;

namespace Kurator.Sdk.Analyzers.Tests.PodSecurity;

/// <summary>The same violations found however the objects are built.</summary>
public class BuildStyleTests
{
    [Fact]
    public async Task Fluent_builders_and_their_lambdas_are_followed()
    {
        await Verify.AnalyzerAsync<PodSecurityAnalyzer>(Sources.Core + """
            class C
            {
                Pod M() => new Pod("web").WithSpec(s => s
                    .{|KSDK1001:WithHostNetwork(true)|}
                    .AddContainer(c => c.WithName("app").WithSecurityContext(sc => sc.{|KSDK1002:WithPrivileged(true)|}))
                    .AddVolume(v => v.WithName("data").{|KSDK1004:WithHostPath|}(h => h.WithPath("/data"))));
            }
            """);
    }

    [Fact]
    public async Task Later_assignments_to_the_same_local_are_followed()
    {
        await Verify.AnalyzerAsync<PodSecurityAnalyzer>(Sources.Core + """
            class C
            {
                Pod M()
                {
                    var pod = new Pod("web") { Spec = new PodSpec { Containers = [] } };
                    var container = new Container { Name = "app", SecurityContext = new() };
                    pod.Spec.Containers.Add(container);
                    {|KSDK1001:pod.Spec.HostPID = true|};
                    {|KSDK1002:container.SecurityContext.Privileged = true|};
                    return pod;
                }
            }
            """);
    }

    [Fact]
    public async Task Writes_through_parameters_are_judged_without_the_rest_of_the_pod()
    {
        // The deployment comes from elsewhere: the forbidden value is certain, missing settings are not.
        await Verify.AnalyzerAsync<PodSecurityAnalyzer>(Sources.Core + """
            class C
            {
                void M(Deployment d)
                {
                    {|KSDK1001:d.Spec!.Template!.Spec!.HostNetwork = true|};
                }
            }
            """, ("kurator_pod_security_level", "restricted"));
    }

    [Fact]
    public async Task Helpers_returning_parts_of_a_pod_are_judged_on_their_own()
    {
        await Verify.AnalyzerAsync<PodSecurityAnalyzer>(Sources.Core + """
            class C
            {
                static Container Sidecar() => new Container
                {
                    Name = "sidecar",
                    Ports = [new ContainerPort { ContainerPortValue = 80, {|KSDK1005:HostPort = 8080|} }],
                    SecurityContext = new() { Capabilities = new() { Add = [{|KSDK1003:"NET_ADMIN"|}, "CHOWN"] } },
                };
            }
            """);
    }

    [Fact]
    public async Task Collection_initializers_and_target_typed_new_are_followed()
    {
        await Verify.AnalyzerAsync<PodSecurityAnalyzer>(Sources.Core + """
            class C
            {
                PodSpec M() => new()
                {
                    Containers = new List<Container>
                    {
                        new() { Name = "a" },
                        new() { Name = "b", SecurityContext = new() { {|KSDK1009:ProcMount = "Unmasked"|} } },
                    },
                    SecurityContext = new() { Sysctls = [new Sysctl { {|KSDK1011:Name = "kernel.msgmax"|}, Value = "1" }] },
                };
            }
            """);
    }

    [Fact]
    public async Task Pod_specs_inside_cronjobs_and_volcano_jobs_are_found()
    {
        await Verify.AnalyzerAsync<PodSecurityAnalyzer>(Sources.Core + """
            using Kurator.Sdk.Kubernetes.Batch.V1;
            using VolcanoJob = Kurator.Sdk.Volcano.Batch.V1Alpha1.Job;
            class C
            {
                CronJob Cron() => new CronJob("nightly")
                {
                    Spec = new() { Schedule = "0 1 * * *", JobTemplate = new() { Spec = new() { Template = new() { Spec = new() { Containers = [], {|KSDK1001:HostIPC = true|} } } } } },
                };

                VolcanoJob Training() => new VolcanoJob("train")
                {
                    Spec = new()
                    {
                        Tasks = [new() { Name = "worker", Template = new() { Spec = new() { Containers = [new Container { Name = "w", SecurityContext = new() { {|KSDK1002:Privileged = true|} } }] } } }],
                    },
                };
            }
            """);
    }

    [Fact]
    public async Task Annotations_on_the_pod_template_are_checked()
    {
        await Verify.AnalyzerAsync<PodSecurityAnalyzer>(Sources.Core + """
            class C
            {
                PodTemplateSpec M() => new PodTemplateSpec
                {
                    Metadata = new ObjectMeta { Annotations = new() { {|KSDK1007:["container.apparmor.security.beta.kubernetes.io/app"] = "unconfined"|} } },
                    Spec = new PodSpec { Containers = [new Container { Name = "app" }] },
                };
            }
            """);
    }
}
