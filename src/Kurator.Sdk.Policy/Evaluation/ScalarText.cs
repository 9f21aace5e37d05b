using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kurator.Sdk.Policy.Evaluation;

/// <summary>Text form of a JSON value for comparison with rule values: strings as-is, <c>true</c>/<c>false</c>, numbers as written.</summary>
internal static class ScalarText
{
    public static string Of(JsonNode node)
    {
        switch (node.GetValueKind())
        {
            case JsonValueKind.String: return node.GetValue<string>();
            case JsonValueKind.True: return "true";
            case JsonValueKind.False: return "false";
            default: return node.ToJsonString();
        }
    }
}
