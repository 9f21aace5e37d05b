using System;
using System.Globalization;

namespace Kurator.Sdk.Policy.Kyverno.Patterns;

/// <summary>A scalar value (resource value or condition operand) with its JSON type and text as written.</summary>
internal readonly struct Scalar
{
    private Scalar(ScalarKind kind, string text, long integer, double number)
    {
        Kind = kind;
        Text = text;
        Integer = integer;
        Number = number;
    }

    /// <summary>Absent or JSON null.</summary>
    public static Scalar Null => new(ScalarKind.Null, string.Empty, 0, 0);

    public ScalarKind Kind { get; }

    /// <summary>The text: a string as-is, <c>true</c>/<c>false</c>, a number as written; empty for null.</summary>
    public string Text { get; }

    /// <summary>The value of an <see cref="ScalarKind.Integer"/>.</summary>
    public long Integer { get; }

    /// <summary>The value of any number (also integers).</summary>
    public double Number { get; }

    public bool IsNumber => Kind == ScalarKind.Integer || Kind == ScalarKind.Float;

    public static Scalar String(string text) => new(ScalarKind.String, text, 0, 0);

    public static Scalar Bool(bool value) => new(ScalarKind.Bool, value ? "true" : "false", 0, 0);

    /// <summary>
    /// A non-string scalar from its text: <c>true</c>/<c>false</c> are booleans, <c>null</c> is null, numbers are
    /// integers when they parse as 64-bit integers (Kubernetes decodes JSON numbers the same way), floats otherwise.
    /// Null when the text is no JSON scalar.
    /// </summary>
    public static Scalar? FromJsonText(string text)
    {
        switch (text)
        {
            case "true": return Bool(true);
            case "false": return Bool(false);
            case "null": return Null;
        }

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return new Scalar(ScalarKind.Integer, text, integer, integer);
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && !double.IsInfinity(number))
        {
            return new Scalar(ScalarKind.Float, text, 0, number);
        }

        return null;
    }

    /// <summary>
    /// The text Kyverno compares as a quantity or duration (Go's <c>convertNumberToString</c>): null reads as <c>0</c>,
    /// floats with six decimals; null result for booleans, which are never quantities.
    /// </summary>
    public string? NumericText() => Kind switch
    {
        ScalarKind.Null => "0",
        ScalarKind.String => Text,
        ScalarKind.Integer => Text,
        ScalarKind.Float => Number.ToString("F6", CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>The text Kyverno matches wildcards against (floats in Go's <c>%E</c> form); null for null.</summary>
    public string? WildcardText() => Kind switch
    {
        ScalarKind.Null => null,
        ScalarKind.Float => GoExponentForm(Number),
        _ => Text,
    };

    /// <summary>Go's <c>fmt.Sprint</c> text, as the condition operators compare sets with: <c>1.5</c>, <c>1e+21</c>.</summary>
    public string PrintText() => Kind == ScalarKind.Float ? GoShortForm(Number) : Kind == ScalarKind.Null ? "<nil>" : Text;

    // strconv.FormatFloat(v, 'E', -1, 64): shortest digits, one before the point, exponent with sign and two digits.
    private static string GoExponentForm(double value)
    {
        var (negative, digits, exponent) = ShortestDigits(value);
        var mantissa = digits.Length == 1 ? digits : digits.Substring(0, 1) + "." + digits.Substring(1);
        var exp = Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture);
        return (negative ? "-" : string.Empty) + mantissa + "E" + (exponent < 0 ? "-" : "+") + exp;
    }

    // fmt.Sprint of a float64 is %v = 'g' with shortest digits; exponent form when exp < -4 || exp >= 21.
    private static string GoShortForm(double value)
    {
        var (negative, digits, exponent) = ShortestDigits(value);
        var sign = negative ? "-" : string.Empty;
        if (exponent < -4 || exponent >= 21)
        {
            var mantissa = digits.Length == 1 ? digits : digits.Substring(0, 1) + "." + digits.Substring(1);
            var exp = Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture);
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + exp;
        }

        if (exponent < 0)
        {
            return sign + "0." + new string('0', -exponent - 1) + digits;
        }

        if (digits.Length <= exponent + 1)
        {
            return sign + digits + new string('0', exponent + 1 - digits.Length);
        }

        return sign + digits.Substring(0, exponent + 1) + "." + digits.Substring(exponent + 1);
    }

    // Shortest round-trip digits (no leading/trailing zeros) and the decimal exponent of the first digit.
    private static (bool Negative, string Digits, int Exponent) ShortestDigits(double value)
    {
        if (value == 0)
        {
            return (false, "0", 0);
        }

        var r = value.ToString("E16", CultureInfo.InvariantCulture);
        var shortest = value.ToString("R", CultureInfo.InvariantCulture);
        var negative = r[0] == '-';
        var e = r.IndexOf('E');
        var exponent = int.Parse(r.Substring(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

        // Digits of the shortest form, without sign, point, exponent and leading zeros.
        var mantissaPart = shortest.TrimStart('-');
        var ePos = mantissaPart.IndexOfAny(new[] { 'E', 'e' });
        if (ePos >= 0)
        {
            mantissaPart = mantissaPart.Substring(0, ePos);
        }

        var digits = mantissaPart.Replace(".", string.Empty).TrimStart('0').TrimEnd('0');
        return (negative, digits.Length == 0 ? "0" : digits, exponent);
    }
}
