using System.Collections.Generic;
using Kurator.Sdk.Policy.Engine;
using Kurator.Sdk.Policy.Kyverno.Patterns;

namespace Kurator.Sdk.Analyzers.Kyverno;

/// <summary>
/// Applies a rule to a subject with the shared pattern matcher: only when match and exclude are decided, and only a
/// certain failure is a finding (a pass, skip, error or a result that depends on a value not known here is none).
/// </summary>
internal static class RuleJudge
{
    public static void Judge(PolicyRule rule, Subject subject, List<KyvernoFinding> findings)
    {
        if (!Applies(rule, subject))
        {
            return;
        }

        foreach (var check in rule.Checks)
        {
            if (check.ListPath is null)
            {
                JudgeElement(rule, subject, check, subject.Resource, string.Empty, findings);
                continue;
            }

            var list = Follow(subject.Resource, check.ListPath);
            if (list is not { Kind: PolicyNodeKind.List })
            {
                continue; // no such list (nothing to check) or one not known here
            }

            var index = 0;
            var listText = string.Join(".", check.ListPath);
            foreach (var element in list.Items())
            {
                JudgeElement(rule, subject, check, element, PathText.Index(listText, index++), findings);
            }
        }
    }

    private static bool Applies(PolicyRule rule, Subject subject)
    {
        var policy = rule.Policy;
        if (policy.Namespace is not null && (!subject.Kind.Namespaced || subject.Namespace != policy.Namespace))
        {
            return false; // a namespaced Policy judges only objects certainly in its namespace
        }

        if (subject.Controller is not null && (!rule.AppliesToTemplates || !Contains(policy.AutogenControllers, subject.Controller)))
        {
            return false;
        }

        return rule.Match.Selects(subject) == Decision.Yes && (rule.Exclude.IsEmpty || rule.Exclude.Selects(subject) == Decision.No);
    }

    private static void JudgeElement(PolicyRule rule, Subject subject, PatternCheck check, ResourceNode element, string elementPath, List<KyvernoFinding> findings)
    {
        MatchResult? failure = null;
        foreach (var pattern in check.Patterns)
        {
            var result = PatternMatcher<ResourceNode>.Match(pattern, element);
            if (result.Status != MatchStatus.Fail)
            {
                return; // a pass, or an outcome not decided here, for any alternative
            }

            failure ??= result;
        }

        if (failure is { } first)
        {
            findings.Add(FailureLocator.Locate(rule, subject, element, elementPath, first, anyPattern: check.Patterns.Count > 1));
        }
    }

    private static ResourceNode? Follow(ResourceNode node, IReadOnlyList<string> path)
    {
        ResourceNode? current = node;
        foreach (var step in path)
        {
            current = current is { Kind: PolicyNodeKind.Object } ? current.Field(step) : null;
        }

        return current;
    }

    private static bool Contains(IReadOnlyCollection<string> values, string value)
    {
        foreach (var v in values)
        {
            if (v == value)
            {
                return true;
            }
        }

        return false;
    }
}
