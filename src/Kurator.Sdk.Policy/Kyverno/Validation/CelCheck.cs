using System.Collections.Generic;
using System.Text.Json.Nodes;
using Kurator.Sdk.Policy.Kyverno.Variables;
using Kurator.Sdk.Validation.Cel;

namespace Kurator.Sdk.Policy.Kyverno.Validation;

/// <summary>
/// <c>validate.cel.expressions</c> through the SDK's CEL subset (the one CRD <c>x-kubernetes-validations</c> use), with
/// <c>object</c>, <c>oldObject</c> (null: a new object) and <c>request</c> bound. Every expression must be true.
/// </summary>
internal sealed class CelCheck : IRuleCheck
{
    private readonly List<(CelProgram Program, string Expression, string? Message)> _expressions;

    public CelCheck(List<(CelProgram Program, string Expression, string? Message)> expressions) => _expressions = expressions;

    public RuleVerdict Check(JsonNode? target, VariableScope scope)
    {
        var variables = new KeyValuePair<string, JsonNode?>[]
        {
            new("object", target),
            new("oldObject", null),
            new("request", new JsonObject { ["operation"] = scope.Operation, ["userInfo"] = new JsonObject() }),
        };
        foreach (var (program, expression, message) in _expressions)
        {
            switch (program.EvaluateWith(variables))
            {
                case false:
                    return RuleVerdict.Fail(string.Empty, message ?? "failed expression: " + expression);
                case null:
                    return RuleVerdict.Error("CEL expression \"" + expression + "\" did not evaluate to true or false (a missing field or a type mismatch)");
            }
        }

        return RuleVerdict.Pass();
    }
}
