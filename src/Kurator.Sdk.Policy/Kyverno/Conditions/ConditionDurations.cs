using System.Text.Json.Nodes;
using Kurator.Sdk.Policy.Kyverno.Patterns;

namespace Kurator.Sdk.Policy.Kyverno.Conditions;

/// <summary>
/// Kyverno's duration reading of a key/value pair: when at least one side is a Go duration string (<c>30s</c>,
/// <c>1h</c>; a bare <c>0</c> does not count), the other side may be a number of seconds.
/// </summary>
internal static class ConditionDurations
{
    /// <summary>Both sides in seconds; false when neither is a duration or the other side is no number of seconds.</summary>
    public static bool TryRead(JsonNode? key, JsonNode? value, out double keySeconds, out double valueSeconds)
    {
        var keyDuration = DurationSeconds(key);
        var valueDuration = DurationSeconds(value);
        keySeconds = 0;
        valueSeconds = 0;
        if (keyDuration is null && valueDuration is null)
        {
            return false;
        }

        var k = keyDuration ?? NumberSeconds(key);
        var v = valueDuration ?? NumberSeconds(value);
        if (k is null || v is null)
        {
            return false;
        }

        keySeconds = k.Value;
        valueSeconds = v.Value;
        return true;
    }

    /// <summary>A duration string, or a number of seconds (the deprecated Duration* operators accept both).</summary>
    public static double? Seconds(JsonNode? node) => DurationSeconds(node, allowZero: true) ?? NumberSeconds(node);

    private static double? DurationSeconds(JsonNode? node, bool allowZero = false)
    {
        if (GoText.ScalarOf(node) is not { Kind: ScalarKind.String } s || (!allowZero && s.Text == "0"))
        {
            return null;
        }

        return GoDuration.TryParse(s.Text, out var ns) ? ns / 1e9 : null;
    }

    // Go converts a number of seconds with time.Duration(n) * time.Second: the fraction is dropped.
    private static double? NumberSeconds(JsonNode? node) =>
        GoText.ScalarOf(node) is { IsNumber: true } n ? System.Math.Truncate(n.Number) : null;
}
