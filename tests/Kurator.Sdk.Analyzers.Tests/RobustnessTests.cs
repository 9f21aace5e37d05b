using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Kurator.Sdk.Analyzers.BestPractice;
using Kurator.Sdk.Analyzers.Kurator;
using Kurator.Sdk.Analyzers.PodSecurity;
using Kurator.Sdk.Analyzers.Schema;
using Kurator.Sdk.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kurator.Sdk.Analyzers.Tests;

/// <summary>Unusual but legal code must neither crash an analyzer (AD0001) nor produce guesses.</summary>
public class RobustnessTests
{
    [Fact]
    public async Task Odd_constructs_give_no_diagnostics_and_no_crash()
    {
        var compilation = TestCompilation.Create(new[]
        {
            Sources.Core + """
            using System.Linq;
            class C
            {
                static readonly List<Container> Shared = new();
                Pod? field = new Pod("f") { Spec = null };

                PodSpec M(bool flag, List<Volume> extra, Dictionary<string, string> labels)
                {
                    var spec = new PodSpec { Containers = [.. Shared, new Container { Name = "a" }] };
                    spec.Volumes = [.. extra];
                    spec.HostNetwork = flag ? true : false;
                    spec.NodeSelector = new Dictionary<string, string>(labels) { ["x"] = "y" };
                    spec.Containers = new List<Container>(4);
                    foreach (var c in spec.Containers)
                    {
                        c.SecurityContext ??= new SecurityContext();
                        c.SecurityContext.Privileged = c.Name == "root";
                    }

                    PodSpec Local() => spec;
                    var copy = Local();
                    copy = copy with { };
                    return spec.Containers.Count > 0 ? spec : new PodSpec { Containers = Shared.ToList() };
                }
            }
            """.Replace("copy = copy with { };", string.Empty),
        });
        DiagnosticAnalyzer[] analyzers = { new PodSecurityAnalyzer(), new SchemaLiteralAnalyzer(), new KuratorRulesAnalyzer(), new BestPracticeAnalyzer() };
        var diagnostics = await TestCompilation.AnalyzeAsync(compilation, analyzers.ToImmutableArray(), new System.Collections.Generic.Dictionary<string, string>
        {
            ["kurator_pod_security_level"] = "baseline",
        });
        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task Projects_without_the_sdk_cost_nothing_and_report_nothing()
    {
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            "Plain",
            new[] { Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("class Pod { public bool HostNetwork = true; }") },
            TestReferences.All.Where(r => r.Display?.Contains("Kurator") != true),
            new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(Microsoft.CodeAnalysis.OutputKind.DynamicallyLinkedLibrary));
        var diagnostics = await TestCompilation.AnalyzeAsync(compilation, ImmutableArray.Create<DiagnosticAnalyzer>(new PodSecurityAnalyzer()), new System.Collections.Generic.Dictionary<string, string>());
        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task Invalid_configuration_values_fall_back_to_the_defaults()
    {
        await Verify.AnalyzerAsync<PodSecurityAnalyzer>(
            Sources.Core + "class C { PodSpec M() => new PodSpec { {|KSDK1001:HostNetwork = true|}, Containers = [new Container { Name = \"a\" }] }; }",
            ("kurator_pod_security_level", "strictest"),
            ("kurator_pod_security_version", "2.0"));
    }
}
