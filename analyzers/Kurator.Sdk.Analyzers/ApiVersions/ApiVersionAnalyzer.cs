using System;
using System.Collections.Immutable;
using System.Threading;
using Kurator.Sdk.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Kurator.Sdk.Analyzers.ApiVersions;

/// <summary>
/// API drift at object creation (<c>new Cluster(...)</c>, target-typed <c>new()</c>) of a generated kind: a version its
/// CRD deprecates (KSDK6001) or one the referenced families' upstream release no longer serves (KSDK6002), with the
/// version to move to; and at a write of a Kurator Application field from which its controller creates a Flux object in a
/// version the referenced Flux family does not serve (KSDK6002 as Info, <see cref="CreatedObjectVersionRule"/>). The facts
/// are the generator's attributes from the shipped schemas; <c>check</c> reads the same ones.
/// </summary>
[DiagnosticAnalyzer(Microsoft.CodeAnalysis.LanguageNames.CSharp)]
public sealed class ApiVersionAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(ApiVersionDescriptors.Deprecated, ApiVersionDescriptors.Unserved);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var kubeKind = start.Compilation.GetTypeByMetadataName("Kurator.Sdk.KubeKindAttribute");
            if (kubeKind is null)
            {
                return;
            }

            var deprecated = start.Compilation.GetTypeByMetadataName("Kurator.Sdk.KubeDeprecatedVersionAttribute");
            var servedAttribute = start.Compilation.GetTypeByMetadataName("Kurator.Sdk.KubeServedVersionsAttribute");
            // Read on first use: most compilations create no kind at all in most files.
            var served = new Lazy<ServedVersions?>(() => servedAttribute is null ? null : ServedVersions.Read(start.Compilation, servedAttribute), LazyThreadSafetyMode.ExecutionAndPublication);
            start.RegisterOperationAction(
                c =>
                {
                    var creation = (IObjectCreationOperation)c.Operation;
                    if (creation.Type is not INamedTypeSymbol type || KindCoordinates.Of(type, kubeKind) is not { } kind)
                    {
                        return;
                    }

                    var location = CreationHead(creation.Syntax);
                    var diagnostic = DeprecatedVersionRule.Check(type, kind, deprecated, location)
                        ?? (served.Value is { } declared ? UnservedVersionRule.Check(kind, declared, location) : null);
                    if (diagnostic is not null)
                    {
                        c.ReportDiagnostic(diagnostic);
                    }
                },
                OperationKind.ObjectCreation);

            // Fields of a Kurator Application from which its controller creates Flux objects (Info; see CreatedObjectVersionRule).
            var symbols = SharedTrees.Symbols(start.Compilation);
            if (symbols is null)
            {
                return;
            }

            var creating = CreatingProperties.Resolve(start.Compilation, symbols, kubeKind, () => served.Value);
            if (creating.IsEmpty)
            {
                return;
            }

            start.RegisterOperationBlockAction(block =>
                CreatedObjectVersionRule.Check(SharedTrees.Tree(symbols, block.OperationBlocks, block.CancellationToken), creating, block.ReportDiagnostic));
        });
    }

    // `new Cluster("a", "ns")` without its initializer: the version is the type's, and the initializer may be long.
    private static Location CreationHead(SyntaxNode syntax)
    {
        var (start, end) = syntax switch
        {
            ObjectCreationExpressionSyntax explicitNew => (explicitNew.NewKeyword.SpanStart, explicitNew.ArgumentList?.Span.End ?? explicitNew.Type.Span.End),
            ImplicitObjectCreationExpressionSyntax implicitNew => (implicitNew.NewKeyword.SpanStart, implicitNew.ArgumentList.Span.End),
            _ => (syntax.SpanStart, syntax.Span.End),
        };
        return Location.Create(syntax.SyntaxTree, Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(start, end));
    }
}
