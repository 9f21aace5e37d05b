using System.Collections.Immutable;
using Kurator.Sdk.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Kurator.Sdk.Analyzers.Overrides;

/// <summary>Per-cluster overrides of fleet workloads (KSDK3007-KSDK3008); active only when the project references the fleet runtime.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class OverridesAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(OverrideDescriptors.UnknownClusterLabel, OverrideDescriptors.UnknownOverrideField);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var compilation = start.Compilation;
            var symbols = SharedTrees.Symbols(compilation);
            var selector = compilation.GetTypeByMetadataName(OverrideNames.ClusterSelector);
            var labels = compilation.GetTypeByMetadataName(OverrideNames.ClusterLabels);
            var builder = compilation.GetTypeByMetadataName(OverrideNames.OverrideBuilder);
            var operation = compilation.GetTypeByMetadataName(OverrideNames.JsonPatchOperation);
            if (symbols is null || selector is null || labels is null || builder is null || operation is null)
            {
                return;
            }

            var attached = compilation.GetTypeByMetadataName(OverrideNames.AttachedCluster);
            var cluster = compilation.GetTypeByMetadataName(OverrideNames.Cluster);
            var clusterLabels = new UnknownClusterLabelRule();
            var fields = new UnknownOverrideFieldRule(symbols, builder, operation);
            start.RegisterOperationAction(
                op =>
                {
                    clusterLabels.CollectSelector(op.Operation, selector, labels);
                    if (op.Operation is IInvocationOperation call)
                    {
                        fields.Check(call, op.ReportDiagnostic);
                    }
                },
                OperationKind.Invocation,
                OperationKind.PropertyReference);
            start.RegisterOperationBlockAction(block =>
            {
                var tree = SharedTrees.Tree(symbols, block.OperationBlocks, block.CancellationToken);
                clusterLabels.CollectClusters(tree, attached, cluster);
            });
            start.RegisterCompilationEndAction(end => clusterLabels.Report(end.ReportDiagnostic));
        });
    }
}
