using System.Collections.Immutable;
using System.Linq;
using Kurator.Sdk.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kurator.Sdk.Analyzers.Kurator;

/// <summary>Kurator rules the CRD schemas cannot express (KSDK3001-KSDK3006).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class KuratorRulesAnalyzer : DiagnosticAnalyzer
{
    private static readonly ITreeRule[] Rules =
    {
        new ApplicationSourceRule(),
        new SyncPolicyKindRule(),
        new SyncPolicyFleetsRule(),
        ExclusiveFieldsRule.StepWeights,
        ExclusiveFieldsRule.CanaryAnalysis,
    };

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        Rules.Select(r => r.Descriptor).Append(KuratorDescriptors.UnknownFleet).ToImmutableArray();

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var symbols = SharedTrees.Symbols(start.Compilation);
            var fleetType = start.Compilation.GetTypeByMetadataName(KuratorNames.FleetType);
            if (symbols is null || fleetType is null)
            {
                return;
            }

            var fleets = new FleetReferences();
            start.RegisterOperationBlockAction(block =>
            {
                var tree = SharedTrees.Tree(symbols, block.OperationBlocks, block.CancellationToken);
                if (tree.Nodes.Count == 0)
                {
                    return;
                }

                foreach (var rule in Rules)
                {
                    rule.Check(tree, block.ReportDiagnostic);
                }

                fleets.Collect(tree, fleetType);
            });
            start.RegisterCompilationEndAction(end => fleets.Report(end.ReportDiagnostic));
        });
    }
}
