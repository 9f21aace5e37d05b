using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Kurator.Sdk.Analyzers.Model;

/// <summary>Short report locations: the head of a creation, not its whole multi-line initializer.</summary>
internal static class SourceSpans
{
    /// <summary><c>new Container</c>, <c>new Pod("web")</c> or <c>new()</c>, without the initializer.</summary>
    public static Location CreationHead(SyntaxNode syntax)
    {
        switch (syntax)
        {
            case ObjectCreationExpressionSyntax creation:
                return Span(syntax, creation.NewKeyword.SpanStart, creation.ArgumentList?.Span.End ?? creation.Type.Span.End);
            case ImplicitObjectCreationExpressionSyntax implicitCreation:
                return Span(syntax, implicitCreation.NewKeyword.SpanStart, implicitCreation.ArgumentList.Span.End);
            default:
                return syntax.GetLocation();
        }
    }

    /// <summary>
    /// The write of a field: <c>Privileged = true</c>; for an object value <c>HostPath = new()</c> without the initializer;
    /// for a builder call <c>WithPrivileged(true)</c>, or just its name when the argument is an object or a lambda.
    /// </summary>
    public static Location FieldWrite(SyntaxNode syntax, bool objectValue)
    {
        switch (syntax)
        {
            case AssignmentExpressionSyntax assignment when objectValue:
                var head = CreationHead(assignment.Right);
                return head.SourceSpan.Start >= assignment.Right.SpanStart && head.SourceTree == syntax.SyntaxTree
                    ? Span(syntax, assignment.SpanStart, head.SourceSpan.End)
                    : syntax.GetLocation();
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member } invocation:
                return objectValue ? member.Name.GetLocation() : Span(syntax, member.Name.SpanStart, invocation.Span.End);
            default:
                return syntax.GetLocation();
        }
    }

    /// <summary>The method name of a builder call (<c>AddContainer</c>), the creation site of a lambda-configured child.</summary>
    public static Location MethodName(SyntaxNode syntax) =>
        syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member } ? member.Name.GetLocation() : syntax.GetLocation();

    /// <summary>
    /// The value part of a field write located by <see cref="FieldWrite"/>: <c>"nginx:latest"</c> in
    /// <c>Image = "nginx:latest"</c> or <c>WithImage("nginx:latest")</c>; other locations are returned as they are.
    /// </summary>
    public static Location WrittenValue(Location write)
    {
        if (write.SourceTree is not { } tree)
        {
            return write;
        }

        var node = tree.GetRoot().FindNode(write.SourceSpan, getInnermostNodeForTie: true);
        return node switch
        {
            AssignmentExpressionSyntax assignment => assignment.Right.GetLocation(),
            InvocationExpressionSyntax { ArgumentList.Arguments.Count: > 0 } invocation => invocation.ArgumentList.Arguments[invocation.ArgumentList.Arguments.Count - 1].Expression.GetLocation(),
            ArgumentSyntax argument => argument.Expression.GetLocation(),
            _ => write,
        };
    }

    private static Location Span(SyntaxNode syntax, int start, int end) =>
        Location.Create(syntax.SyntaxTree, TextSpan.FromBounds(start, end));
}
