using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Kurator.Sdk.Analyzers;
using Kurator.Sdk.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kurator.Sdk.Analyzers.CodeFixes;

/// <summary>Removes <c>Privileged = true</c> (initializer member, assignment statement, or <c>.WithPrivileged(true)</c> call).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemovePrivilegedCodeFix)), Shared]
public sealed class RemovePrivilegedCodeFix : CodeFixProvider
{
    private const string Title = "Remove Privileged = true";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.PodSecurity(PodSecurityCheckIds.Privileged));

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var node = root?.FindNode(context.Span, getInnermostNodeForTie: true);
        var fixedRoot = node is null ? null : Remove(root!, node);
        if (fixedRoot is null)
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create(Title, _ => Task.FromResult(context.Document.WithSyntaxRoot(fixedRoot)), equivalenceKey: Title),
            context.Diagnostics);
    }

    private static SyntaxNode? Remove(SyntaxNode root, SyntaxNode node)
    {
        var assignment = node.AncestorsAndSelf().OfType<AssignmentExpressionSyntax>().FirstOrDefault();
        if (assignment?.Parent is InitializerExpressionSyntax initializer)
        {
            var expressions = initializer.Expressions;
            var index = expressions.IndexOf(assignment);
            var updated = expressions.Remove(assignment);
            if (index > 0 && index == expressions.Count - 1)
            {
                // The last member goes with the separator before it: the new last member takes over its spacing.
                updated = updated.Replace(updated[index - 1], updated[index - 1].WithTrailingTrivia(assignment.GetTrailingTrivia()));
            }

            return root.ReplaceNode(initializer, initializer.WithExpressions(updated));
        }

        if (assignment?.Parent is ExpressionStatementSyntax statement)
        {
            return root.RemoveNode(statement, SyntaxRemoveOptions.KeepNoTrivia);
        }

        // .WithPrivileged(true): keep the receiver of the call.
        var invocation = node.AncestorsAndSelf().OfType<InvocationExpressionSyntax>().FirstOrDefault();
        if (invocation?.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "WithPrivileged" } member)
        {
            return root.ReplaceNode(invocation, member.Expression.WithTriviaFrom(invocation));
        }

        return null;
    }
}
