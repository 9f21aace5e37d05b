using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Policy.Evaluation;
using Kurator.Sdk.Policy.Kyverno.Variables;
using Kurator.Sdk.Policy.Rules;

namespace Kurator.Sdk.Policy.Kyverno.Validation;

/// <summary>
/// <c>validate.podSecurity</c>: the SDK's Pod Security evaluator at the rule's level and version, less the rule's
/// exclusions. The evaluator finds the pod spec of a Pod and of every pod controller, so autogen rules need no shift.
/// </summary>
internal sealed class PodSecurityRuleCheck : IRuleCheck
{
    private readonly PodSecurityLevel _level;
    private readonly PodSecurityVersion _version;
    private readonly IReadOnlyList<PodSecurityExclusion> _exclusions;

    public PodSecurityRuleCheck(PodSecurityLevel level, PodSecurityVersion version, IReadOnlyList<PodSecurityExclusion> exclusions)
    {
        _level = level;
        _version = version;
        _exclusions = exclusions;
    }

    public RuleVerdict Check(JsonNode? target, VariableScope scope)
    {
        if (target is not JsonObject resource)
        {
            return RuleVerdict.Pass();
        }

        // The rule's target is the object itself (podSecurity rules have no foreach), so one evaluation per object serves
        // every podSecurity rule at this level and version.
        var all = ReferenceEquals(target, scope.Resource)
            ? scope.PodSecurity(_level, _version)
            : PodSecurityEvaluator.Evaluate(resource, _level, _version);
        var violations = all
            .Where(v => !PodSecurityExclusion.IsExcluded(_exclusions, v, resource))
            .ToList();
        if (violations.Count == 0)
        {
            return RuleVerdict.Pass();
        }

        // The violation messages name fields and allowed values, never the resource's own values.
        var message = $"Validation rule failed: {PodSecurityLevels.ToLabel(_level)}:{_version} violated: " + string.Join("; ", violations.Select(v => v.Message));
        return RuleVerdict.Fail(violations[0].Path, message);
    }
}
