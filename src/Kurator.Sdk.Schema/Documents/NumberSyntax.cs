namespace Kurator.Sdk.Schema.Documents;

/// <summary>Recognises YAML 1.2 core-schema numbers without allocating.</summary>
public static class NumberSyntax
{
    /// <summary>Integer, Float, or String when the text is not a number.</summary>
    public static ScalarKind Classify(string s)
    {
        if (s.Length == 0)
        {
            return ScalarKind.String;
        }

        var i = 0;
        if (s[0] == '-' || s[0] == '+')
        {
            i = 1;
            if (s.Length == 1)
            {
                return ScalarKind.String;
            }
        }

        if (i == 0 && s.Length > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'o'))
        {
            var hex = s[1] == 'x';
            for (var j = 2; j < s.Length; j++)
            {
                var c = s[j];
                var ok = hex ? IsHex(c) : (c >= '0' && c <= '7');
                if (!ok)
                {
                    return ScalarKind.String;
                }
            }

            return ScalarKind.Integer;
        }

        var digits = 0;
        while (i < s.Length && IsDigit(s[i]))
        {
            i++;
            digits++;
        }

        if (i == s.Length)
        {
            return digits > 0 ? ScalarKind.Integer : ScalarKind.String;
        }

        var fraction = 0;
        if (s[i] == '.')
        {
            i++;
            while (i < s.Length && IsDigit(s[i]))
            {
                i++;
                fraction++;
            }
        }

        if (digits + fraction == 0)
        {
            return ScalarKind.String;
        }

        if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
        {
            i++;
            if (i < s.Length && (s[i] == '-' || s[i] == '+'))
            {
                i++;
            }

            var exp = 0;
            while (i < s.Length && IsDigit(s[i]))
            {
                i++;
                exp++;
            }

            if (exp == 0)
            {
                return ScalarKind.String;
            }
        }

        return i == s.Length ? ScalarKind.Float : ScalarKind.String;
    }

    /// <summary>
    /// The JSON text of a YAML core-schema number (<c>+12</c> is 12, <c>0x1F</c> 31, <c>012</c> 12, <c>.5</c> 0.5,
    /// <c>1.</c> 1), or null when <paramref name="s"/> is not a number JSON can write (<c>.inf</c>, <c>.nan</c>, text).
    /// YAML keeps these spellings, JSON does not: writing them as they are makes invalid JSON.
    /// </summary>
    public static string? ToJson(string s)
    {
        var kind = Classify(s);
        if (kind == ScalarKind.String)
        {
            return null;
        }

        if (s.Length > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'o'))
        {
            if (s.Length > 34)
            {
                // Far beyond any int64; converting thousands of digits would cost quadratic time for nothing.
                return null;
            }

            var value = System.Numerics.BigInteger.Zero;
            var radix = s[1] == 'x' ? 16 : 8;
            for (var j = 2; j < s.Length; j++)
            {
                var c = s[j];
                value = (value * radix) + (IsDigit(c) ? c - '0' : (c | 0x20) - 'a' + 10);
            }

            return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var i = s[0] == '-' || s[0] == '+' ? 1 : 0;
        var sb = new System.Text.StringBuilder(s.Length + 1);
        if (s[0] == '-')
        {
            sb.Append('-');
        }

        var start = i;
        while (i < s.Length && IsDigit(s[i]))
        {
            i++;
        }

        // Integer part without leading zeros, "0" when empty or all zeros.
        var whole = s.Substring(start, i - start).TrimStart('0');
        sb.Append(whole.Length == 0 ? "0" : whole);
        if (i < s.Length && s[i] == '.')
        {
            i++;
            var fractionStart = i;
            while (i < s.Length && IsDigit(s[i]))
            {
                i++;
            }

            if (i > fractionStart)
            {
                sb.Append('.').Append(s, fractionStart, i - fractionStart);
            }
        }

        if (i < s.Length)
        {
            // The exponent: e or E, an optional sign and digits, all valid JSON as they are.
            sb.Append(s, i, s.Length - i);
        }

        return sb.ToString();
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static bool IsHex(char c) => IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
