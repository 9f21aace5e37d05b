using System.Text.Json.Nodes;
using Kurator.Sdk.Policy.Kyverno.Variables;

namespace Kurator.Sdk.Policy.Kyverno.Validation;

/// <summary>A rule this engine does not evaluate: Skip for mutate/generate (not validations), NotEvaluated otherwise.</summary>
internal sealed class UnsupportedCheck : IRuleCheck
{
    private readonly RuleVerdict _verdict;

    private UnsupportedCheck(RuleVerdict verdict) => _verdict = verdict;

    public static UnsupportedCheck Skip(string reason) => new(RuleVerdict.Skip(reason));

    public static UnsupportedCheck NotEvaluated(string reason) => new(RuleVerdict.NotEvaluated(reason));

    public RuleVerdict Check(JsonNode? target, VariableScope scope) => _verdict;
}
