using System.Text.Json;
using System.Text.Json.Nodes;
using Kurator.Sdk.Policy.Kyverno.Patterns;

namespace Kurator.Sdk.Policy.Kyverno.Conditions;

/// <summary>Reads resolved JSON condition operands the way Kyverno's Go code sees them.</summary>
internal static class GoText
{
    /// <summary>The scalar (null for objects and lists); JSON null is <see cref="Scalar.Null"/>.</summary>
    public static Scalar? ScalarOf(JsonNode? node)
    {
        if (node is null)
        {
            return Scalar.Null;
        }

        if (node is not JsonValue value)
        {
            return null;
        }

        return value.GetValueKind() switch
        {
            JsonValueKind.String => Scalar.String(value.GetValue<string>()),
            JsonValueKind.True => Scalar.Bool(true),
            JsonValueKind.False => Scalar.Bool(false),
            JsonValueKind.Null => Scalar.Null,
            _ => Scalar.FromJsonText(value.ToJsonString()),
        };
    }

    /// <summary>Go's <c>fmt.Sprint</c> of a scalar; objects and lists as JSON (Kyverno never matches those as set items).</summary>
    public static string Sprint(JsonNode? node)
    {
        var scalar = ScalarOf(node);
        return scalar is null ? node!.ToJsonString() : scalar.Value.PrintText();
    }
}
