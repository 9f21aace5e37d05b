using System.Linq;
using System.Threading.Tasks;
using Kurator.Sdk.Analyzers.BestPractice;
using Kurator.Sdk.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;

namespace Kurator.Sdk.Analyzers.Tests.BestPractice;

public class BestPracticeTests
{
    [Fact]
    public async Task Untagged_and_latest_images_are_reported_as_info()
    {
        var diagnostics = await Verify.AnalyzerAsync<BestPracticeAnalyzer>(Sources.Core + """
            class C
            {
                PodSpec M() => new PodSpec
                {
                    Containers =
                    [
                        new Container { Name = "a", {|KSDK4001:Image = "nginx"|} },
                        new Container { Name = "b", {|KSDK4001:Image = "registry:5000/team/app:latest"|} },
                        new Container { Name = "c", Image = "registry:5000/team/app:1.4.2" },
                        new Container { Name = "d", Image = "nginx@sha256:0123456789abcdef" },
                    ],
                    InitContainers = [new Container().{|KSDK4001:WithImage("busybox")|}],
                };
            }
            """);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
        Assert.Equal("Image 'nginx' has no tag (pulls latest): pin a version tag or a digest", diagnostics[0].GetMessage());
    }

    [Fact]
    public async Task Resource_and_probe_rules_are_off_by_default()
    {
        await Verify.AnalyzerAsync<BestPracticeAnalyzer>(Sources.Core + """
            class C
            {
                PodSpec M() => new PodSpec { Containers = [new Container { Name = "a", Image = "nginx:1.25" }] };
            }
            """);
    }

    [Fact]
    public async Task Resources_rule_when_enabled_reports_containers_without_requests_or_limits()
    {
        await new AnalyzerVerifier<BestPracticeAnalyzer>()
            .WithSource(Sources.Core + """
                class C
                {
                    PodSpec M() => new PodSpec
                    {
                        Containers =
                        [
                            {|KSDK4002:new Container|} { Name = "a", Image = "nginx:1.25" },
                            new Container { Name = "b", Image = "nginx:1.25", Resources = new() { Requests = new() { ["cpu"] = "100m" } } },
                        ],
                    };
                }
                """)
            .WithSeverity("KSDK4002", ReportDiagnostic.Warn)
            .VerifyAsync();
    }

    [Fact]
    public async Task Probes_rule_when_enabled_skips_batch_workloads_and_init_containers()
    {
        var diagnostics = await new AnalyzerVerifier<BestPracticeAnalyzer>()
            .WithSource(Sources.Core + """
                using Kurator.Sdk.Kubernetes.Batch.V1;
                class C
                {
                    PodSpec Web() => new PodSpec
                    {
                        InitContainers = [new Container { Name = "init", Image = "busybox:1.36" }],
                        Containers =
                        [
                            {|KSDK4003:new Container|} { Name = "web", Image = "nginx:1.25" },
                            new Container { Name = "api", Image = "api:2.0", ReadinessProbe = new() { Exec = new() { Command = ["true"] } } },
                        ],
                    };

                    Job Batch() => new Job("once") { Spec = new() { Template = new() { Spec = new() { Containers = [new Container { Name = "run", Image = "tool:1.0" }] } } } };
                }
                """)
            .WithSeverity("KSDK4003", ReportDiagnostic.Info)
            .VerifyAsync();
        Assert.Equal("Container \"web\" has neither a livenessProbe nor a readinessProbe", diagnostics.Single().GetMessage());
    }
}
