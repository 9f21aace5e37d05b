using System.Collections.Generic;
using System.Text.Json.Nodes;
using Kurator.Sdk.Policy.Evaluation;
using Kurator.Sdk.Policy.Kyverno.Jmes;
using Kurator.Sdk.Policy.Kyverno.Variables;

namespace Kurator.Sdk.Policy.Kyverno.Validation;

/// <summary>
/// <c>validate.foreach</c>: for each entry, the JMESPath <c>list</c> is evaluated and every element (bound as
/// <c>element</c>/<c>elementIndex</c>) whose preconditions hold is judged by the entry's pattern, anyPattern, deny or
/// nested foreach. The first failing element fails the rule; when no element applied at all the rule is skipped, as in
/// Kyverno. A list that resolves to nothing (an absent field) contributes no elements.
/// </summary>
internal sealed class ForeachCheck : IRuleCheck
{
    private readonly List<Entry> _entries;

    public ForeachCheck(List<Entry> entries) => _entries = entries;

    public RuleVerdict Check(JsonNode? target, VariableScope scope)
    {
        var applied = 0;
        foreach (var entry in _entries)
        {
            var elements = entry.List.Evaluate(scope);
            if (elements.Kind != JmesKind.Array)
            {
                continue;
            }

            for (var i = 0; i < elements.Count; i++)
            {
                var element = elements.Item(i);
                var saved = scope.Enter(element, i);
                try
                {
                    if (!entry.Preconditions.Holds(scope))
                    {
                        continue;
                    }

                    // Only a pattern reads the element as JSON; deny and nested foreach read it through the scope.
                    var verdict = entry.Body.Check(entry.Body is PatternCheck ? VariableScope.ElementNode(element) : null, scope);
                    switch (verdict.Outcome)
                    {
                        case KyvernoRuleOutcome.Pass:
                            applied++;
                            break;
                        case KyvernoRuleOutcome.Skip:
                            break;
                        case KyvernoRuleOutcome.Fail:
                            return verdict with { Path = FieldPath.Join(FieldPath.Index(entry.Path, i), verdict.Path) };
                        default:
                            return verdict;
                    }
                }
                finally
                {
                    scope.Leave(saved);
                }
            }
        }

        return applied == 0 ? RuleVerdict.Skip("rule skipped: no foreach element applied") : RuleVerdict.Pass();
    }

    /// <summary>One foreach entry: its list (path shown in failures), element preconditions, and body.</summary>
    internal sealed record Entry(JmesQuery List, string Path, ConditionBlock Preconditions, IRuleCheck Body);
}
