using System.Globalization;
using System.Text.Json.Nodes;
using Kurator.Sdk.Policy.Kyverno.Patterns;

namespace Kurator.Sdk.Policy.Kyverno.Conditions;

/// <summary>
/// Kyverno's <c>GreaterThan</c>, <c>GreaterThanOrEquals</c>, <c>LessThan</c>, <c>LessThanOrEquals</c>: durations
/// first, then quantities (both strings), then numbers (numeric strings too), then semantic versions.
/// Anything else is false.
/// </summary>
internal static class NumericComparison
{
    public static bool Compare(ConditionOperatorKind op, JsonNode? key, JsonNode? value)
    {
        var order = Order(key, value);
        return order is int o && op switch
        {
            ConditionOperatorKind.GreaterThan => o > 0,
            ConditionOperatorKind.GreaterThanOrEquals => o >= 0,
            ConditionOperatorKind.LessThan => o < 0,
            _ => o <= 0,
        };
    }

    // The order of key relative to value; null when they cannot be compared.
    private static int? Order(JsonNode? key, JsonNode? value)
    {
        var k = GoText.ScalarOf(key);
        var v = GoText.ScalarOf(value);
        if (k is not { } ks || v is not { } vs)
        {
            return null;
        }

        if (ks.IsNumber)
        {
            return NumberAgainst(ks.Number, key, value, vs);
        }

        if (ks.Kind != ScalarKind.String)
        {
            return null;
        }

        if (ConditionDurations.TryRead(key, value, out var kd, out var vd))
        {
            return kd.CompareTo(vd);
        }

        if (vs.Kind == ScalarKind.String && KubeQuantity.TryParse(ks.Text, out var kq) && KubeQuantity.TryParse(vs.Text, out var vq))
        {
            return kq.CompareTo(vq);
        }

        if (double.TryParse(ks.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var kn))
        {
            return NumberAgainst(kn, key, value, vs);
        }

        if (SemanticVersion.TryParse(ks.Text, out var kv))
        {
            return vs.Kind == ScalarKind.String && SemanticVersion.TryParse(vs.Text, out var vv) ? kv.CompareTo(vv) : null;
        }

        return null;
    }

    private static int? NumberAgainst(double key, JsonNode? keyNode, JsonNode? valueNode, Scalar value)
    {
        if (value.IsNumber)
        {
            return key.CompareTo(value.Number);
        }

        if (value.Kind != ScalarKind.String)
        {
            return null;
        }

        if (ConditionDurations.TryRead(keyNode, valueNode, out var kd, out var vd))
        {
            return kd.CompareTo(vd);
        }

        return double.TryParse(value.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? key.CompareTo(parsed) : null;
    }
}
