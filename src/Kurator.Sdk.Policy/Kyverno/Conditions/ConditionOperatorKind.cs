namespace Kurator.Sdk.Policy.Kyverno.Conditions;

/// <summary>The operators of Kyverno <c>preconditions</c> and <c>validate.deny.conditions</c>.</summary>
public enum ConditionOperatorKind
{
    /// <summary><c>Equals</c> (also <c>Equal</c>).</summary>
    Equals,

    /// <summary><c>NotEquals</c> (also <c>NotEqual</c>).</summary>
    NotEquals,

    /// <summary><c>In</c> (deprecated): the key, or every key, is in the value set.</summary>
    In,

    /// <summary><c>NotIn</c> (deprecated): the negation of <see cref="In"/>.</summary>
    NotIn,

    /// <summary><c>AnyIn</c>: at least one key is in the value set (wildcards both ways, ranges).</summary>
    AnyIn,

    /// <summary><c>AllIn</c>: every key is in the value set.</summary>
    AllIn,

    /// <summary><c>AnyNotIn</c>: at least one key is not in the value set.</summary>
    AnyNotIn,

    /// <summary><c>AllNotIn</c>: no key is in the value set.</summary>
    AllNotIn,

    /// <summary><c>GreaterThan</c>: numbers, quantities, durations, semantic versions.</summary>
    GreaterThan,

    /// <summary><c>GreaterThanOrEquals</c>.</summary>
    GreaterThanOrEquals,

    /// <summary><c>LessThan</c>.</summary>
    LessThan,

    /// <summary><c>LessThanOrEquals</c>.</summary>
    LessThanOrEquals,

    /// <summary><c>DurationGreaterThan</c> (deprecated): durations, numbers as seconds.</summary>
    DurationGreaterThan,

    /// <summary><c>DurationGreaterThanOrEquals</c> (deprecated).</summary>
    DurationGreaterThanOrEquals,

    /// <summary><c>DurationLessThan</c> (deprecated).</summary>
    DurationLessThan,

    /// <summary><c>DurationLessThanOrEquals</c> (deprecated).</summary>
    DurationLessThanOrEquals,
}
