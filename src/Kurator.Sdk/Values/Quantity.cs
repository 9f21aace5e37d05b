using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Kurator.Sdk;

/// <summary>
/// A Kubernetes resource quantity ("500m", "1Gi", 2). Kept as written, so output matches input; <see cref="ToDecimal"/> gives its value.
/// </summary>
public readonly partial struct Quantity : IEquatable<Quantity>
{
    private readonly string? _text;

    private Quantity(string text, bool isNumber)
    {
        _text = text;
        IsNumber = isNumber;
    }

    /// <summary>The text as written ("1Gi", "200").</summary>
    public string Text => _text ?? "0";

    /// <summary>True when written as a bare number (YAML int/float) rather than a string.</summary>
    public bool IsNumber { get; }

    /// <summary>True when the text is a valid quantity (sign, number, optional binary/decimal suffix or exponent).</summary>
    public bool IsValid => Syntax().IsMatch(Text);

    /// <summary>A quantity from text; validity is checked by <see cref="IsValid"/> and by validation.</summary>
    public static Quantity Parse(string text) => new Quantity(text ?? throw new ArgumentNullException(nameof(text)), false);

    /// <summary>A quantity written as a number.</summary>
    public static Quantity FromNumber(string numberText) => new Quantity(numberText, true);

    /// <summary>Implicit conversion from string ("500m", "1Gi").</summary>
    public static implicit operator Quantity(string text) => Parse(text);

    /// <summary>Implicit conversion from int (written as a number).</summary>
    public static implicit operator Quantity(int value) => FromNumber(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Implicit conversion from long (written as a number).</summary>
    public static implicit operator Quantity(long value) => FromNumber(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Implicit conversion from double (written as a number).</summary>
    public static implicit operator Quantity(double value) => FromNumber(value.ToString("R", CultureInfo.InvariantCulture));

    /// <summary>The numeric value (suffixes applied: Ki=1024, k=1000, m=0.001 ...).</summary>
    public decimal ToDecimal()
    {
        var m = Syntax().Match(Text);
        if (!m.Success)
        {
            throw new FormatException($"'{Text}' is not a valid quantity");
        }

        var number = decimal.Parse(m.Groups["num"].Value, NumberStyles.Float, CultureInfo.InvariantCulture);
        var suffix = m.Groups["suf"].Value;
        decimal factor = suffix switch
        {
            "" => 1m,
            "n" => 0.000000001m,
            "u" => 0.000001m,
            "m" => 0.001m,
            "k" => 1e3m,
            "M" => 1e6m,
            "G" => 1e9m,
            "T" => 1e12m,
            "P" => 1e15m,
            "E" => 1e18m,
            "Ki" => 1024m,
            "Mi" => 1024m * 1024,
            "Gi" => 1024m * 1024 * 1024,
            "Ti" => 1024m * 1024 * 1024 * 1024,
            "Pi" => 1024m * 1024 * 1024 * 1024 * 1024,
            "Ei" => 1024m * 1024 * 1024 * 1024 * 1024 * 1024,
            _ => (decimal)Math.Pow(10, int.Parse(suffix.Substring(1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)),
        };
        return number * factor;
    }

    /// <inheritdoc/>
    public bool Equals(Quantity other) => Text == other.Text && IsNumber == other.IsNumber;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Quantity q && Equals(q);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);

    /// <inheritdoc/>
    public override string ToString() => Text;

    /// <summary>Equality operator.</summary>
    public static bool operator ==(Quantity a, Quantity b) => a.Equals(b);

    /// <summary>Inequality operator.</summary>
    public static bool operator !=(Quantity a, Quantity b) => !a.Equals(b);

    [GeneratedRegex(@"^(?<num>[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+))(?<suf>Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]|[eE][+-]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Syntax();
}
