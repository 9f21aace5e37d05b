using System;
using System.Threading;
using DevLab.JmesPath.Expressions;
using Newtonsoft.Json.Linq;

namespace Kurator.Sdk.Policy.Kyverno.Variables;

/// <summary>
/// One JMESPath expression (with Kyverno's functions), checked once and evaluated against many scopes, from any thread.
/// </summary>
/// <remarks>
/// A parsed JmesPath.Net expression is not safe to evaluate from two threads at once: it carries its own scope state,
/// which every evaluation writes (the root it sets for <c>$</c>, the stack of <c>let</c> scopes), and the function
/// objects of the <c>JmesPath</c> instance that parsed it (with a settable context) are shared by all its expressions.
/// So each thread parses the text once with its own instance and evaluates only its own copy; the text was checked when
/// the policy was compiled, so it parses the same way on every thread.
/// </remarks>
internal sealed class JmesQuery
{
    // The generated parser's static tables are not documented as thread-safe; parsing is rare (once per thread).
    private static readonly object ParseLock = new();

    [ThreadStatic]
    private static DevLab.JmesPath.JmesPath? _threadParser;

    private readonly ThreadLocal<JmesPathExpression> _expression;

    private readonly bool _readsElement;

    // The names read from the root (`environment`, `request` of request.object.kind, `env` of to_upper(env)), which must
    // be defined in the scope.
    private readonly System.Collections.Generic.IReadOnlyList<string> _rootNames;

    private JmesQuery(string text, JmesPathExpression expression)
    {
        Text = text;
        _expression = new ThreadLocal<JmesPathExpression>(() => ParseOnThisThread(text)) { Value = expression };
        _readsElement = text.Contains("element", StringComparison.Ordinal);
        _rootNames = JmesRootNames.Of(text);
    }

    public string Text { get; }

    /// <summary>Parses <paramref name="text"/>; throws <see cref="FormatException"/> with the parser's message when invalid.</summary>
    public static JmesQuery Parse(string text)
    {
        try
        {
            return new JmesQuery(text, ParseOnThisThread(text));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new FormatException($"invalid JMESPath expression \"{text}\": {FirstLine(e)}", e);
        }
    }

    /// <summary>Evaluates against the scope's root; throws <see cref="VariableException"/> when the evaluation fails.</summary>
    public JToken? Evaluate(VariableScope scope)
    {
        // JMESPath answers null for a name the data lacks, so `{{ environment }}` (or `{{ to_upper(environment) }}`) with
        // nothing supplying it would let the rule pass or fail on null; Kyverno fails the substitution instead (the value would come from the cluster or
        // the CLI's values). A missing field under a defined root (request.object...) stays null, as in Kyverno.
        foreach (var name in _rootNames)
        {
            if (scope.Root[name] is null)
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
            var result = _expression.Value!.Transform(new JmesPathArgument(scope.Root)).AsJToken();
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

    private static JmesPathExpression ParseOnThisThread(string text)
    {
        var parser = _threadParser ??= CreateParser();
        lock (ParseLock)
        {
            return parser.Parse(text);
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
