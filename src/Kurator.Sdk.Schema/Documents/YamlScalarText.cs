using System.Text;

namespace Kurator.Sdk.Schema.Documents;

/// <summary>
/// The scalar syntax of one line for the fast reader: where a block key ends, where a plain scalar ends, and quoted
/// scalars. Each works on <c>text[start..end)</c> and answers "unsupported" (-1 or false) for what it does not handle, so
/// that the full parser decides.
/// </summary>
internal static class YamlScalarText
{
    /// <summary>The offset of the ':' that ends a block mapping key in <c>text[start..end)</c>, or -1.</summary>
    public static int FindKeyEnd(string text, int start, int end)
    {
        if (start >= end)
        {
            return -1;
        }

        var c = text[start];
        if (c == '"' || c == '\'')
        {
            var close = c == '"' ? SkipDoubleQuoted(text, start, end) : SkipSingleQuoted(text, start, end);
            if (close < 0)
            {
                return -1;
            }

            var i = close;
            while (i < end && text[i] == ' ')
            {
                i++;
            }

            return i < end && text[i] == ':' && (i + 1 == end || text[i + 1] == ' ') ? i : -1;
        }

        if (c == '[' || c == '{' || c == '#' || c == '&' || c == '*' || c == '!' || c == '|' || c == '>')
        {
            return -1;
        }

        for (var i = start; i < end; i++)
        {
            if (text[i] == ':' && (i + 1 == end || text[i + 1] == ' '))
            {
                return i;
            }

            if (text[i] == '#' && i > start && text[i - 1] == ' ')
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The end (trailing spaces and a comment cut off) of a plain scalar that runs from <paramref name="start"/> to the
    /// line's end, or -1 when the line holds ": " after it ("a: b: c" is an error the full parser reports).
    /// </summary>
    public static int PlainEnd(string text, int start, int end)
    {
        var stop = end;
        for (var i = start; i < end; i++)
        {
            if (text[i] == '#' && i > start && text[i - 1] == ' ')
            {
                stop = i;
                break;
            }

            if (text[i] == ':' && (i + 1 == end || text[i + 1] == ' '))
            {
                return -1;
            }
        }

        while (stop > start && text[stop - 1] == ' ')
        {
            stop--;
        }

        return stop;
    }

    /// <summary>
    /// True when a plain scalar cannot start at <paramref name="start"/>: YAML's indicators ("?" and ":" always), and "-" followed
    /// by a space, the line's end or (in flow collections) a flow indicator (<c>name: -</c> is a syntax error, not "-").
    /// </summary>
    public static bool CannotStartPlain(string text, int start, int end, bool inFlow)
    {
        var c = text[start];
        switch (c)
        {
            case '&':
            case '*':
            case '!':
            case '|':
            case '>':
            case '%':
            case '@':
            case '`':
            case ',':
            case '[':
            case ']':
            case '{':
            case '}':
            case '#':
            case '"':
            case '\'':
            case '?':
            case ':':
                // YamlDotNet reads ":x" as a value indicator, not as the scalar YAML 1.2 allows: its verdict stands.
                return true;
            case '-':
                if (start + 1 == end)
                {
                    return true;
                }

                var next = text[start + 1];
                return next == ' ' || (inFlow && (next == ',' || next == '[' || next == ']' || next == '{' || next == '}'));
            default:
                return false;
        }
    }

    /// <summary>True when only spaces and (after a space) a comment follow <paramref name="at"/> up to the line's end.</summary>
    public static bool OnlyCommentAfter(string text, int at, int end)
    {
        var i = at;
        while (i < end && text[i] == ' ')
        {
            i++;
        }

        return i == end || (text[i] == '#' && i > at);
    }

    /// <summary>The offset just after the double-quoted scalar that opens at <paramref name="start"/>, or -1.</summary>
    public static int SkipDoubleQuoted(string text, int start, int end)
    {
        for (var i = start + 1; i < end; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == '"')
            {
                return i + 1;
            }
        }

        return -1;
    }

    /// <summary>The offset just after the single-quoted scalar that opens at <paramref name="start"/>, or -1.</summary>
    public static int SkipSingleQuoted(string text, int start, int end)
    {
        for (var i = start + 1; i < end; i++)
        {
            if (text[i] == '\'')
            {
                if (i + 1 < end && text[i + 1] == '\'')
                {
                    i++;
                    continue;
                }

                return i + 1;
            }
        }

        return -1;
    }

    /// <summary>Reads a single- or double-quoted scalar that opens at <paramref name="start"/> and closes before <paramref name="end"/>.</summary>
    public static bool TryQuoted(string text, int start, int end, ScalarStringPool pool, out string value, out int after)
    {
        return text[start] == '"'
            ? TryDoubleQuoted(text, start, end, pool, out value, out after)
            : TrySingleQuoted(text, start, end, pool, out value, out after);
    }

    private static bool TrySingleQuoted(string text, int start, int end, ScalarStringPool pool, out string value, out int after)
    {
        after = SkipSingleQuoted(text, start, end);
        if (after < 0)
        {
            value = string.Empty;
            return false;
        }

        var inner = after - start - 2;
        value = text.IndexOf('\'', start + 1, inner) < 0
            ? pool.Get(text, start + 1, inner)
            : text.Substring(start + 1, inner).Replace("''", "'");
        return true;
    }

    private static bool TryDoubleQuoted(string text, int start, int end, ScalarStringPool pool, out string value, out int after)
    {
        value = string.Empty;
        after = SkipDoubleQuoted(text, start, end);
        if (after < 0)
        {
            return false;
        }

        if (text.IndexOf('\\', start + 1, after - start - 2) < 0)
        {
            value = pool.Get(text, start + 1, after - start - 2);
            return true;
        }

        var sb = new StringBuilder(after - start);
        for (var i = start + 1; i < after - 1; i++)
        {
            var c = text[i];
            if (c != '\\')
            {
                sb.Append(c);
                continue;
            }

            i++;
            switch (text[i])
            {
                case 'n': sb.Append('\n'); break;
                case 't': sb.Append('\t'); break;
                case 'r': sb.Append('\r'); break;
                case '"': sb.Append('"'); break;
                case '\\': sb.Append('\\'); break;
                case '/': sb.Append('/'); break;
                case '0': sb.Append('\0'); break;
                case ' ': sb.Append(' '); break;
                case 'u':
                case 'x':
                    var digits = text[i] == 'u' ? 4 : 2;
                    if (!TryHex(text, i + 1, digits, after - 1, out var code) || (code >= 0xD800 && code <= 0xDFFF))
                    {
                        // A surrogate escape (alone or as half of a pair) is the full parser's to judge.
                        return false;
                    }

                    sb.Append((char)code);
                    i += digits;
                    break;
                default:
                    return false;
            }
        }

        value = sb.ToString();
        return true;
    }

    // Exactly "digits" hex digits at text[at..), all before "limit" (no sign, no spaces: int.Parse would allow those).
    private static bool TryHex(string text, int at, int digits, int limit, out int code)
    {
        code = 0;
        if (at + digits > limit)
        {
            return false;
        }

        for (var i = at; i < at + digits; i++)
        {
            var c = text[i];
            int v;
            if (c >= '0' && c <= '9')
            {
                v = c - '0';
            }
            else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
            {
                v = (c | 0x20) - 'a' + 10;
            }
            else
            {
                return false;
            }

            code = (code * 16) + v;
        }

        return true;
    }
}
