using System.Collections.Concurrent;
using System.Collections.Immutable;
using Kurator.Sdk.Analyzers.Configuration;
using Kurator.Sdk.Analyzers.Model;
using Kurator.Sdk.Policy.Fleets;
using Kurator.Sdk.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kurator.Sdk.Analyzers.PodSecurity;

/// <summary>
/// Pod Security Standards over C# that builds pods, workloads and Volcano jobs: the 19 Pod Security Admission
/// checks from the shared rule table (KSDK1001-KSDK1019).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PodSecurityAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => PodSecurityDescriptors.All;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(Start);
    }

    private static void Start(CompilationStartAnalysisContext context)
    {
        var symbols = SharedTrees.Symbols(context.Compilation);
        if (symbols?.PodSpec is null)
        {
            return;
        }

        var engine = new PodSecurityEngine(symbols);
        var fleetType = context.Compilation.GetTypeByMetadataName("Kurator.Sdk.Kurator.Fleet.V1Alpha1.Fleet");
        if (fleetType is null || !FleetPolicyScan.MayDeclarePolicy(context.Compilation, context.CancellationToken))
        {
            context.RegisterOperationBlockAction(block =>
            {
                var tree = SharedTrees.Tree(symbols, block.OperationBlocks, block.CancellationToken);
                var settings = PodSecuritySettings.Read(block.Options, block.OperationBlocks[0].Syntax.SyntaxTree);
                Report(engine, tree, settings.Level, settings.Version, null, block.ReportDiagnostic);
            });
            return;
        }

        // A Fleet may set the level: judge everything once all Fleets are known.
        var pending = new ConcurrentBag<(KubeTree Tree, PodSecuritySettings Settings)>();
        var policies = new ConcurrentBag<FleetPodSecurity>();
        context.RegisterOperationBlockAction(block =>
        {
            var tree = SharedTrees.Tree(symbols, block.OperationBlocks, block.CancellationToken);
            if (tree.Nodes.Count == 0)
            {
                return;
            }

            pending.Add((tree, PodSecuritySettings.Read(block.Options, block.OperationBlocks[0].Syntax.SyntaxTree)));
            foreach (var policy in FleetPolicies.Find(tree, fleetType))
            {
                policies.Add(policy);
            }
        });
        context.RegisterCompilationEndAction(end =>
        {
            var fleet = FleetPodSecurity.Combine(policies);
            foreach (var (tree, settings) in pending)
            {
                var level = fleet is null ? settings.Level
                    : settings.LevelConfigured && settings.Level > fleet.Level ? settings.Level : fleet.Level;
                Report(engine, tree, level, settings.Version, fleet is null ? null : FleetPolicies.Severity(fleet), end.ReportDiagnostic);
            }
        });
    }

    private static void Report(PodSecurityEngine engine, KubeTree tree, PodSecurityLevel level, PodSecurityVersion version, DiagnosticSeverity? severity, System.Action<Diagnostic> report)
    {
        if (tree.Nodes.Count == 0)
        {
            return;
        }

        var label = PodSecurityLevels.ToLabel(level) + (version.IsLatest ? string.Empty : " " + version);
        foreach (var finding in engine.Evaluate(tree, level, version))
        {
            var descriptor = PodSecurityDescriptors.For(finding.Check.Id);
            report(Diagnostic.Create(descriptor, finding.Location, severity ?? descriptor.DefaultSeverity, null, null, label, finding.Message));
        }
    }
}
