using System.Collections.Generic;
using System.Text;

namespace Kurator.Sdk.Schema.Documents;

/// <summary>
/// A literal block scalar (<c>|</c>, <c>|-</c>, <c>|+</c>) for the fast reader. Folded scalars, indentation indicators and
/// lines of spaces that YAML would keep as content are left to the full parser.
/// </summary>
internal static class LiteralBlock
{
    /// <summary>
    /// Reads the block whose header is at <paramref name="start"/> of <paramref name="line"/> and whose body is the lines
    /// from <paramref name="pos"/> on that are indented deeper than <paramref name="indent"/>; null when unsupported.
    /// </summary>
    public static DocScalar? Read(string text, List<YamlLine> lines, ref int pos, YamlLine line, int start, int indent)
    {
        var chomp = Header(text, start, line.End);
        if (chomp == null)
        {
            return null;
        }

        // The body: every line deeper than the owner's indentation, and blank lines; lines starting with '#' are content
        // when indented into the block (only the indentation decides).
        var first = pos;
        var blockIndent = -1;
        while (pos < lines.Count)
        {
            var body = lines[pos];
            var spaces = LeadingSpaces(text, body);
            var blank = spaces == body.End - body.Start;
            if (!blank && spaces <= indent)
            {
                break;
            }

            if (blockIndent < 0 && !blank)
            {
                blockIndent = spaces;
            }

            pos++;
        }

        var sb = new StringBuilder();
        var trailing = 0;
        for (var i = first; i < pos; i++)
        {
            var body = lines[i];
            var spaces = LeadingSpaces(text, body);
            if (spaces == body.End - body.Start)
            {
                // A line of spaces beyond the block's indentation is content to YAML ("   " kept), not an empty line.
                if (spaces > (blockIndent < 0 ? indent : blockIndent))
                {
                    return null;
                }

                trailing += body.HasBreak ? 1 : 0;
                continue;
            }

            if (spaces < blockIndent)
            {
                return null;
            }

            sb.Append('\n', trailing);
            trailing = 0;
            sb.Append(text, body.Start + blockIndent, body.End - body.Start - blockIndent);
            if (body.HasBreak)
            {
                sb.Append('\n');
            }
        }

        var value = sb.ToString();
        if (chomp == '-')
        {
            value = value.TrimEnd('\n');
        }
        else if (chomp == '+')
        {
            value += new string('\n', trailing);
        }

        return new DocScalar(value, ScalarKind.String, line.Number, start - line.Start + 1);
    }

    // The chomping indicator of "|", "|-" or "|+" (' ' for none), optionally followed by a comment; null otherwise.
    private static char? Header(string text, int start, int end)
    {
        var stop = text.IndexOf('#', start, end - start);
        if (stop < 0)
        {
            stop = end;
        }
        else if (text[stop - 1] != ' ')
        {
            // "|#x": a comment must follow a space.
            return null;
        }

        while (stop > start && text[stop - 1] == ' ')
        {
            stop--;
        }

        var length = stop - start;
        if (text[start] != '|' || length > 2)
        {
            return null;
        }

        if (length == 1)
        {
            return ' ';
        }

        var chomp = text[start + 1];
        return chomp == '-' || chomp == '+' ? chomp : (char?)null;
    }

    private static int LeadingSpaces(string text, YamlLine line)
    {
        var i = line.Start;
        while (i < line.End && text[i] == ' ')
        {
            i++;
        }

        return i - line.Start;
    }
}
