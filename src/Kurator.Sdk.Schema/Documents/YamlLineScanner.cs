using System.Collections.Generic;

namespace Kurator.Sdk.Schema.Documents;

/// <summary>
/// The fast reader's scanner: cuts a text into the lines of each document at the document markers and measures their
/// indentation. It reports <see cref="ScanStep.Unsupported"/> for what only the full parser reads right: directives, a
/// byte order mark, a tab in indentation, and any character YAML does not allow as printable text or reads as a line
/// break of its own (a lone CR, NEL, LS, PS, control characters, lone surrogates).
/// </summary>
internal sealed class YamlLineScanner
{
    private readonly string _text;
    private readonly int _end;
    private int _next;
    private int _lineNo;
    private bool _done;

    /// <summary>Scans <c>text[start..end)</c>, whose first line is line <paramref name="lineOffset"/> + 1 of its file.</summary>
    public YamlLineScanner(string text, int start, int end, int lineOffset)
    {
        _text = text;
        _next = start;
        _end = end;
        _lineNo = lineOffset;
    }

    /// <summary>What one call to <see cref="NextDocument"/> found.</summary>
    public enum ScanStep
    {
        /// <summary>The lines of one document (possibly only blank ones).</summary>
        Document,

        /// <summary>The text is read to its end.</summary>
        End,

        /// <summary>The text needs the full parser.</summary>
        Unsupported,
    }

    /// <summary>Fills <paramref name="lines"/> with the next document's lines.</summary>
    public ScanStep NextDocument(List<YamlLine> lines)
    {
        lines.Clear();
        if (_done)
        {
            return ScanStep.End;
        }

        var sawContent = false;
        while (_next < _end)
        {
            var start = _next;
            var newline = _text.IndexOf('\n', start, _end - start);
            var hasBreak = newline >= 0;
            var end = hasBreak ? newline : _end;
            _next = end + 1;
            _lineNo++;
            if (end > start && _text[end - 1] == '\r')
            {
                end--;
            }

            if (!IsPrintable(start, end, out var hasTab))
            {
                return ScanStep.Unsupported;
            }

            if (Is(start, end, "---") || StartsWith(start, end, "--- #") || Is(start, end, "..."))
            {
                if (!Is(start, end, "...") || sawContent)
                {
                    return ScanStep.Document;
                }

                continue;
            }

            if (StartsWith(start, end, "---") || StartsWith(start, end, "%"))
            {
                return ScanStep.Unsupported;
            }

            var indent = 0;
            while (start + indent < end && _text[start + indent] == ' ')
            {
                indent++;
            }

            if (start + indent < end && _text[start + indent] == '\t')
            {
                return ScanStep.Unsupported;
            }

            if (start + indent == end || _text[start + indent] == '#')
            {
                // Blank and comment lines still matter inside literal blocks, which read the raw lines.
                lines.Add(new YamlLine(_lineNo, start, end, -1, hasTab, hasBreak));
                continue;
            }

            sawContent = true;
            lines.Add(new YamlLine(_lineNo, start, end, indent, hasTab, hasBreak));
        }

        // The last document; the next call ends the scan.
        _done = true;
        return ScanStep.Document;
    }

    private bool Is(int start, int end, string marker) => end - start == marker.Length && StartsWith(start, end, marker);

    private bool StartsWith(int start, int end, string prefix) =>
        end - start >= prefix.Length && string.CompareOrdinal(_text, start, prefix, 0, prefix.Length) == 0;

    // YAML's printable set (tab included), without the characters YamlDotNet reads as line breaks.
    private bool IsPrintable(int start, int end, out bool hasTab)
    {
        hasTab = false;
        for (var i = start; i < end; i++)
        {
            var c = _text[i];
            if (c >= ' ' && c < '\x7f')
            {
                continue;
            }

            if (c == '\t')
            {
                hasTab = true;
                continue;
            }

            if (c < '\xa0' || c == '\u2028' || c == '\u2029' || c == '\ufeff' || c >= '\ufffe')
            {
                return false;
            }

            if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(_text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }
}
