using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kurator.Sdk.Policy.Kyverno.Patterns;

namespace Kurator.Sdk.Policy.Kyverno.Conditions;

/// <summary>
/// The set operators (<c>In</c>, <c>AnyIn</c>, <c>AllIn</c> and their negations) as Kyverno evaluates them: the key
/// is a scalar or a list; the value a list, a scalar, a range (<c>1-10</c>) or a string holding a JSON list of strings.
/// Items match by wildcard, in either direction for the Any/All operators. A type Kyverno does not accept makes the
/// condition false, for the negated operators too.
/// </summary>
internal static class SetMembership
{
    public static bool Evaluate(ConditionOperatorKind op, JsonNode? key, JsonNode? value)
    {
        if (key is JsonArray keyList)
        {
            var keys = new List<string>(keyList.Count);
            foreach (var item in keyList)
            {
                keys.Add(GoText.Sprint(item));
            }

            return EvaluateSet(op, keys, value) ?? false;
        }

        var scalar = GoText.ScalarOf(key);
        if (scalar is null || scalar.Value.Kind == ScalarKind.Null)
        {
            return false;
        }

        // The deprecated In/NotIn accept booleans as keys; AnyIn too; AllIn/AllNotIn/AnyNotIn do not.
        if (scalar.Value.Kind == ScalarKind.Bool && op is ConditionOperatorKind.AllIn or ConditionOperatorKind.AllNotIn or ConditionOperatorKind.AnyNotIn)
        {
            return false;
        }

        var found = Contains(op, scalar.Value.PrintText(), value);
        if (found is null)
        {
            return false;
        }

        return op is ConditionOperatorKind.NotIn or ConditionOperatorKind.AnyNotIn or ConditionOperatorKind.AllNotIn ? !found.Value : found.Value;
    }

    // Whether one key is in the value; null for a value type Kyverno rejects.
    private static bool? Contains(ConditionOperatorKind op, string key, JsonNode? value)
    {
        if (value is JsonArray list)
        {
            foreach (var item in list)
            {
                var text = GoText.Sprint(item);
                if (Wildcard.Match(key, text) || Wildcard.Match(text, key))
                {
                    return true;
                }
            }

            return false;
        }

        if (GoText.ScalarOf(value) is not { Kind: ScalarKind.String } s)
        {
            return null;
        }

        var valueText = s.Text;
        if (Wildcard.Match(valueText, key))
        {
            return true;
        }

        var isSetOperator = op is not (ConditionOperatorKind.In or ConditionOperatorKind.NotIn);
        if (isSetOperator && ValueCondition.OperatorOf(valueText) == ValueOperator.InRange)
        {
            return InRange(key, valueText);
        }

        var strings = JsonStrings(valueText, requireJson: !isSetOperator || op is ConditionOperatorKind.AllIn or ConditionOperatorKind.AllNotIn);
        if (strings is null)
        {
            return null;
        }

        return strings.Contains(key);
    }

    // Set keys; null for a value type Kyverno rejects.
    private static bool? EvaluateSet(ConditionOperatorKind op, List<string> keys, JsonNode? value)
    {
        List<string>? values;
        var scalar = value is JsonArray ? null : GoText.ScalarOf(value);
        if (value is JsonArray list)
        {
            values = new List<string>(list.Count);
            foreach (var item in list)
            {
                if (op is ConditionOperatorKind.In or ConditionOperatorKind.NotIn && GoText.ScalarOf(item) is not { Kind: ScalarKind.String })
                {
                    return null;
                }

                values.Add(GoText.Sprint(item));
            }
        }
        else if (scalar is { IsNumber: true } && op is ConditionOperatorKind.AnyIn or ConditionOperatorKind.AnyNotIn)
        {
            values = new List<string> { scalar.Value.PrintText() };
        }
        else if (scalar is { Kind: ScalarKind.String } text)
        {
            if (keys.Count == 1 && keys[0] == text.Text && op is not (ConditionOperatorKind.In or ConditionOperatorKind.NotIn))
            {
                return op is ConditionOperatorKind.AnyIn or ConditionOperatorKind.AllIn;
            }

            if (op is not (ConditionOperatorKind.In or ConditionOperatorKind.NotIn) && ValueCondition.OperatorOf(text.Text) == ValueOperator.InRange)
            {
                return RangeSet(op, keys, text.Text);
            }

            values = JsonStrings(text.Text, requireJson: op is ConditionOperatorKind.In or ConditionOperatorKind.NotIn);
            if (values is null)
            {
                return null;
            }
        }
        else
        {
            return null;
        }

        return op switch
        {
            ConditionOperatorKind.In => AllExact(keys, values),
            ConditionOperatorKind.NotIn => !AllExact(keys, values),
            ConditionOperatorKind.AnyIn => CountMatched(keys, values) > 0,
            ConditionOperatorKind.AnyNotIn => CountMatched(keys, values) < keys.Count,
            ConditionOperatorKind.AllIn => CountMatched(keys, values) == keys.Count,
            _ => CountMatched(keys, values) == 0,
        };
    }

    private static bool RangeSet(ConditionOperatorKind op, List<string> keys, string range)
    {
        var inRange = 0;
        foreach (var key in keys)
        {
            if (InRange(key, range))
            {
                inRange++;
            }
        }

        return op switch
        {
            ConditionOperatorKind.AnyIn => inRange > 0,
            ConditionOperatorKind.AnyNotIn => inRange < keys.Count,
            ConditionOperatorKind.AllIn => inRange == keys.Count,
            _ => inRange == 0,
        };
    }

    private static bool InRange(string key, string range) =>
        ValuePattern.Compile(Scalar.String(range)).Matches(Scalar.String(key));

    // How many keys match some value (wildcards both ways).
    private static int CountMatched(List<string> keys, List<string> values)
    {
        var count = 0;
        foreach (var key in keys)
        {
            foreach (var value in values)
            {
                if (Wildcard.Match(key, value) || Wildcard.Match(value, key))
                {
                    count++;
                    break;
                }
            }
        }

        return count;
    }

    private static bool AllExact(List<string> keys, List<string> values)
    {
        var set = new HashSet<string>(values, System.StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (!set.Contains(key))
            {
                return false;
            }
        }

        return true;
    }

    // A string holding a JSON list of strings ("[\"a\", \"b\"]"); otherwise the string itself as the only item,
    // unless the operator requires JSON (then null: a type Kyverno rejects).
    private static List<string>? JsonStrings(string text, bool requireJson)
    {
        try
        {
            var parsed = JsonNode.Parse(text);
            if (parsed is JsonArray array)
            {
                var list = new List<string>(array.Count);
                foreach (var item in array)
                {
                    if (item is not JsonValue v || v.GetValueKind() != JsonValueKind.String)
                    {
                        return null;
                    }

                    list.Add(v.GetValue<string>());
                }

                return list;
            }

            // Valid JSON that is no list of strings does not unmarshal into one.
            return null;
        }
        catch (JsonException)
        {
            return requireJson ? null : new List<string> { text };
        }
    }
}
