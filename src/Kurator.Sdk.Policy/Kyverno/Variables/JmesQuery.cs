using System;
using DevLab.JmesPath.Expressions;
using Newtonsoft.Json.Linq;

namespace Kurator.Sdk.Policy.Kyverno.Variables;

/// <summary>One JMESPath expression, parsed once (with Kyverno's functions) and evaluated against many scopes.</summary>
internal sealed class JmesQuery
{
    private static readonly DevLab.JmesPath.JmesPath Parser = CreateParser();
    private static readonly object ParserLock = new();
    private readonly JmesPathExpression _expression;

    private readonly bool _readsElement;

    private JmesQuery(string text, JmesPathExpression expression)
    {
        Text = text;
        _expression = expression;
        _readsElement = text.Contains("element", StringComparison.Ordinal);
    }

    public string Text { get; }

    /// <summary>Parses <paramref name="text"/>; throws <see cref="FormatException"/> with the parser's message when invalid.</summary>
    public static JmesQuery Parse(string text)
    {
        try
        {
            lock (ParserLock)
            {
                return new JmesQuery(text, Parser.Parse(text));
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new FormatException($"invalid JMESPath expression \"{text}\": {FirstLine(e)}", e);
        }
    }

    /// <summary>Evaluates against the scope's root; throws <see cref="VariableException"/> when the evaluation fails.</summary>
    public JToken? Evaluate(VariableScope scope)
    {
        // Many rules ask the same of one object (request.operation, the containers): a query that does not read the
        // foreach element is answered once per object.
        if (!_readsElement && scope.Cached(Text, out var cached))
        {
            return cached;
        }

        try
        {
            var result = _expression.Transform(new JmesPathArgument(scope.Root)).AsJToken();
            result = result is null || result.Type == JTokenType.Null ? null : result;
            if (!_readsElement)
            {
                scope.Cache(Text, result);
            }

            return result;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new VariableException($"JMESPath \"{Text}\" failed: {FirstLine(e)}", e);
        }
    }

    private static DevLab.JmesPath.JmesPath CreateParser()
    {
        var jmes = new DevLab.JmesPath.JmesPath();
        KyvernoFunctions.Register(jmes);
        return jmes;
    }

    // A failure inside the library's set-up comes wrapped (TypeInitializationException): the cause is what helps.
    private static string FirstLine(Exception e) => FirstLine(e.GetBaseException().Message);

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}
