using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Kurator.Sdk.Policy.Kyverno.Jmes;

/// <summary>Splits a JMESPath expression into tokens; throws <see cref="FormatException"/> naming the position of a bad one.</summary>
internal static class JmesLexer
{
    public static List<JmesToken> Tokenize(string text)
    {
        var tokens = new List<JmesToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var start = i;
            switch (c)
            {
                case ' ' or '\t' or '\n' or '\r':
                    i++;
                    continue;
                case '.':
                    tokens.Add(new JmesToken(JmesTokenKind.Dot, start));
                    i++;
                    continue;
                case '*':
                    tokens.Add(new JmesToken(JmesTokenKind.Star, start));
                    i++;
                    continue;
                case ']':
                    tokens.Add(new JmesToken(JmesTokenKind.RightBracket, start));
                    i++;
                    continue;
                case '{':
                    tokens.Add(new JmesToken(JmesTokenKind.LeftBrace, start));
                    i++;
                    continue;
                case '}':
                    tokens.Add(new JmesToken(JmesTokenKind.RightBrace, start));
                    i++;
                    continue;
                case '(':
                    tokens.Add(new JmesToken(JmesTokenKind.LeftParen, start));
                    i++;
                    continue;
                case ')':
                    tokens.Add(new JmesToken(JmesTokenKind.RightParen, start));
                    i++;
                    continue;
                case ',':
                    tokens.Add(new JmesToken(JmesTokenKind.Comma, start));
                    i++;
                    continue;
                case ':':
                    tokens.Add(new JmesToken(JmesTokenKind.Colon, start));
                    i++;
                    continue;
                case '@':
                    tokens.Add(new JmesToken(JmesTokenKind.Current, start));
                    i++;
                    continue;
                case '[':
                    i++;
                    var bracket = Next(text, i) switch
                    {
                        ']' => JmesTokenKind.Flatten,
                        '?' => JmesTokenKind.Filter,
                        _ => JmesTokenKind.LeftBracket,
                    };
                    i += bracket == JmesTokenKind.LeftBracket ? 0 : 1;
                    tokens.Add(new JmesToken(bracket, start));
                    continue;
                case '|':
                    i += Pair(text, i, '|', JmesTokenKind.Or, JmesTokenKind.Pipe, start, tokens);
                    continue;
                case '&':
                    i += Pair(text, i, '&', JmesTokenKind.And, JmesTokenKind.Ampersand, start, tokens);
                    continue;
                case '!':
                    i += Pair(text, i, '=', JmesTokenKind.NotEqual, JmesTokenKind.Not, start, tokens);
                    continue;
                case '=':
                    i += Pair(text, i, '=', JmesTokenKind.Equal, JmesTokenKind.Assign, start, tokens);
                    continue;
                case '<':
                    i += Pair(text, i, '=', JmesTokenKind.LessOrEqual, JmesTokenKind.Less, start, tokens);
                    continue;
                case '>':
                    i += Pair(text, i, '=', JmesTokenKind.GreaterOrEqual, JmesTokenKind.Greater, start, tokens);
                    continue;
                case '$':
                    i++;
                    if (i < text.Length && IsNameStart(text[i]))
                    {
                        var name = Name(text, ref i);
                        tokens.Add(new JmesToken(JmesTokenKind.Variable, start, name));
                    }
                    else
                    {
                        tokens.Add(new JmesToken(JmesTokenKind.Root, start));
                    }

                    continue;
                case '"':
                    tokens.Add(new JmesToken(JmesTokenKind.QuotedIdentifier, start, QuotedName(text, ref i)));
                    continue;
                case '\'':
                    tokens.Add(new JmesToken(JmesTokenKind.RawString, start, RawString(text, ref i)));
                    continue;
                case '`':
                    tokens.Add(new JmesToken(JmesTokenKind.Literal, start, LiteralText(text, ref i)));
                    continue;
            }

            if (IsNameStart(c))
            {
                tokens.Add(new JmesToken(JmesTokenKind.Identifier, start, Name(text, ref i)));
            }
            else if (char.IsAsciiDigit(c) || (c == '-' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
            {
                i++;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }

                if (!int.TryParse(text.AsSpan(start, i - start), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
                {
                    throw Error("number out of range", start);
                }

                tokens.Add(new JmesToken(JmesTokenKind.Number, start, Number: number));
            }
            else
            {
                throw Error($"unexpected character '{c}'", start);
            }
        }

        tokens.Add(new JmesToken(JmesTokenKind.End, text.Length));
        return tokens;
    }

    /// <summary>A <see cref="FormatException"/> naming the 0-based position in the expression.</summary>
    public static FormatException Error(string message, int position) => new($"{message} at position {position}");

    private static char Next(string text, int i) => i < text.Length ? text[i] : '\0';

    // A one- or two-character operator (`|` or `||`, `!` or `!=` ...): the length it took.
    private static int Pair(string text, int i, char second, JmesTokenKind two, JmesTokenKind one, int start, List<JmesToken> tokens)
    {
        var paired = Next(text, i + 1) == second;
        tokens.Add(new JmesToken(paired ? two : one, start));
        return paired ? 2 : 1;
    }

    private static bool IsNameStart(char c) => char.IsAsciiLetter(c) || c == '_';

    private static string Name(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_'))
        {
            i++;
        }

        return text[start..i];
    }

    // "..." is a JSON string: its escapes are JSON's.
    private static string QuotedName(string text, ref int i)
    {
        var start = i;
        i++;
        while (i < text.Length && text[i] != '"')
        {
            i += text[i] == '\\' ? 2 : 1;
        }

        if (i >= text.Length)
        {
            throw Error("unterminated quoted identifier", start);
        }

        i++;
        try
        {
            using var doc = JsonDocument.Parse(text.AsMemory(start, i - start));
            return doc.RootElement.GetString()!;
        }
        catch (JsonException)
        {
            throw Error("invalid escape in quoted identifier", start);
        }
    }

    // '...' is taken as written, except \' (a quote) and \\ (a backslash).
    private static string RawString(string text, ref int i)
    {
        var start = i;
        var sb = new StringBuilder();
        i++;
        while (i < text.Length && text[i] != '\'')
        {
            if (text[i] == '\\' && i + 1 < text.Length && text[i + 1] is '\'' or '\\')
            {
                sb.Append(text[i + 1]);
                i += 2;
                continue;
            }

            sb.Append(text[i++]);
        }

        if (i >= text.Length)
        {
            throw Error("unterminated raw string", start);
        }

        i++;
        return sb.ToString();
    }

    // `...` holds JSON, in which \` stands for a backtick; the parser decodes it.
    private static string LiteralText(string text, ref int i)
    {
        var start = i;
        var sb = new StringBuilder();
        i++;
        while (i < text.Length && text[i] != '`')
        {
            if (text[i] == '\\' && i + 1 < text.Length && text[i + 1] == '`')
            {
                sb.Append('`');
                i += 2;
                continue;
            }

            sb.Append(text[i++]);
        }

        if (i >= text.Length)
        {
            throw Error("unterminated literal", start);
        }

        i++;
        return sb.ToString();
    }
}
