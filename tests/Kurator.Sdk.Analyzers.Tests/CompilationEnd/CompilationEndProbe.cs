using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kurator.Sdk.Analyzers.Tests.CompilationEnd;

// A wrapper, not an analyzer of its own: it is never loaded by a compiler (RS1001), and the wrapped analyzer configures
// concurrency and generated code (RS1025, RS1026) and registers its own actions (RS1012). Recording what an end action
// reports needs a context that forwards to the real one: only the obsolete public constructor makes one (CS0618).
#pragma warning disable RS1001, RS1012, RS1025, RS1026, CS0618

/// <summary>
/// Runs an analyzer as it is, and records which descriptors it reports from a compilation-end action (registered on
/// the analysis context or on a compilation-start context), so a test can see that each carries the CompilationEnd tag.
/// </summary>
public sealed class CompilationEndProbe : DiagnosticAnalyzer
{
    private readonly DiagnosticAnalyzer _inner;
    private int _endActions;

    public CompilationEndProbe(DiagnosticAnalyzer inner) => _inner = inner;

    /// <summary>The analyzer under test.</summary>
    public DiagnosticAnalyzer Inner => _inner;

    /// <summary>Descriptors of the diagnostics reported from compilation-end actions.</summary>
    public ConcurrentDictionary<DiagnosticDescriptor, bool> ReportedAtEnd { get; } = new();

    /// <summary>Whether the analyzer registered at least one compilation-end action on the analyzed code.</summary>
    public bool RegisteredEndAction => _endActions > 0;

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => _inner.SupportedDiagnostics;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => _inner.Initialize(new ProbeContext(context, this));

    private Action<CompilationAnalysisContext> AtEnd(Action<CompilationAnalysisContext> action)
    {
        System.Threading.Interlocked.Increment(ref _endActions);
        return end => action(new CompilationAnalysisContext(
            end.Compilation,
            end.Options,
            d =>
            {
                ReportedAtEnd.TryAdd(d.Descriptor, true);
                end.ReportDiagnostic(d);
            },
            _ => true,
            end.CancellationToken));
    }

    private sealed class ProbeContext : AnalysisContext
    {
        private readonly AnalysisContext _context;
        private readonly CompilationEndProbe _probe;

        public ProbeContext(AnalysisContext context, CompilationEndProbe probe)
        {
            _context = context;
            _probe = probe;
        }

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) =>
            _context.RegisterCompilationStartAction(start => action(new ProbeStartContext(start, _probe)));

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) =>
            _context.RegisterCompilationAction(_probe.AtEnd(action));

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => _context.RegisterSemanticModelAction(action);

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => _context.RegisterSymbolAction(action, symbolKinds);

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => _context.RegisterCodeBlockStartAction(action);

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => _context.RegisterCodeBlockAction(action);

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => _context.RegisterSyntaxTreeAction(action);

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) =>
            _context.RegisterSyntaxNodeAction(action, syntaxKinds);

        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) => _context.RegisterSymbolStartAction(action, symbolKind);

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => _context.RegisterOperationBlockStartAction(action);

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => _context.RegisterOperationBlockAction(action);

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => _context.RegisterOperationAction(action, operationKinds);

        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => _context.RegisterAdditionalFileAction(action);

        public override void EnableConcurrentExecution() => _context.EnableConcurrentExecution();

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => _context.ConfigureGeneratedCodeAnalysis(analysisMode);
    }

    private sealed class ProbeStartContext : CompilationStartAnalysisContext
    {
        private readonly CompilationStartAnalysisContext _context;
        private readonly CompilationEndProbe _probe;

        public ProbeStartContext(CompilationStartAnalysisContext context, CompilationEndProbe probe)
            : base(context.Compilation, context.Options, context.CancellationToken)
        {
            _context = context;
            _probe = probe;
        }

        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) =>
            _context.RegisterCompilationEndAction(_probe.AtEnd(action));

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => _context.RegisterSemanticModelAction(action);

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => _context.RegisterSymbolAction(action, symbolKinds);

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => _context.RegisterCodeBlockStartAction(action);

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => _context.RegisterCodeBlockAction(action);

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => _context.RegisterSyntaxTreeAction(action);

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) =>
            _context.RegisterSyntaxNodeAction(action, syntaxKinds);

        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) => _context.RegisterSymbolStartAction(action, symbolKind);

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => _context.RegisterOperationBlockStartAction(action);

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => _context.RegisterOperationBlockAction(action);

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => _context.RegisterOperationAction(action, operationKinds);

        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => _context.RegisterAdditionalFileAction(action);
    }
}
