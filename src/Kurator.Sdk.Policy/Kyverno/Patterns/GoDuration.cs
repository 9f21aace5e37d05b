namespace Kurator.Sdk.Policy.Kyverno.Patterns;

/// <summary>
/// Go's duration syntax as Kyverno parses it (<c>time.ParseDuration</c>): an optional sign, then one or more
/// number+unit pairs (<c>1h30m</c>, <c>1.5s</c>, <c>300ms</c>); units ns, us, µs, ms, s, m, h; a bare <c>0</c> is zero.
/// </summary>
internal static class GoDuration
{
    /// <summary>Parses to nanoseconds; false for anything else or on overflow.</summary>
    public static bool TryParse(string text, out long nanoseconds)
    {
        nanoseconds = 0;
        var i = 0;
        var negative = false;
        if (i < text.Length && (text[i] == '+' || text[i] == '-'))
        {
            negative = text[i] == '-';
            i++;
        }

        if (text.Length - i == 1 && text[i] == '0')
        {
            return true;
        }

        if (i >= text.Length)
        {
            return false;
        }

        decimal total = 0;
        while (i < text.Length)
        {
            if (!TryReadNumber(text, ref i, out var number) || !TryReadUnit(text, ref i, out var unit))
            {
                return false;
            }

            total += number * unit;
            if (total > long.MaxValue)
            {
                return false;
            }
        }

        nanoseconds = (long)decimal.Truncate(negative ? -total : total);
        return true;
    }

    private static bool TryReadNumber(string text, ref int i, out decimal number)
    {
        number = 0;
        var digits = 0;
        var scale = 0m;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= '0' && c <= '9')
            {
                // Go keeps at most int64 precision; 28 significant digits are more than enough and never overflow decimal.
                if (++digits > 27)
                {
                    return false;
                }

                if (scale == 0m)
                {
                    number = (number * 10) + (c - '0');
                }
                else
                {
                    number += (c - '0') * scale;
                    scale /= 10;
                }
            }
            else if (c == '.' && scale == 0m)
            {
                scale = 0.1m;
            }
            else
            {
                break;
            }
        }

        return digits > 0;
    }

    private static bool TryReadUnit(string text, ref int i, out decimal nanosecondsPerUnit)
    {
        nanosecondsPerUnit = 0;
        var start = i;
        while (i < text.Length && text[i] != '.' && (text[i] < '0' || text[i] > '9'))
        {
            i++;
        }

        switch (text.Substring(start, i - start))
        {
            case "ns": nanosecondsPerUnit = 1m; return true;
            case "us":
            case "\u00b5s":
            case "\u03bcs": nanosecondsPerUnit = 1_000m; return true;
            case "ms": nanosecondsPerUnit = 1_000_000m; return true;
            case "s": nanosecondsPerUnit = 1_000_000_000m; return true;
            case "m": nanosecondsPerUnit = 60_000_000_000m; return true;
            case "h": nanosecondsPerUnit = 3_600_000_000_000m; return true;
            default: return false;
        }
    }
}
