using System;
using System.Globalization;
using System.Text.Json.Nodes;
using Kurator.Sdk.Policy.Kyverno.Patterns;

namespace Kurator.Sdk.Policy.Kyverno.Conditions;

/// <summary>
/// Kyverno's <c>Equals</c>: the key's type decides. Strings compare as durations, then quantities, then as a
/// wildcard in the value (<c>value: "kube-*"</c>); numbers across int/float/numeric strings; objects and lists deeply.
/// </summary>
internal static class Equality
{
    /// <summary>True/false; null when the key's type is not comparable (JSON null).</summary>
    public static bool? Equal(JsonNode? key, JsonNode? value)
    {
        if (key is JsonObject or JsonArray)
        {
            return value is not null && key.GetValueKind() == value.GetValueKind() && JsonNode.DeepEquals(key, value);
        }

        var k = GoText.ScalarOf(key)!.Value;
        var v = GoText.ScalarOf(value);
        switch (k.Kind)
        {
            case ScalarKind.Null:
                return null;
            case ScalarKind.Bool:
                return v is { Kind: ScalarKind.Bool } b && b.Text == k.Text;
            case ScalarKind.Integer:
                return v is { } vi && IntegerEquals(k.Integer, vi);
            case ScalarKind.Float:
                return v is { } vf && FloatEquals(k.Number, vf);
        }

        if (ConditionDurations.TryRead(key, value, out var ks, out var vs))
        {
            return ks == vs;
        }

        if (v is { Kind: ScalarKind.String } text)
        {
            if (KubeQuantity.TryParse(k.Text, out var kq) && KubeQuantity.TryParse(text.Text, out var vq))
            {
                return kq.CompareTo(vq) == 0;
            }

            return Wildcard.Match(text.Text, k.Text);
        }

        return false;
    }

    private static bool IntegerEquals(long key, Scalar value) => value.Kind switch
    {
        ScalarKind.Integer => value.Integer == key,
        ScalarKind.Float => value.Number == Math.Truncate(value.Number) && value.Number == key,
        ScalarKind.String => long.TryParse(value.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) && parsed == key,
        _ => false,
    };

    private static bool FloatEquals(double key, Scalar value) => value.Kind switch
    {
        ScalarKind.Integer => key == Math.Truncate(key) && value.Integer == key,
        ScalarKind.Float => value.Number == key,
        ScalarKind.String => double.TryParse(value.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && parsed == key,
        _ => false,
    };
}
