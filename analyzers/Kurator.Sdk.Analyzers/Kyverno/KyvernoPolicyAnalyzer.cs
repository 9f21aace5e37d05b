using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Kurator.Sdk.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kurator.Sdk.Analyzers.Kyverno;

/// <summary>
/// The project's own Kyverno policies at compile time (KSDK5001): every validate <c>pattern</c>/<c>anyPattern</c>
/// (also in a simple <c>foreach</c>) of a <c>ClusterPolicy</c>/<c>Policy</c> built in the project is matched, with the
/// matcher <c>kurator-sdk check</c> uses, against every object the project builds whose kind the rule certainly
/// selects, pod controllers' templates included as Kyverno's generated rules do. Only certain failures of constants
/// are reported; the rest is left to <c>check</c> on the rendered objects.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class KyvernoPolicyAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(KyvernoDescriptors.PolicyViolation);

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
        if (symbols?.KubeKindAttribute is null || context.Compilation.GetTypeByMetadataName("Kurator.Sdk.Kyverno.V1.ClusterPolicy") is null)
        {
            return;
        }

        var kinds = new ApiKind.Reader(symbols.KubeKindAttribute);
        var trees = new ConcurrentBag<KubeTree>();
        var policies = new ConcurrentBag<KyvernoPolicy>();
        context.RegisterOperationBlockAction(block =>
        {
            var tree = SharedTrees.Tree(symbols, block.OperationBlocks, block.CancellationToken);
            if (tree.Nodes.Count == 0)
            {
                return;
            }

            trees.Add(tree);
            foreach (var policy in PolicyReader.Find(tree, kinds))
            {
                policies.Add(policy);
            }
        });
        context.RegisterCompilationEndAction(end =>
        {
            if (policies.IsEmpty)
            {
                return;
            }

            var rules = new List<PolicyRule>();
            foreach (var policy in policies)
            {
                rules.AddRange(policy.Rules);
            }

            var findings = new List<KyvernoFinding>();
            var reported = new HashSet<(string, string, Location)>();
            foreach (var tree in trees)
            {
                end.CancellationToken.ThrowIfCancellationRequested();
                foreach (var subject in SubjectFinder.Find(tree, kinds))
                {
                    foreach (var rule in rules)
                    {
                        RuleJudge.Judge(rule, subject, findings);
                    }
                }
            }

            foreach (var finding in findings)
            {
                var rule = finding.Rule;
                if (!reported.Add((rule.Policy.Name, rule.Name, finding.Location)))
                {
                    continue;
                }

                end.ReportDiagnostic(Diagnostic.Create(
                    KyvernoDescriptors.PolicyViolation,
                    finding.Location,
                    rule.Enforce ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
                    additionalLocations: null,
                    properties: null,
                    finding.What,
                    rule.Policy.Name,
                    rule.Name,
                    rule.Message.Length > 0 ? rule.Message : "validation error"));
            }
        });
    }
}
