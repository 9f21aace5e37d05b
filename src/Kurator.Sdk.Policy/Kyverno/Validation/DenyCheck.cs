using System.Text.Json.Nodes;
using Kurator.Sdk.Policy.Kyverno.Variables;

namespace Kurator.Sdk.Policy.Kyverno.Validation;

/// <summary><c>validate.deny</c>: fails when its conditions hold (an empty <c>deny: {}</c> always fails).</summary>
internal sealed class DenyCheck : IRuleCheck
{
    private readonly ConditionBlock _conditions;
    private readonly RuleMessage _message;

    public DenyCheck(ConditionBlock conditions, RuleMessage message)
    {
        _conditions = conditions;
        _message = message;
    }

    public RuleVerdict Check(JsonNode? target, VariableScope scope) =>
        _conditions.Holds(scope) ? RuleVerdict.Fail(string.Empty, _message.Resolve(scope)) : RuleVerdict.Pass();
}
