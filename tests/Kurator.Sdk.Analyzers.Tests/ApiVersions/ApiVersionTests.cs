using System.Threading.Tasks;
using Kurator.Sdk.Analyzers.ApiVersions;
using Kurator.Sdk.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;

namespace Kurator.Sdk.Analyzers.Tests.ApiVersions;

public class ApiVersionTests
{
    // Kinds as the generator writes them for CRDs a project brings: an old Flux GitRepository (v1beta2), a deprecated
    // Cluster API version and a kind of the project's own group. Only the attributes matter to the rules.
    private const string ProjectKinds = """
        namespace Acme.Source.V1Beta2
        {
            [Kurator.Sdk.KubeKind("source.toolkit.fluxcd.io", "v1beta2", "GitRepository", "gitrepositories", true)]
            public sealed class GitRepository
            {
                public GitRepository() { }
                public GitRepository(string name, string ns) { }
            }
        }

        namespace Acme.Cluster.V1Beta1
        {
            [Kurator.Sdk.KubeKind("cluster.x-k8s.io", "v1beta1", "Cluster", "clusters", true)]
            [Kurator.Sdk.KubeDeprecatedVersion("v1beta2", ServedBy = "Cluster API v1.14.0")]
            public sealed class Cluster
            {
                public Cluster(string name) { }
                public string? Name { get; set; }
            }
        }

        namespace Acme.Widgets.V1Alpha1
        {
            [Kurator.Sdk.KubeKind("widgets.acme.io", "v1alpha1", "Widget", "widgets", true)]
            [Kurator.Sdk.KubeDeprecatedVersion(null, Warning = "widgets are going away")]
            public sealed class Widget { }

            [Kurator.Sdk.KubeKind("widgets.acme.io", "v1", "Gadget", "gadgets", true)]
            public sealed class Gadget { }
        }

        """;

    [Fact]
    public async Task A_flux_version_flux_v2_9_does_not_serve_is_reported_naming_the_version_to_move_to()
    {
        var diagnostics = await Verify.AnalyzerAsync<ApiVersionAnalyzer>(ProjectKinds + """
            class C
            {
                object Explicit() => {|KSDK6002:new Acme.Source.V1Beta2.GitRepository("podinfo", "flux-system")|};
                Acme.Source.V1Beta2.GitRepository TargetTyped() => {|KSDK6002:new()|};
            }
            """);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostics[0].Severity);
        Assert.Equal(
            "source.toolkit.fluxcd.io/v1beta2 GitRepository is not served by source-controller v1.9.1 (Flux v2.9.0), which serves v1; move to source.toolkit.fluxcd.io/v1",
            diagnostics[0].GetMessage());
    }

    [Fact]
    public async Task The_shipped_flux_version_and_kinds_no_family_declares_are_not_reported()
    {
        await Verify.AnalyzerAsync<ApiVersionAnalyzer>(ProjectKinds + """
            class C
            {
                object Shipped() => new Kurator.Sdk.Flux.Source.V1.GitRepository("podinfo", "flux-system");
                object Own() => new Acme.Widgets.V1Alpha1.Gadget();
                object Pod() => new Kurator.Sdk.Kubernetes.Core.V1.Pod("web", "default");
            }
            """);
    }

    [Fact]
    public async Task A_deprecated_version_is_reported_at_the_creation_without_its_initializer()
    {
        var diagnostics = await Verify.AnalyzerAsync<ApiVersionAnalyzer>(ProjectKinds + """
            class C
            {
                object M() => {|KSDK6001:new Acme.Cluster.V1Beta1.Cluster("edge")|} { Name = "edge" };
                object N() => {|KSDK6001:new Acme.Widgets.V1Alpha1.Widget()|};
            }
            """);
        Assert.Equal("cluster.x-k8s.io/v1beta1 Cluster is deprecated in Cluster API v1.14.0; move to cluster.x-k8s.io/v1beta2", diagnostics[0].GetMessage());
        Assert.Equal("widgets.acme.io/v1alpha1 Widget is deprecated (\"widgets are going away\")", diagnostics[1].GetMessage());
    }

    [Fact]
    public async Task The_severity_is_the_projects_to_choose()
    {
        var diagnostics = await new AnalyzerVerifier<ApiVersionAnalyzer>()
            .WithSource(ProjectKinds + """
                class C
                {
                    object M() => {|KSDK6001:new Acme.Cluster.V1Beta1.Cluster("edge")|};
                    object N() => new Acme.Source.V1Beta2.GitRepository();
                }
                """)
            .WithSeverity("KSDK6001", ReportDiagnostic.Error)
            .WithSeverity("KSDK6002", ReportDiagnostic.Suppress)
            .VerifyAsync();
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(diagnostics).Severity);
    }
}
