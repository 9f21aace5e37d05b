using System.Collections.Generic;
using System.Text;

namespace Kurator.Sdk.Policy.Kyverno.Patterns;

/// <summary>
/// Splits a string into literal text and <c>{{ expression }}</c> variables as Kyverno finds them: braces may nest
/// one level inside (<c>{{ to_string({a: b}) }}</c>); <c>\{{</c> is an escaped, literal <c>{{</c>.
/// </summary>
internal static class VariableTemplate
{
    /// <summary>False when the text holds no variable (it is then a plain value).</summary>
    public static bool TryParse(string text, out IReadOnlyList<TemplatePart> parts)
    {
        parts = Split(text, out var found, out _);
        return found;
    }

    /// <summary>
    /// The literal and variable parts of <paramref name="text"/>, the one scanner of patterns and of the engine's messages,
    /// conditions and lists. A <c>{{</c> without its <c>}}</c> stays literal text; <paramref name="unclosedAt"/> gives the
    /// index of the first one (-1 when none), for callers that refuse it.
    /// </summary>
    public static IReadOnlyList<TemplatePart> Split(string text, out bool found, out int unclosedAt)
    {
        var list = new List<TemplatePart>();
        unclosedAt = -1;
        var literal = new StringBuilder();
        found = false;
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '\\' && i + 2 < text.Length && text[i + 1] == '{' && text[i + 2] == '{')
            {
                literal.Append("{{");
                i += 3;
                continue;
            }

            if (text[i] == '{' && i + 1 < text.Length && text[i + 1] == '{')
            {
                var end = FindEnd(text, i + 2);
                if (end >= 0)
                {
                    if (literal.Length > 0)
                    {
                        list.Add(new TemplatePart(literal.ToString(), false));
                        literal.Clear();
                    }

                    list.Add(new TemplatePart(text.Substring(i + 2, end - i - 2).Trim(), true));
                    found = true;
                    i = end + 2;
                    continue;
                }

                if (unclosedAt < 0)
                {
                    unclosedAt = i;
                }
            }

            literal.Append(text[i]);
            i++;
        }

        if (literal.Length > 0)
        {
            list.Add(new TemplatePart(literal.ToString(), false));
        }

        return list;
    }

    // The index of the closing "}}" of a variable whose body starts at start; -1 when it is not closed. Braces of
    // JMESPath hashes nest inside, and quoted literals ('...', `...`, "...") may hold any brace.
    private static int FindEnd(string text, int start)
    {
        var depth = 0;
        var quote = '\0';
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }

                continue;
            }

            switch (c)
            {
                case '\'':
                case '`':
                case '"':
                    quote = c;
                    break;
                case '{':
                    depth++;
                    break;
                case '}' when depth > 0:
                    depth--;
                    break;
                case '}' when i + 1 < text.Length && text[i + 1] == '}':
                    return i;
            }
        }

        return -1;
    }
}
