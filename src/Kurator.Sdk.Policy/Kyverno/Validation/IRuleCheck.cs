using System.Text.Json.Nodes;
using Kurator.Sdk.Policy.Kyverno.Variables;

namespace Kurator.Sdk.Policy.Kyverno.Validation;

/// <summary>The compiled body of a rule (pattern, deny, foreach, podSecurity, cel, or an unsupported kind).</summary>
internal interface IRuleCheck
{
    /// <summary>Judges <paramref name="target"/> (the resource, or a foreach element); variables come from <paramref name="scope"/>.</summary>
    RuleVerdict Check(JsonNode? target, VariableScope scope);
}
