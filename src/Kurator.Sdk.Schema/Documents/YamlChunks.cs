using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Kurator.Sdk.Schema.Documents;

/// <summary>
/// Cuts a YAML stream into the text of its documents at the document markers (<c>---</c> and <c>...</c> at the start of
/// a line), which YAML forbids inside any scalar. Each document is then parsed on its own: one at a time (bounded memory),
/// and a broken document does not hide the problems of the documents after it.
/// </summary>
internal static class YamlChunks
{
    /// <summary>The documents of a stream, read as they are asked for: each chunk's text is its own string.</summary>
    public static IEnumerable<YamlChunk> Split(TextReader reader)
    {
        var text = new StringBuilder();
        var cutter = new Cutter();
        var lines = new BreakingLineReader(reader);
        string? line;
        while ((line = lines.Next()) != null)
        {
            var cut = cutter.Line(line, 0, line.Length, out var firstLine);
            if (cut == Cut.Before)
            {
                yield return new YamlChunk(firstLine, text.ToString());
                text.Clear();
            }

            // Line breaks become "\n"; the text's last line keeps having none, which a block scalar's chomping can see.
            text.Append(line);
            if (lines.HadBreak)
            {
                text.Append('\n');
            }

            if (cut == Cut.After)
            {
                yield return new YamlChunk(firstLine, text.ToString());
                text.Clear();
            }
        }

        if (text.Length > 0)
        {
            yield return new YamlChunk(cutter.FirstLine, text.ToString());
        }
    }

    /// <summary>The documents of a text already in memory: each chunk is a range of it, nothing is copied.</summary>
    public static IEnumerable<YamlChunk> Split(string text)
    {
        var cutter = new Cutter();
        var chunkStart = 0;
        var pos = 0;
        while (pos < text.Length)
        {
            // Line breaks as TextReader.ReadLine sees them: LF, CR or CRLF.
            var lineStart = pos;
            while (pos < text.Length && text[pos] != '\n' && text[pos] != '\r')
            {
                pos++;
            }

            var lineEnd = pos;
            if (pos < text.Length)
            {
                pos += text[pos] == '\r' && pos + 1 < text.Length && text[pos + 1] == '\n' ? 2 : 1;
            }

            var cut = cutter.Line(text, lineStart, lineEnd, out var firstLine);
            if (cut == Cut.Before)
            {
                yield return new YamlChunk(firstLine, text, chunkStart, lineStart);
                chunkStart = lineStart;
            }
            else if (cut == Cut.After)
            {
                yield return new YamlChunk(firstLine, text, chunkStart, pos);
                chunkStart = pos;
            }
        }

        if (chunkStart < text.Length)
        {
            yield return new YamlChunk(cutter.FirstLine, text, chunkStart, text.Length);
        }
    }

    private enum Cut
    {
        None,
        Before,
        After,
    }

    // Where documents end, one line at a time; both ways of reading a stream share it.
    private sealed class Cutter
    {
        private int _lineNo;
        private bool _hasStart;
        private bool _hasContent;

        /// <summary>The 1-based line number of the current chunk's first line.</summary>
        public int FirstLine { get; private set; } = 1;

        /// <summary>
        /// Takes the next line (<c>s[start..end)</c>): whether a chunk ends before it (a "---" after content or another
        /// marker) or after it (a "..."); <paramref name="endingChunkFirstLine"/> is the first line of that chunk.
        /// </summary>
        public Cut Line(string s, int start, int end, out int endingChunkFirstLine)
        {
            _lineNo++;
            endingChunkFirstLine = FirstLine;
            if (IsMarker(s, start, end, "---"))
            {
                // Directives and comments before the first "---" belong to the document that marker starts.
                var cut = _hasStart || _hasContent ? Cut.Before : Cut.None;
                if (cut == Cut.Before)
                {
                    FirstLine = _lineNo;
                    _hasContent = false;
                }

                _hasStart = true;
                return cut;
            }

            if (IsMarker(s, start, end, "..."))
            {
                FirstLine = _lineNo + 1;
                _hasStart = false;
                _hasContent = false;
                return Cut.After;
            }

            if (!_hasContent && IsContent(s, start, end, _hasStart))
            {
                _hasContent = true;
            }

            return Cut.None;
        }

        private static bool IsMarker(string s, int start, int end, string marker) =>
            end - start >= marker.Length
            && string.CompareOrdinal(s, start, marker, 0, marker.Length) == 0
            && (end - start == marker.Length || s[start + marker.Length] == ' ' || s[start + marker.Length] == '\t');

        // Blank lines, comments and (before a "---") directives do not start a document's content.
        private static bool IsContent(string s, int start, int end, bool hasStart)
        {
            var i = start;
            while (i < end && (s[i] == ' ' || s[i] == '\t' || s[i] == '\ufeff'))
            {
                i++;
            }

            return i < end && s[i] != '#' && (hasStart || s[i] != '%');
        }
    }
}

/// <summary>Reads lines as <see cref="TextReader.ReadLine"/> does (LF, CR or CRLF end one), and tells whether the line read had a break.</summary>
internal sealed class BreakingLineReader
{
    private readonly TextReader _reader;
    private readonly StringBuilder _line = new StringBuilder();

    public BreakingLineReader(TextReader reader) => _reader = reader;

    /// <summary>True when the last line returned by <see cref="Next"/> ended with a line break (false only at the end of the text).</summary>
    public bool HadBreak { get; private set; }

    /// <summary>The next line without its break, or null at the end.</summary>
    public string? Next()
    {
        // One character at a time, as TextReader.ReadLine does: nothing past the line is taken from the stream, so a
        // document is parsed before the next one is read.
        _line.Clear();
        int c;
        while ((c = _reader.Read()) >= 0)
        {
            if (c == '\n' || c == '\r')
            {
                if (c == '\r' && _reader.Peek() == '\n')
                {
                    _reader.Read();
                }

                HadBreak = true;
                return _line.ToString();
            }

            _line.Append((char)c);
        }

        HadBreak = false;
        return _line.Length > 0 ? _line.ToString() : null;
    }
}

/// <summary>The text of one YAML document (a range of a larger text, or a string of its own) and the line of the stream it starts on.</summary>
internal readonly struct YamlChunk
{
    public YamlChunk(int firstLine, string text)
        : this(firstLine, text, 0, text.Length)
    {
    }

    public YamlChunk(int firstLine, string text, int start, int end)
    {
        FirstLine = firstLine;
        Source = text;
        Start = start;
        End = end;
    }

    /// <summary>1-based line number, in the whole stream, of the text's first line.</summary>
    public int FirstLine { get; }

    /// <summary>The text that holds the document (its own markers included) at <see cref="Start"/>..<see cref="End"/>.</summary>
    public string Source { get; }

    /// <summary>Offset of the document's first character in <see cref="Source"/>.</summary>
    public int Start { get; }

    /// <summary>Offset just after the document's last character in <see cref="Source"/>.</summary>
    public int End { get; }

    /// <summary>The document's text as a string of its own.</summary>
    public string Text => Start == 0 && End == Source.Length ? Source : Source.Substring(Start, End - Start);
}
