using System.Text.Json.Nodes;
using Kurator.Sdk.Policy.Kyverno.Jmes;

namespace Kurator.Sdk.Policy.Tests.Jmes;

/// <summary>Evaluates an expression against JSON text and gives the result as compact JSON.</summary>
internal static class Jmes
{
    public static string Eval(string expression, string json) =>
        JmesJson.Serialize(JmesExpression.Parse(expression).Evaluate(JmesValue.From(JsonNode.Parse(json))));
}
