namespace Kurator.Sdk.Policy.Kyverno.Patterns;

/// <summary>The anchor on a pattern key, written as a prefix and parentheses around the field name.</summary>
internal enum AnchorKind
{
    /// <summary>A plain field: it must be present and match.</summary>
    None,

    /// <summary><c>(key)</c>: if the field does not match (or is absent), this map does not apply: skip.</summary>
    Condition,

    /// <summary><c>&lt;(key)</c>: if the field is present and does not match, the rule does not apply: skip.</summary>
    Global,

    /// <summary><c>=(key)</c>: if the field is present, it must match.</summary>
    Equality,

    /// <summary><c>^(key)</c>: on a list, at least one item must match each pattern item.</summary>
    Existence,

    /// <summary><c>X(key)</c>: the field must be absent.</summary>
    Negation,

    /// <summary><c>+(key)</c>: add if not present (mutate only); ignored when validating.</summary>
    AddIfNotPresent,
}
