using System.Collections.Immutable;
using System.Linq;
using Kurator.Sdk.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kurator.Sdk.Analyzers.BestPractice;

/// <summary>Best practices for containers (KSDK4001-KSDK4003).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BestPracticeAnalyzer : DiagnosticAnalyzer
{
    private static readonly ITreeRule[] Rules = { new ImageTagRule(), new ResourcesRule(), new ProbesRule() };

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = Rules.Select(r => r.Descriptor).ToImmutableArray();

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var symbols = SharedTrees.Symbols(start.Compilation);
            if (symbols?.Container is null)
            {
                return;
            }

            start.RegisterOperationBlockAction(block =>
            {
                var tree = SharedTrees.Tree(symbols, block.OperationBlocks, block.CancellationToken);
                foreach (var rule in Rules)
                {
                    rule.Check(tree, block.ReportDiagnostic);
                }
            });
        });
    }
}
