using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Kurator.Sdk.Analyzers;
using Kurator.Sdk.Policy.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace Kurator.Sdk.Analyzers.CodeFixes;

/// <summary>
/// Gives a container the restricted securityContext PSA's fixtures use as the minimal valid pod: runAsNonRoot,
/// allowPrivilegeEscalation=false, seccomp RuntimeDefault, capabilities drop ALL. Settings already present are kept.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RestrictedSecurityContextCodeFix)), Shared]
public sealed class RestrictedSecurityContextCodeFix : CodeFixProvider
{
    private const string Title = "Add the restricted securityContext";

    private static readonly (string Member, string Value)[] Settings =
    {
        ("RunAsNonRoot", "true"),
        ("AllowPrivilegeEscalation", "false"),
        ("SeccompProfile", "new() { Type = \"RuntimeDefault\" }"),
        ("Capabilities", "new() { Drop = new() { \"ALL\" } }"),
    };

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(
            RuleIdentifiers.PodSecurity(PodSecurityCheckIds.AllowPrivilegeEscalation),
            RuleIdentifiers.PodSecurity(PodSecurityCheckIds.RunAsNonRoot),
            RuleIdentifiers.PodSecurity(PodSecurityCheckIds.SeccompProfileRestricted),
            RuleIdentifiers.PodSecurity(PodSecurityCheckIds.CapabilitiesRestricted));

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var creation = root?.FindNode(context.Span, getInnermostNodeForTie: true)?.AncestorsAndSelf().OfType<BaseObjectCreationExpressionSyntax>().FirstOrDefault();
        if (creation is null || creation.SpanStart != context.Span.Start)
        {
            return; // the container is built by a builder lambda: no initializer to edit
        }

        context.RegisterCodeFix(
            CodeAction.Create(Title, ct => AddAsync(context.Document, creation, ct), equivalenceKey: Title),
            context.Diagnostics);
    }

    private static async Task<Document> AddAsync(Document document, BaseObjectCreationExpressionSyntax container, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var initializer = container.Initializer ?? SyntaxFactory.InitializerExpression(SyntaxKind.ObjectInitializerExpression);
        var existing = initializer.Expressions.OfType<AssignmentExpressionSyntax>()
            .FirstOrDefault(a => a.Left is IdentifierNameSyntax { Identifier.ValueText: "SecurityContext" });

        InitializerExpressionSyntax updated;
        if (existing?.Right is BaseObjectCreationExpressionSyntax securityContext)
        {
            var inner = securityContext.Initializer ?? SyntaxFactory.InitializerExpression(SyntaxKind.ObjectInitializerExpression);
            var present = inner.Expressions.OfType<AssignmentExpressionSyntax>()
                .Select(a => (a.Left as IdentifierNameSyntax)?.Identifier.ValueText).ToImmutableHashSet();
            var newInner = inner.AddExpressions(Settings.Where(s => !present.Contains(s.Member)).Select(s => Assignment(s.Member, s.Value)).ToArray());
            updated = initializer.ReplaceNode(existing, existing.WithRight(securityContext.WithInitializer(newInner)));
        }
        else
        {
            var text = "SecurityContext = new() { " + string.Join(", ", Settings.Select(s => s.Member + " = " + s.Value)) + " }";
            var assignment = (ExpressionSyntax)SyntaxFactory.ParseExpression(text);
            updated = existing is null ? initializer.AddExpressions(assignment) : initializer.ReplaceNode(existing, assignment);
        }

        var newContainer = container.WithInitializer(updated.WithAdditionalAnnotations(Formatter.Annotation));
        return document.WithSyntaxRoot(root!.ReplaceNode(container, newContainer));
    }

    private static ExpressionSyntax Assignment(string member, string value) => SyntaxFactory.ParseExpression(member + " = " + value);
}
