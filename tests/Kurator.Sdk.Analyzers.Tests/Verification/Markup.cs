using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace Kurator.Sdk.Analyzers.Tests.Verification;

/// <summary>
/// Parses test markup as roslyn-sdk spells it: <c>{|KSDK1002:Privileged = true|}</c> expects that ID on that span,
/// <c>[|...|]</c> expects the analyzer's single ID. Spans may nest.
/// </summary>
public static class Markup
{
    public static (string Source, List<ExpectedDiagnostic> Expected) Parse(string markup)
    {
        var source = new StringBuilder(markup.Length);
        var expected = new List<ExpectedDiagnostic>();
        var open = new Stack<(string? Id, int Start)>();
        var i = 0;
        while (i < markup.Length)
        {
            if (Starts(markup, i, "{|"))
            {
                var colon = markup.IndexOf(':', i + 2);
                if (colon < 0)
                {
                    throw new FormatException("'{|' without 'ID:' at " + i);
                }

                open.Push((markup.Substring(i + 2, colon - i - 2), source.Length));
                i = colon + 1;
            }
            else if (Starts(markup, i, "[|"))
            {
                open.Push((null, source.Length));
                i += 2;
            }
            else if (Starts(markup, i, "|}") || Starts(markup, i, "|]"))
            {
                if (open.Count == 0)
                {
                    throw new FormatException("unbalanced span end at " + i);
                }

                var (id, start) = open.Pop();
                if ((id is null) != (markup[i + 1] == ']'))
                {
                    throw new FormatException("mismatched span end at " + i);
                }

                expected.Add(new ExpectedDiagnostic(id, TextSpan.FromBounds(start, source.Length)));
                i += 2;
            }
            else
            {
                source.Append(markup[i]);
                i++;
            }
        }

        if (open.Count > 0)
        {
            throw new FormatException("unclosed span");
        }

        return (source.ToString(), expected);
    }

    private static bool Starts(string text, int index, string token) =>
        string.CompareOrdinal(text, index, token, 0, token.Length) == 0;
}
