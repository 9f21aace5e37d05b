using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Kurator.Sdk.Validation.Cel;

/// <summary>A CEL token.</summary>
internal readonly record struct CelToken(CelTokenKind Kind, string Text, object? Value = null);

/// <summary>Token kinds of the CEL subset we evaluate.</summary>
internal enum CelTokenKind
{
    Identifier,
    Int,
    Double,
    String,
    Operator,
    End,
}

/// <summary>Splits a CEL expression into tokens.</summary>
internal static class CelLexer
{
    private static readonly string[] Operators = { "&&", "||", "==", "!=", "<=", ">=", "<", ">", "!", "+", "-", "*", "/", "%", "(", ")", "[", "]", "{", "}", ".", ",", "?", ":" };

    public static List<CelToken>? Tokenize(string text)
    {
        var tokens = new List<CelToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsLetter(c) || c == '_')
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_'))
                {
                    i++;
                }

                tokens.Add(new CelToken(CelTokenKind.Identifier, text.Substring(start, i - start)));
                continue;
            }

            if (char.IsDigit(c))
            {
                var start = i;
                var isDouble = false;
                while (i < text.Length && (char.IsDigit(text[i]) || text[i] == '.' || text[i] == 'e' || text[i] == 'E'))
                {
                    isDouble |= !char.IsDigit(text[i]);
                    i++;
                }

                var literal = text.Substring(start, i - start);
                if (i < text.Length && (text[i] == 'u' || text[i] == 'U'))
                {
                    i++;
                }

                if (isDouble)
                {
                    if (!double.TryParse(literal, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
                    {
                        return null;
                    }

                    tokens.Add(new CelToken(CelTokenKind.Double, literal, d));
                }
                else
                {
                    if (!long.TryParse(literal, NumberStyles.None, CultureInfo.InvariantCulture, out var l))
                    {
                        return null;
                    }

                    tokens.Add(new CelToken(CelTokenKind.Int, literal, l));
                }

                continue;
            }

            if (c == '\'' || c == '"')
            {
                var s = ReadString(text, ref i);
                if (s == null)
                {
                    return null;
                }

                tokens.Add(new CelToken(CelTokenKind.String, s, s));
                continue;
            }

            var matched = false;
            foreach (var op in Operators)
            {
                if (string.CompareOrdinal(text, i, op, 0, op.Length) == 0)
                {
                    tokens.Add(new CelToken(CelTokenKind.Operator, op));
                    i += op.Length;
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                return null;
            }
        }

        tokens.Add(new CelToken(CelTokenKind.End, string.Empty));
        return tokens;
    }

    private static string? ReadString(string text, ref int i)
    {
        var quote = text[i];
        var triple = i + 2 < text.Length && text[i + 1] == quote && text[i + 2] == quote;
        i += triple ? 3 : 1;
        var sb = new StringBuilder();
        while (i < text.Length)
        {
            var c = text[i];
            if (c == quote && (!triple || (i + 2 < text.Length && text[i + 1] == quote && text[i + 2] == quote)))
            {
                i += triple ? 3 : 1;
                return sb.ToString();
            }

            if (c == '\\' && i + 1 < text.Length)
            {
                var e = text[i + 1];
                sb.Append(e switch { 'n' => '\n', 't' => '\t', 'r' => '\r', _ => e });
                i += 2;
                continue;
            }

            sb.Append(c);
            i++;
        }

        return null;
    }
}
