using System.Text.RegularExpressions;

namespace Kurator.Sdk.Policy.Kyverno.Patterns;

/// <summary>
/// One condition of a string pattern, parsed once: its operator, operand and the operand pre-read as duration,
/// quantity and wildcard. Kyverno tries a duration comparison first, then a quantity, then text.
/// </summary>
internal sealed class ValueCondition
{
    // Kyverno's range grammar: two signed numbers, each with an optional unit, joined by - or !-.
    private static readonly Regex InRange = new(@"^([-|+]?\d+(?:\.\d+)?[A-Za-z]*)-([-|+]?\d+(?:\.\d+)?[A-Za-z]*)$", RegexOptions.CultureInvariant);
    private static readonly Regex NotInRange = new(@"^([-|+]?\d+(?:\.\d+)?[A-Za-z]*)!-([-|+]?\d+(?:\.\d+)?[A-Za-z]*)$", RegexOptions.CultureInvariant);

    private readonly long? _duration;
    private readonly KubeQuantity? _quantity;
    private readonly Wildcard _wildcard;
    private readonly ValueCondition? _low;
    private readonly ValueCondition? _high;

    private ValueCondition(ValueOperator op, string operand)
    {
        Operator = op;
        Operand = operand;
        _duration = GoDuration.TryParse(operand, out var ns) ? ns : null;
        _quantity = KubeQuantity.TryParse(operand, out var q) ? q : null;
        _wildcard = new Wildcard(operand);
    }

    private ValueCondition(ValueOperator op, string text, ValueCondition low, ValueCondition high)
        : this(op, text)
    {
        _low = low;
        _high = high;
    }

    public ValueOperator Operator { get; }

    /// <summary>The operand without the operator (for a range: the whole text).</summary>
    public string Operand { get; }

    /// <summary>Parses one condition (already split at <c>|</c> and <c>&amp;</c> and trimmed).</summary>
    public static ValueCondition Parse(string condition)
    {
        var op = OperatorOf(condition);
        switch (op)
        {
            case ValueOperator.InRange:
                {
                    var m = InRange.Match(condition);
                    return new ValueCondition(op, condition, Parse(">= " + m.Groups[1].Value), Parse("<= " + m.Groups[2].Value));
                }

            case ValueOperator.NotInRange:
                {
                    var m = NotInRange.Match(condition);
                    return new ValueCondition(op, condition, Parse("< " + m.Groups[1].Value), Parse("> " + m.Groups[2].Value));
                }

            default:
                return new ValueCondition(op, condition.Substring(PrefixLength(op)).Trim());
        }
    }

    /// <summary>Kyverno's operator detection: the prefix decides; a range only when the whole text is one.</summary>
    public static ValueOperator OperatorOf(string pattern)
    {
        if (pattern.Length < 2)
        {
            return ValueOperator.Equal;
        }

        if (pattern.StartsWith(">=", System.StringComparison.Ordinal))
        {
            return ValueOperator.MoreEqual;
        }

        if (pattern.StartsWith("<=", System.StringComparison.Ordinal))
        {
            return ValueOperator.LessEqual;
        }

        switch (pattern[0])
        {
            case '>': return ValueOperator.More;
            case '<': return ValueOperator.Less;
            case '!': return ValueOperator.NotEqual;
        }

        if (NotInRange.IsMatch(pattern))
        {
            return ValueOperator.NotInRange;
        }

        return InRange.IsMatch(pattern) ? ValueOperator.InRange : ValueOperator.Equal;
    }

    /// <summary>Whether a value satisfies this condition.</summary>
    public bool Matches(Scalar value)
    {
        switch (Operator)
        {
            case ValueOperator.InRange: return _low!.Matches(value) && _high!.Matches(value);
            case ValueOperator.NotInRange: return _low!.Matches(value) || _high!.Matches(value);
        }

        var numeric = value.NumericText();
        if (_duration is long patternDuration && numeric is not null && GoDuration.TryParse(numeric, out var valueDuration))
        {
            return Compare(valueDuration.CompareTo(patternDuration));
        }

        if (_quantity is KubeQuantity patternQuantity && numeric is not null && KubeQuantity.TryParse(numeric, out var valueQuantity))
        {
            return Compare(valueQuantity.CompareTo(patternQuantity));
        }

        if (Operator != ValueOperator.Equal && Operator != ValueOperator.NotEqual)
        {
            // >, <, >=, <= do not apply to text.
            return false;
        }

        var text = value.WildcardText();
        if (text is null)
        {
            return false;
        }

        return _wildcard.Matches(text) == (Operator == ValueOperator.Equal);
    }

    private static int PrefixLength(ValueOperator op) => op switch
    {
        ValueOperator.MoreEqual or ValueOperator.LessEqual => 2,
        ValueOperator.More or ValueOperator.Less or ValueOperator.NotEqual => 1,
        _ => 0,
    };

    private bool Compare(int order) => Operator switch
    {
        ValueOperator.Equal => order == 0,
        ValueOperator.NotEqual => order != 0,
        ValueOperator.More => order > 0,
        ValueOperator.Less => order < 0,
        ValueOperator.MoreEqual => order >= 0,
        ValueOperator.LessEqual => order <= 0,
        _ => false,
    };
}
