using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Kurator.Sdk.Analyzers;
using Kurator.Sdk.Analyzers.ApiVersions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;

namespace Kurator.Sdk.Analyzers.CodeFixes;

/// <summary>
/// KSDK6001/KSDK6002: <c>new X(...)</c> of a deprecated or unserved version becomes <c>new</c> of the same kind in the
/// version the diagnostic names, when a generated type for it is in the compilation (beside the current version, else
/// anywhere, such as the SDK's own Flux family for a project's old Flux kind). Offered only for an explicit
/// type: a target-typed <c>new()</c> follows its declaration, which may be elsewhere.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MoveToServedVersionCodeFix)), Shared]
public sealed class MoveToServedVersionCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.DeprecatedApiVersion, RuleIdentifiers.UnservedApiVersion);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(MoveTo.Version, out var version) || version is null
                || !diagnostic.Properties.TryGetValue(MoveTo.Kind, out var kind) || kind is null
                || !diagnostic.Properties.TryGetValue(MoveTo.Group, out var group) || group is null
                || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).AncestorsAndSelf().OfType<ObjectCreationExpressionSyntax>().FirstOrDefault() is not { } creation
                || model.GetTypeInfo(creation, context.CancellationToken).Type is not INamedTypeSymbol current
                || Target(model.Compilation, current, group, kind, version, context.CancellationToken) is not { } target)
            {
                continue;
            }

            var title = "Use " + target.ToDisplayString();
            context.RegisterCodeFix(
                CodeAction.Create(
                    title,
                    _ =>
                    {
                        var generator = SyntaxGenerator.GetGenerator(context.Document);
                        var type = generator.TypeExpression(target).WithTriviaFrom(creation.Type).WithAdditionalAnnotations(Simplifier.Annotation);
                        return Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(creation.Type, type)));
                    },
                    equivalenceKey: title),
                diagnostic);
        }
    }

    // The generated type of the same kind in `version`: the one beside the current version's namespace if there is one
    // (Cluster.V1Beta1 -> Cluster.V1Beta2), else any in the compilation (a project's old Flux kind -> the SDK's Flux family).
    private static INamedTypeSymbol? Target(Compilation compilation, INamedTypeSymbol current, string group, string kind, string version, CancellationToken cancellationToken)
    {
        var candidates = Namespaces(compilation.GlobalNamespace, cancellationToken)
            .SelectMany(n => n.GetTypeMembers(current.Name))
            .Where(t => IsKind(t, group, kind, version))
            .ToList();
        var parent = current.ContainingNamespace?.ContainingNamespace;
        return candidates.FirstOrDefault(t => SymbolEqualityComparer.Default.Equals(t.ContainingNamespace.ContainingNamespace, parent)) ?? candidates.FirstOrDefault();
    }

    private static bool IsKind(INamedTypeSymbol type, string group, string kind, string version) =>
        type.GetAttributes().Any(a => a.AttributeClass?.Name == "KubeKindAttribute" && a.ConstructorArguments.Length >= 3
            && a.ConstructorArguments[0].Value as string == group && a.ConstructorArguments[1].Value as string == version
            && a.ConstructorArguments[2].Value as string == kind);

    private static IEnumerable<INamespaceSymbol> Namespaces(INamespaceSymbol root, CancellationToken cancellationToken)
    {
        var pending = new Stack<INamespaceSymbol>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var ns = pending.Pop();
            yield return ns;
            foreach (var child in ns.GetNamespaceMembers())
            {
                pending.Push(child);
            }
        }
    }
}
