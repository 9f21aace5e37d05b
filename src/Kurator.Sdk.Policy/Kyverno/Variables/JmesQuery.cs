using System;
using System.Collections.Generic;
using Kurator.Sdk.Policy.Kyverno.Jmes;

namespace Kurator.Sdk.Policy.Kyverno.Variables;

/// <summary>
/// One JMESPath expression (with Kyverno's functions), checked once and evaluated against many scopes, from any thread:
/// the parsed tree is immutable and an evaluation keeps its state on its own stack.
/// </summary>
internal sealed class JmesQuery
{
    private readonly JmesExpression _expression;

    private readonly bool _readsElement;

    // The names read from the root (`environment`, `request` of request.object.kind, `env` of to_upper(env)), which must
    // be defined in the scope.
    private readonly IReadOnlyList<string> _rootNames;

    private JmesQuery(JmesExpression expression)
    {
        _expression = expression;
        _readsElement = expression.Text.Contains("element", StringComparison.Ordinal);
        _rootNames = JmesRootNames.Of(expression.Root);
    }

    public string Text => _expression.Text;

    /// <summary>Parses <paramref name="text"/>; throws <see cref="FormatException"/> with the parser's message when invalid.</summary>
    public static JmesQuery Parse(string text)
    {
        try
        {
            return new JmesQuery(JmesExpression.Parse(text, KyvernoJmesFunctions.Table));
        }
        catch (FormatException e)
        {
            throw new FormatException($"invalid JMESPath expression \"{text}\": {e.Message}", e);
        }
    }

    /// <summary>
    /// Evaluates against the scope's root (null gives <see cref="JmesValue.Null"/>); the value may borrow the scope's
    /// data. Throws <see cref="VariableException"/> when the evaluation fails.
    /// </summary>
    public JmesValue Evaluate(VariableScope scope)
    {
        // JMESPath answers null for a name the data lacks, so `{{ environment }}` (or `{{ to_upper(environment) }}`) with
        // nothing supplying it would let the rule pass or fail on null; Kyverno fails the substitution instead (the value would come from the cluster or
        // the CLI's values). A missing field under a defined root (request.object...) stays null, as in Kyverno.
        var root = scope.Root;
        foreach (var name in _rootNames)
        {
            if (!root.TryGetProperty(name, out _))
            {
                throw new VariableException($"variable \"{Text}\" is not defined: nothing here supplies \"{name}\" (a kyverno test values file can)");
            }
        }

        // Many rules ask the same of one object (request.operation, the containers): a query that does not read the
        // foreach element is answered once per object.
        if (!_readsElement && scope.Cached(Text, out var cached))
        {
            return cached;
        }

        try
        {
            var result = _expression.Evaluate(root);
            if (result.Kind == JmesKind.Expression)
            {
                throw new JmesException("an expression reference (&expr) is not a value");
            }

            if (!_readsElement)
            {
                scope.Cache(Text, result);
            }

            return result;
        }
        catch (Exception e) when (e is not (OutOfMemoryException or VariableException))
        {
            throw new VariableException($"JMESPath \"{Text}\" failed: {FirstLine(e.Message)}", e);
        }
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}
