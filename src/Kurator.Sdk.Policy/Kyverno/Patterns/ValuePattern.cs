using System;
using System.Collections.Generic;

namespace Kurator.Sdk.Policy.Kyverno.Patterns;

/// <summary>
/// A scalar pattern value, compiled once: a boolean, integer, float or null must equal the resource value (with
/// Kyverno's cross-type rules); a string is alternatives split at <c>|</c>, each a conjunction split at <c>&amp;</c>
/// of <see cref="ValueCondition"/>s.
/// </summary>
internal sealed class ValuePattern
{
    private readonly Scalar _literal;
    private readonly ValueCondition[][] _alternatives;

    private ValuePattern(Scalar literal, ValueCondition[][] alternatives)
    {
        _literal = literal;
        _alternatives = alternatives;
    }

    /// <summary>The pattern as written in the policy (for messages).</summary>
    public string Text => _literal.Kind == ScalarKind.Null ? "null" : _literal.Text;

    /// <summary>True for the string <c>*</c>, which at a map field means "present and not null".</summary>
    public bool IsPresenceWildcard => _literal.Kind == ScalarKind.String && _literal.Text == "*";

    public static ValuePattern Compile(Scalar literal)
    {
        if (literal.Kind != ScalarKind.String)
        {
            return new ValuePattern(literal, Array.Empty<ValueCondition[]>());
        }

        var alternatives = new List<ValueCondition[]>();
        foreach (var alternative in literal.Text.Split('|'))
        {
            var parts = alternative.Trim(' ').Split('&');
            var conditions = new ValueCondition[parts.Length];
            for (var i = 0; i < parts.Length; i++)
            {
                conditions[i] = ValueCondition.Parse(parts[i].Trim(' '));
            }

            alternatives.Add(conditions);
        }

        return new ValuePattern(literal, alternatives.ToArray());
    }

    /// <summary>Whether a resource scalar matches (Kyverno's <c>pattern.Validate</c>).</summary>
    public bool Matches(Scalar value)
    {
        switch (_literal.Kind)
        {
            case ScalarKind.Bool:
                return value.Kind == ScalarKind.Bool && value.Text == _literal.Text;
            case ScalarKind.Integer:
                return MatchesInteger(value);
            case ScalarKind.Float:
                return MatchesFloat(value);
            case ScalarKind.Null:
                return value.Kind switch
                {
                    ScalarKind.Null => true,
                    ScalarKind.Bool => value.Text == "false",
                    ScalarKind.String => value.Text.Length == 0,
                    _ => value.Number == 0,
                };
        }

        if (value.Kind == ScalarKind.String && value.Text == _literal.Text)
        {
            return true;
        }

        foreach (var conjunction in _alternatives)
        {
            if (AllMatch(conjunction, value))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AllMatch(ValueCondition[] conditions, Scalar value)
    {
        foreach (var condition in conditions)
        {
            if (!condition.Matches(value))
            {
                return false;
            }
        }

        return true;
    }

    private bool MatchesInteger(Scalar value) => value.Kind switch
    {
        ScalarKind.Integer => value.Integer == _literal.Integer,
        ScalarKind.Float => value.Number == Math.Truncate(value.Number) && value.Number == _literal.Integer,
        ScalarKind.String => long.TryParse(value.Text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var parsed) && parsed == _literal.Integer,
        _ => false,
    };

    private bool MatchesFloat(Scalar value) => value.Kind switch
    {
        ScalarKind.Integer => _literal.Number == Math.Truncate(_literal.Number) && value.Integer == _literal.Number,
        ScalarKind.Float => value.Number == _literal.Number,
        ScalarKind.String => double.TryParse(value.Text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var parsed) && parsed == _literal.Number,
        _ => false,
    };
}
