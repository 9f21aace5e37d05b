using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using Kurator.Sdk.Policy.Evaluation;

namespace Kurator.Sdk.Policy.Kyverno.Patterns.Runtime;

/// <summary>
/// A Kyverno <c>validate.pattern</c> compiled once, to be matched against any number of resources (thread-safe).
/// Anchors <c>()</c>, <c>=()</c>, <c>^()</c>, <c>X()</c>, <c>&lt;()</c> (<c>+()</c> is mutate-only and ignored),
/// wildcards, <c>|</c>, <c>&amp;</c>, <c>!</c>, <c>&gt; &lt; &gt;= &lt;=</c>, ranges, quantities and durations, as
/// Kyverno evaluates them.
/// </summary>
public sealed class KyvernoPattern
{
    private readonly Kyverno.Patterns.PatternElement _root;

    private KyvernoPattern(Kyverno.Patterns.PatternElement root, bool usesVariables)
    {
        _root = root;
        UsesVariables = usesVariables;
    }

    /// <summary>
    /// True when the pattern holds <c>{{ ... }}</c> variables: pass a resolver to <see cref="Match"/> (without one
    /// the result is <see cref="KyvernoPatternStatus.Error"/>).
    /// </summary>
    public bool UsesVariables { get; }

    /// <summary>Compiles a pattern (the value of <c>validate.pattern</c>, or one item of <c>anyPattern</c>).</summary>
    /// <param name="pattern">The pattern as JSON; JSON null is Kyverno's null pattern.</param>
    public static KyvernoPattern Compile(JsonNode? pattern)
    {
        var root = Kyverno.Patterns.PatternCompiler.Compile(new JsonPolicyNode(pattern));
        return new KyvernoPattern(root, ContainsVariables(pattern));
    }

    /// <summary>Compiles every item of an <c>anyPattern</c> list.</summary>
    /// <exception cref="ArgumentException">The value is not a list.</exception>
    public static IReadOnlyList<KyvernoPattern> CompileAny(JsonNode? anyPattern)
    {
        if (anyPattern is not JsonArray items)
        {
            throw new ArgumentException("validate.anyPattern must be a list of patterns", nameof(anyPattern));
        }

        var patterns = new List<KyvernoPattern>(items.Count);
        foreach (var item in items)
        {
            patterns.Add(Compile(item));
        }

        return patterns;
    }

    /// <summary>Matches one resource.</summary>
    /// <param name="resource">The resource (the whole object, as <c>request.object</c>).</param>
    /// <param name="variables">Resolves <c>{{ ... }}</c>; needed only when <see cref="UsesVariables"/>.</param>
    public KyvernoPatternResult Match(JsonNode? resource, KyvernoVariableResolver? variables = null)
    {
        var result = Kyverno.Patterns.PatternMatcher<JsonPolicyNode>.Match(_root, new JsonPolicyNode(resource), Adapt(variables));
        return PatternResults.From(result);
    }

    /// <summary>
    /// Kyverno's <c>anyPattern</c>: pass when any pattern passes; otherwise fail when any failed, skip when all
    /// skipped. Unknown when none passed and one could not be judged; error when one could not be evaluated.
    /// </summary>
    public static KyvernoPatternResult MatchAny(IReadOnlyList<KyvernoPattern> patterns, JsonNode? resource, KyvernoVariableResolver? variables = null)
    {
        var results = new List<KyvernoPatternResult>(patterns.Count);
        for (var i = 0; i < patterns.Count; i++)
        {
            var result = patterns[i].Match(resource, variables);
            if (result.Status == KyvernoPatternStatus.Pass)
            {
                return new KyvernoPatternResult(KyvernoPatternStatus.Pass, null, null, null, i, new[] { result });
            }

            results.Add(result);
        }

        return PatternResults.Any(results);
    }

    private static Kyverno.Patterns.PatternVariableResolver? Adapt(KyvernoVariableResolver? variables)
    {
        if (variables is null)
        {
            return null;
        }

        return (string expression, out Kyverno.Patterns.ResolvedVariable value) =>
        {
            if (!variables(expression, out var json))
            {
                value = default;
                return false;
            }

            var element = Kyverno.Patterns.PatternCompiler.Compile(new JsonPolicyNode(json));
            var text = json is null ? "null" : json is JsonValue ? ScalarText.Of(json) : json.ToJsonString();
            value = new Kyverno.Patterns.ResolvedVariable(element, text);
            return true;
        };
    }

    private static bool ContainsVariables(JsonNode? node) => node switch
    {
        JsonObject obj => AnyValue(obj),
        JsonArray array => AnyItem(array),
        JsonValue value => value.GetValueKind() == System.Text.Json.JsonValueKind.String
            && Kyverno.Patterns.VariableTemplate.TryParse(value.GetValue<string>(), out _),
        _ => false,
    };

    private static bool AnyValue(JsonObject obj)
    {
        foreach (var property in obj)
        {
            if (ContainsVariables(property.Value))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyItem(JsonArray array)
    {
        foreach (var item in array)
        {
            if (ContainsVariables(item))
            {
                return true;
            }
        }

        return false;
    }
}
