using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Kurator.Sdk.Analyzers.BestPractice;
using Kurator.Sdk.Analyzers.Kurator;
using Kurator.Sdk.Analyzers.Kyverno;
using Kurator.Sdk.Analyzers.Overrides;
using Kurator.Sdk.Analyzers.PodSecurity;
using Kurator.Sdk.Analyzers.Schema;
using Kurator.Sdk.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kurator.Sdk.Analyzers.Tests.CompilationEnd;

/// <summary>
/// IDEs run compilation-end analysis only for descriptors tagged CompilationEnd: every descriptor an analyzer reports from a
/// compilation-end action must carry the tag. Each analyzer runs on code that reaches its end actions.
/// </summary>
public class CompilationEndTagTests
{
    // A Fleet with a pod security policy (the Pod Security analyzer judges pods at the end), a destination fleet nobody
    // defines (KSDK3006), an override selecting by a label no cluster has (KSDK3007) and a pod without the image tag the
    // project's Kyverno policy requires (KSDK5001): each analyzer's end action reports.
    private static readonly string[] Project =
    {
        """
        using Kurator.Sdk.Kubernetes.Core.V1;
        using Kurator.Sdk.Kurator.Fleet.V1Alpha1;
        class Pods
        {
            PodSpec M() => new PodSpec { HostNetwork = true, Containers = [new Container { Name = "app", Image = "nginx" }] };
            Fleet F() => new Fleet("quickstart", "default")
            {
                Spec = new()
                {
                    Plugin = new()
                    {
                        Policy = new()
                        {
                            Kyverno = new()
                            {
                                PodSecurity = new()
                                {
                                    Standard = FleetSpecPluginPolicyKyvernoPodSecurityStandard.Restricted,
                                    ValidationFailureAction = FleetSpecPluginPolicyKyvernoPodSecurityValidationFailureAction.Enforce,
                                },
                            },
                        },
                    },
                },
            };
        }
        """,
        """
        using Kurator.Sdk.Kurator.Apps.V1Alpha1;
        class Apps
        {
            ApplicationSpecSyncPolicy M() => new() { Destination = new() { Fleet = "prod" }, Kustomization = new() { Interval = "5m0s", Path = "./deploy", Prune = true } };
        }
        """,
        """
        using Kurator.Sdk.Fleet;
        using Kurator.Sdk.Fleet.Overrides;
        using Kurator.Sdk.Kubernetes.Apps.V1;
        using Kurator.Sdk.Kurator.Cluster.V1Alpha1;
        class Overrides
        {
            Deployment M(Deployment web) => web.Override(ClusterSelector.Labelled("provider", "azure"), o => o.Replicas(2));
            AttachedCluster Aws() => new AttachedCluster("aws-1", "default") { Metadata = { Labels = new() { ["provider"] = "aws" } } };
        }
        """,
        """"
        using System.Text.Json.Nodes;
        using Kurator.Sdk.Kubernetes.Core.V1;
        using Kurator.Sdk.Kyverno.V1;
        class Policies
        {
            Pod Web() => new Pod("web") { Spec = new() { Containers = [new() { Name = "web", Image = "nginx" }] } };
            ClusterPolicy RequireTag() => new ClusterPolicy("require-image-tag")
            {
                Spec = new()
                {
                    Rules =
                    [
                        new()
                        {
                            Name = "require-image-tag",
                            Match = new() { Any = [new() { Resources = new() { Kinds = ["Pod"] } }] },
                            ValidateValue = new() { Message = "An image tag is required.", Pattern = JsonNode.Parse("""{ "spec": { "containers": [ { "image": "*:*" } ] } }""") },
                        },
                    ],
                },
            };
        }
        """",
    };

    public static TheoryData<string> AnalyzerNames => new(All().Select(a => a.GetType().Name));

    [Theory]
    [MemberData(nameof(AnalyzerNames))]
    public async Task Descriptors_reported_at_compilation_end_carry_the_CompilationEnd_tag(string analyzerName)
    {
        var probe = new CompilationEndProbe(All().Single(a => a.GetType().Name == analyzerName));
        await RunAsync(probe);

        Assert.Equal(Array.Empty<string>(), Untagged(probe));
        // The sample must reach the end actions the analyzer registers, or the check above would see nothing.
        Assert.Equal(probe.RegisteredEndAction, !probe.ReportedAtEnd.IsEmpty);
    }

    [Fact]
    public async Task The_samples_reach_every_compilation_end_action_of_the_analyzers()
    {
        var probes = All().Select(a => new CompilationEndProbe(a)).ToList();
        foreach (var probe in probes)
        {
            await RunAsync(probe);
        }

        Assert.Equal(
            new[] { nameof(KuratorRulesAnalyzer), nameof(KyvernoPolicyAnalyzer), nameof(OverridesAnalyzer), nameof(PodSecurityAnalyzer) },
            probes.Where(p => !p.ReportedAtEnd.IsEmpty).Select(p => p.Inner.GetType().Name).OrderBy(n => n, StringComparer.Ordinal));
        Assert.Contains(probes.Single(p => p.Inner is PodSecurityAnalyzer).ReportedAtEnd.Keys, d => d.Id == "KSDK1001");
    }

    [Fact]
    public async Task The_probe_finds_an_untagged_descriptor_reported_at_compilation_end()
    {
        var probe = new CompilationEndProbe(new UntaggedAtEnd());
        await RunAsync(probe);
        Assert.Equal(new[] { "TEST0001" }, Untagged(probe));
    }

    private static string[] Untagged(CompilationEndProbe probe) => probe.ReportedAtEnd.Keys
        .Where(d => !d.CustomTags.Contains(WellKnownDiagnosticTags.CompilationEnd))
        .Select(d => d.Id)
        .Distinct()
        .OrderBy(id => id, StringComparer.Ordinal)
        .ToArray();

    private static DiagnosticAnalyzer[] All() =>
    [
        new PodSecurityAnalyzer(), new SchemaLiteralAnalyzer(), new KuratorRulesAnalyzer(), new BestPracticeAnalyzer(), new OverridesAnalyzer(),
        new KyvernoPolicyAnalyzer(),
    ];

    private static async Task RunAsync(CompilationEndProbe probe)
    {
        var compilation = TestCompilation.Create(Project);
        await TestCompilation.AnalyzeAsync(compilation, ImmutableArray.Create<DiagnosticAnalyzer>(probe), new Dictionary<string, string>());
    }

    /// <summary>What the check must catch: a descriptor without the tag, reported from a compilation-end action.</summary>
    // Deliberately wrong (RS1037, RS1013), test-only (RS1001, RS2008).
#pragma warning disable RS1001, RS1013, RS1037, RS2008
    private sealed class UntaggedAtEnd : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("TEST0001", "t", "m", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start => start.RegisterCompilationEndAction(end => end.ReportDiagnostic(Diagnostic.Create(Rule, Location.None))));
        }
    }
#pragma warning restore RS1001, RS1013, RS1037, RS2008
}
