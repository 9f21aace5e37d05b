using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace Kurator.Sdk.Policy.Kyverno.Conditions;

/// <summary>
/// A Kyverno condition operator (<c>preconditions</c>, <c>validate.deny.conditions</c>), evaluated over the key and
/// value after variable substitution, with Kyverno's type rules: wildcards, ranges (<c>1-10</c>), quantities
/// (<c>1Gi</c>), durations (<c>30s</c>) and semantic versions where Kyverno accepts them. Values of a type Kyverno
/// rejects make the condition false, as in Kyverno.
/// </summary>
public sealed class KyvernoConditionOperator
{
    private static readonly Dictionary<string, ConditionOperatorKind> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Equals"] = ConditionOperatorKind.Equals,
        ["Equal"] = ConditionOperatorKind.Equals,
        ["NotEquals"] = ConditionOperatorKind.NotEquals,
        ["NotEqual"] = ConditionOperatorKind.NotEquals,
        ["In"] = ConditionOperatorKind.In,
        ["NotIn"] = ConditionOperatorKind.NotIn,
        ["AnyIn"] = ConditionOperatorKind.AnyIn,
        ["AllIn"] = ConditionOperatorKind.AllIn,
        ["AnyNotIn"] = ConditionOperatorKind.AnyNotIn,
        ["AllNotIn"] = ConditionOperatorKind.AllNotIn,
        ["GreaterThan"] = ConditionOperatorKind.GreaterThan,
        ["GreaterThanOrEquals"] = ConditionOperatorKind.GreaterThanOrEquals,
        ["LessThan"] = ConditionOperatorKind.LessThan,
        ["LessThanOrEquals"] = ConditionOperatorKind.LessThanOrEquals,
        ["DurationGreaterThan"] = ConditionOperatorKind.DurationGreaterThan,
        ["DurationGreaterThanOrEquals"] = ConditionOperatorKind.DurationGreaterThanOrEquals,
        ["DurationLessThan"] = ConditionOperatorKind.DurationLessThan,
        ["DurationLessThanOrEquals"] = ConditionOperatorKind.DurationLessThanOrEquals,
    };

    private KyvernoConditionOperator(ConditionOperatorKind kind) => Kind = kind;

    /// <summary>Which operator.</summary>
    public ConditionOperatorKind Kind { get; }

    /// <summary>True for <c>In</c>, <c>NotIn</c> and the <c>Duration*</c> operators, which Kyverno deprecates.</summary>
    public bool IsDeprecated => Kind is ConditionOperatorKind.In or ConditionOperatorKind.NotIn
        or ConditionOperatorKind.DurationGreaterThan or ConditionOperatorKind.DurationGreaterThanOrEquals
        or ConditionOperatorKind.DurationLessThan or ConditionOperatorKind.DurationLessThanOrEquals;

    /// <summary>Parses an operator name, case-insensitively as Kyverno does.</summary>
    /// <exception cref="KyvernoConditionException">The name is no Kyverno operator.</exception>
    public static KyvernoConditionOperator Parse(string name)
    {
        if (TryParse(name, out var op))
        {
            return op!;
        }

        throw new KyvernoConditionException(
            "unknown condition operator '" + name + "'; expected one of Equals, NotEquals, In, NotIn, AnyIn, AllIn, AnyNotIn, AllNotIn, "
            + "GreaterThan, GreaterThanOrEquals, LessThan, LessThanOrEquals, DurationGreaterThan, DurationGreaterThanOrEquals, "
            + "DurationLessThan, DurationLessThanOrEquals");
    }

    /// <summary>Parses an operator name; false for an unknown one.</summary>
    public static bool TryParse(string? name, out KyvernoConditionOperator? op)
    {
        op = name is not null && Names.TryGetValue(name.Trim(), out var kind) ? new KyvernoConditionOperator(kind) : null;
        return op is not null;
    }

    /// <summary>Evaluates <c>key operator value</c>.</summary>
    /// <param name="key">The condition's key, variables resolved (JSON null for null).</param>
    /// <param name="value">The condition's value, variables resolved.</param>
    public bool Evaluate(JsonNode? key, JsonNode? value)
    {
        switch (Kind)
        {
            case ConditionOperatorKind.Equals:
                return Equality.Equal(key, value) ?? false;
            case ConditionOperatorKind.NotEquals:
                return Equality.Equal(key, value) is bool equal && !equal;
            case ConditionOperatorKind.GreaterThan:
            case ConditionOperatorKind.GreaterThanOrEquals:
            case ConditionOperatorKind.LessThan:
            case ConditionOperatorKind.LessThanOrEquals:
                return NumericComparison.Compare(Kind, key, value);
            case ConditionOperatorKind.DurationGreaterThan:
            case ConditionOperatorKind.DurationGreaterThanOrEquals:
            case ConditionOperatorKind.DurationLessThan:
            case ConditionOperatorKind.DurationLessThanOrEquals:
                return DurationCompare(key, value);
            default:
                return SetMembership.Evaluate(Kind, key, value);
        }
    }

    /// <inheritdoc />
    public override string ToString() => Kind.ToString();

    private bool DurationCompare(JsonNode? key, JsonNode? value)
    {
        if (ConditionDurations.Seconds(key) is not double k || ConditionDurations.Seconds(value) is not double v)
        {
            return false;
        }

        return Kind switch
        {
            ConditionOperatorKind.DurationGreaterThan => k > v,
            ConditionOperatorKind.DurationGreaterThanOrEquals => k >= v,
            ConditionOperatorKind.DurationLessThan => k < v,
            _ => k <= v,
        };
    }
}
