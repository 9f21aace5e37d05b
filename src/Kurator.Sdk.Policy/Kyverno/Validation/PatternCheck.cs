using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using Kurator.Sdk.Policy.Evaluation;
using Kurator.Sdk.Policy.Kyverno.Jmes;
using Kurator.Sdk.Policy.Kyverno.Model;
using Kurator.Sdk.Policy.Kyverno.Patterns;
using Kurator.Sdk.Policy.Kyverno.Variables;

namespace Kurator.Sdk.Policy.Kyverno.Validation;

/// <summary>
/// <c>validate.pattern</c> (one pattern) or <c>anyPattern</c> (several; one passing suffices), compiled once by the
/// pattern engine (Patterns/). Variables inside a pattern are resolved per resource through JMESPath.
/// </summary>
internal sealed class PatternCheck : IRuleCheck
{
    private readonly List<PatternElement> _patterns;
    private readonly RuleMessage _message;
    // Filled while evaluating (the pattern engine hands over each variable's text), possibly from several threads at once.
    private readonly ConcurrentDictionary<string, JmesQuery> _queries = new(StringComparer.Ordinal);

    private PatternCheck(List<PatternElement> patterns, RuleMessage message)
    {
        _patterns = patterns;
        _message = message;
    }

    public static PatternCheck? Compile(IReadOnlyList<JsonNode?> patterns, string path, RuleMessage message, PolicyReader reader)
    {
        var compiled = new List<PatternElement>(patterns.Count);
        for (var i = 0; i < patterns.Count; i++)
        {
            try
            {
                compiled.Add(PatternCompiler.Compile(new JsonPolicyNode(patterns[i])));
            }
            catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
            {
                reader.Problem(patterns.Count == 1 ? path : FieldPath.Index(path, i), e.Message);
                return null;
            }
        }

        return new PatternCheck(compiled, message);
    }

    public RuleVerdict Check(JsonNode? target, VariableScope scope)
    {
        PatternVariableResolver resolver = (string expression, out ResolvedVariable value) => Resolve(expression, scope, out value);
        var node = new JsonPolicyNode(target);
        MatchResult? firstFailure = null;
        var skips = 0;
        foreach (var pattern in _patterns)
        {
            var result = PatternMatcher<JsonPolicyNode>.Match(pattern, node, resolver);
            switch (result.Status)
            {
                case MatchStatus.Pass:
                    return RuleVerdict.Pass();
                case MatchStatus.Skip:
                    skips++;
                    break;
                default:
                    firstFailure ??= result;
                    break;
            }
        }

        if (firstFailure is not { } failure)
        {
            return RuleVerdict.Skip("rule skipped: " + (skips == 1 ? "a conditional anchor did not match" : "no pattern applied (conditional anchors did not match)"));
        }

        var message = _message.Resolve(scope);
        var detail = failure.Detail ?? "the pattern does not match";
        return failure.Status switch
        {
            MatchStatus.Fail => RuleVerdict.Fail(failure.DottedPath, $"{message} ({detail} at {failure.KyvernoPath})"),
            MatchStatus.Unknown => RuleVerdict.NotEvaluated(detail),
            _ => RuleVerdict.Error($"{message} ({detail})"),
        };
    }

    private bool Resolve(string expression, VariableScope scope, out ResolvedVariable value)
    {
        value = default;
        try
        {
            var query = _queries.GetOrAdd(expression, JmesQuery.Parse);
            var result = query.Evaluate(scope);
            if (result.IsNull)
            {
                return false;
            }

            // The pattern compiler only reads the node: a node of the resource is not copied.
            value = new ResolvedVariable(PatternCompiler.Compile(new JsonPolicyNode(JmesJson.ToNode(result, detached: false))), JmesJson.Text(result));
            return true;
        }
        catch (Exception e) when (e is FormatException or VariableException)
        {
            return false;
        }
    }
}
