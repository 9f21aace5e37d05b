using System;
using System.Collections.Generic;
using System.Linq;
using Kurator.Sdk.Generators.Emitting;
using Kurator.Sdk.Generators.Pipeline;
using Kurator.Sdk.Schema.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Kurator.Sdk.Generators;

/// <summary>
/// Turns CRD and Kubernetes schema files given as AdditionalFiles into typed C# models.
/// Pipeline: file text (tracked "SchemaText") -> value-equatable model ("SchemaModel") -> source text ("SchemaSource");
/// C# edits never touch it, and the model holds no symbols or compilations.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class KuratorSchemaGenerator : IIncrementalGenerator
{
    /// <summary>Tracking names used by tests.</summary>
    public const string TextStep = "SchemaText";

    /// <summary>Tracking name of the parse step.</summary>
    public const string ModelStep = "SchemaModel";

    /// <summary>Tracking name of the emit step.</summary>
    public const string SourceStep = "SchemaSource";

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider.Select((provider, _) =>
        {
            provider.GlobalOptions.TryGetValue("build_property.KuratorSdkNamespace", out var ns);
            provider.GlobalOptions.TryGetValue("build_property.RootNamespace", out var root);
            provider.GlobalOptions.TryGetValue("build_property.KuratorSdkKindsClass", out var kindsClass);
            var rootNamespace = !string.IsNullOrWhiteSpace(ns) ? ns! : !string.IsNullOrWhiteSpace(root) ? root! : "Crds";
            return new GeneratorOptions(rootNamespace, string.IsNullOrWhiteSpace(kindsClass) ? "GeneratedKinds" : kindsClass!);
        });

        var inputs = context.AdditionalTextsProvider
            .Where(static t => IsCandidate(t.Path))
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, ct) =>
            {
                var opts = pair.Right.GetOptions(pair.Left);
                opts.TryGetValue("build_metadata.AdditionalFiles.KuratorSdkRole", out var role);
                return new SchemaInput(pair.Left.Path, pair.Left.GetText(ct)?.ToString() ?? string.Empty, string.Equals(role, "reference", StringComparison.OrdinalIgnoreCase));
            })
            .WithTrackingName(TextStep);

        var core = inputs.Where(static i => i.IsReference).Collect().Select(static (arr, ct) => CoreIndexInput.Build(arr, ct));

        var models = inputs.Where(static i => !i.IsReference)
            .Combine(core)
            .Combine(options)
            .Select(static (x, ct) => SchemaFileParser.Parse(x.Left.Left, x.Left.Right.Index, x.Right))
            .WithTrackingName(ModelStep);

        var sources = models
            .SelectMany(static (file, _) => file.Units.Count == 0
                ? new[] { new GeneratedSource(string.Empty, string.Empty, file.Problems) }
                : file.Units.Select((u, i) => new GeneratedSource(u.HintName, UnitEmitter.Emit(u), i == 0 ? file.Problems : EquatableArray<SchemaProblem>.Empty)).ToArray())
            .WithTrackingName(SourceStep);

        context.RegisterSourceOutput(sources, static (spc, source) =>
        {
            foreach (var problem in source.Problems)
            {
                spc.ReportDiagnostic(ToDiagnostic(problem));
            }

            if (source.HintName.Length > 0)
            {
                spc.AddSource(source.HintName, SourceText.From(source.Text, System.Text.Encoding.UTF8));
            }
        });

        var kinds = models
            .SelectMany(static (file, _) => file.Units.SelectMany(u => u.Objects).Where(o => o.Kind != null).Select(o => new KindEntry("global::" + o.Namespace + "." + o.Name, o.Kind!)))
            .Collect()
            .Combine(options);
        context.RegisterSourceOutput(kinds, static (spc, pair) =>
        {
            if (pair.Left.Length == 0)
            {
                return;
            }

            var entries = pair.Left.GroupBy(k => k.TypeName).Select(g => (g.Key, g.First().Kind));
            spc.AddSource("KuratorSdk.Kinds.g.cs", SourceText.From(KindsEmitter.Emit(pair.Right.RootNamespace, pair.Right.KindsClass, entries), System.Text.Encoding.UTF8));
        });
    }

    private static bool IsCandidate(string path) =>
        path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    private static Diagnostic ToDiagnostic(SchemaProblem problem)
    {
        var line = Math.Max(problem.Line - 1, 0);
        var col = Math.Max(problem.Column - 1, 0);
        var span = new LinePositionSpan(new LinePosition(line, col), new LinePosition(line, col + 1));
        var location = Location.Create(problem.File, new TextSpan(0, 0), span);
        return Diagnostic.Create(DiagnosticDescriptors.ById(problem.Id), location, problem.Message);
    }

    private sealed record KindEntry(string TypeName, KindModel Kind);
}
