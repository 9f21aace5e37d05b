using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Kurator.Sdk.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kurator.Sdk.Analyzers.CodeFixes;

/// <summary>
/// Replaces <c>:latest</c> (or a missing tag) with a placeholder tag. The analyzer keeps flagging the placeholder,
/// so the user must put the real version in: a fix cannot know which version is wanted.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PinImageTagCodeFix)), Shared]
public sealed class PinImageTagCodeFix : CodeFixProvider
{
    /// <summary>The placeholder written in place of the tag; the analyzer keeps reporting it.</summary>
    public const string Placeholder = global::Kurator.Sdk.Analyzers.BestPractice.ImageReference.PlaceholderTag;

    private const string Title = "Replace the tag with a placeholder to pin";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.ImageTag);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var literal = root?.FindNode(context.Span, getInnermostNodeForTie: true)?.DescendantNodesAndSelf()
            .OfType<LiteralExpressionSyntax>().FirstOrDefault(l => l.IsKind(SyntaxKind.StringLiteralExpression));
        if (literal is null || Pin(literal.Token.ValueText) is not { } pinned)
        {
            return;
        }

        var replacement = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(pinned)).WithTriviaFrom(literal);
        context.RegisterCodeFix(
            CodeAction.Create(Title, _ => Task.FromResult(context.Document.WithSyntaxRoot(root!.ReplaceNode(literal, replacement))), equivalenceKey: Title),
            context.Diagnostics);
    }

    /// <summary>The image with its tag replaced by the placeholder, or null when it has a digest.</summary>
    public static string? Pin(string image)
    {
        if (image.IndexOf('@') >= 0)
        {
            return null;
        }

        var slash = image.LastIndexOf('/');
        var colon = image.LastIndexOf(':');
        var repository = colon > slash ? image.Substring(0, colon) : image;
        return repository + ":" + Placeholder;
    }
}
