using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Kurator.Sdk.Analyzers.ApiVersions;
using Kurator.Sdk.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kurator.Sdk.Analyzers.Tests.ApiVersions;

/// <summary>
/// KSDK6002 (as Info) at the writes of a Kurator Application's fields from which its controller creates Flux objects in
/// versions the referenced Flux family (v2.9) does not serve.
/// </summary>
public class ApplicationFieldTests
{
    private const string GitMessage = "Kurator's Application controller creates a source.toolkit.fluxcd.io/v1beta2 GitRepository from this field, which is not served by source-controller v1.9.1 (Flux v2.9.0), which serves v1; define a source.toolkit.fluxcd.io/v1 GitRepository (and the Kustomization or HelmRelease that uses it) directly";
    private const string KustomizationMessage = "Kurator's Application controller creates a kustomize.toolkit.fluxcd.io/v1beta2 Kustomization for each member cluster from this field, which is not served by kustomize-controller v1.9.4 (Flux v2.9.3/v2.9.4), which serves v1; define a kustomize.toolkit.fluxcd.io/v1 Kustomization for each member cluster (spec.kubeConfig.secretRef names its kubeconfig) directly";

    private const string Quickstart = """
        using Kurator.Sdk.Kurator.Apps.V1Alpha1;

        class C
        {
            Application M() => new Application("podinfo", "default")
            {
                Spec = new()
                {
                    Source = new() { GitRepository = new() { Interval = "3m0s", Url = "https://github.com/stefanprodan/podinfo" } },
                    SyncPolicies = [new() { Destination = new() { Fleet = "quickstart" }, Kustomization = new() { Interval = "5m0s", Path = "./deploy", Prune = true } }],
                },
            };
        }
        """;

    [Fact]
    public async Task The_fields_are_reported_as_info_at_their_writes_without_the_initializer_with_the_check_message()
    {
        var diagnostics = await Verify.AnalyzerAsync<ApiVersionAnalyzer>("""
            using Kurator.Sdk.Kurator.Apps.V1Alpha1;

            class C
            {
                Application M() => new Application("podinfo", "default")
                {
                    Spec = new()
                    {
                        Source = new() { {|KSDK6002:GitRepository = new()|} { Interval = "3m0s", Url = "https://github.com/stefanprodan/podinfo" } },
                        SyncPolicies =
                        [
                            new() { Destination = new() { Fleet = "quickstart" }, {|KSDK6002:Kustomization = new()|} { Interval = "5m0s", Path = "./deploy", Prune = true } },
                        ],
                    },
                };

                ApplicationSpecSyncPolicy Helm() => new() { {|KSDK6002:Helm = new()|} { Interval = "5m", Chart = new() { Spec = new() { Chart = "podinfo" } } } };

                ApplicationSpecSource Oci() => new() { {|KSDK6002:OciRepository = new()|} { Interval = "5m", Url = "oci://ghcr.io/stefanprodan/manifests/podinfo" } };
            }
            """);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
        Assert.Equal(GitMessage, diagnostics[0].GetMessage());
        Assert.Equal(KustomizationMessage, diagnostics[1].GetMessage());
        Assert.StartsWith("Kurator's Application controller creates a helm.toolkit.fluxcd.io/v2beta1 HelmRelease for each member cluster", diagnostics[2].GetMessage());
        Assert.StartsWith("Kurator's Application controller creates a source.toolkit.fluxcd.io/v1beta2 OCIRepository from this field", diagnostics[3].GetMessage());
    }

    [Fact]
    public async Task An_application_without_those_fields_or_with_them_null_is_not_reported()
    {
        await Verify.AnalyzerAsync<ApiVersionAnalyzer>("""
            using Kurator.Sdk.Kurator.Apps.V1Alpha1;

            class C
            {
                Application M() => new Application("podinfo", "default")
                {
                    Spec = new()
                    {
                        Source = new() { GitRepository = null },
                        SyncPolicies = [new() { Destination = new() { Fleet = "quickstart" } }],
                    },
                };
            }
            """);
    }

    [Fact]
    public async Task A_project_can_raise_it_to_a_warning()
    {
        var diagnostics = await new AnalyzerVerifier<ApiVersionAnalyzer>()
            .WithSource(Quickstart
                .Replace("{ GitRepository = new()", "{ {|KSDK6002:GitRepository = new()|}", System.StringComparison.Ordinal)
                .Replace("Kustomization = new()", "{|KSDK6002:Kustomization = new()|}", System.StringComparison.Ordinal))
            .WithSeverity("KSDK6002", ReportDiagnostic.Warn)
            .VerifyAsync();
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
    }

    [Fact]
    public async Task Without_the_flux_family_there_are_no_served_facts_and_nothing_is_reported()
    {
        var tree = CSharpSyntaxTree.ParseText(Quickstart, TestCompilation.ParseOptions, path: "/src/Test0.cs");
        var references = TestReferences.All.Where(r => r.Display?.EndsWith("Kurator.Sdk.Flux.dll", System.StringComparison.Ordinal) != true).ToList();
        Assert.Equal(TestReferences.All.Count - 1, references.Count);
        var compilation = CSharpCompilation.Create("NoFlux", [tree], references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var diagnostics = await TestCompilation.AnalyzeAsync(compilation, ImmutableArray.Create<DiagnosticAnalyzer>(new ApiVersionAnalyzer()), ImmutableDictionary<string, string>.Empty);
        Assert.Empty(diagnostics);
    }
}
