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
    /// <summary>The documents' texts in order, each with the 1-based line number of its first line.</summary>
    public static IEnumerable<YamlChunk> Split(TextReader reader)
    {
        var text = new StringBuilder();
        var firstLine = 1;
        var lineNo = 0;
        var hasStart = false;
        var hasContent = false;
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            lineNo++;
            if (IsMarker(line, "---"))
            {
                // Directives and comments before the first "---" belong to the document that marker starts.
                if (hasStart || hasContent)
                {
                    yield return new YamlChunk(firstLine, text.ToString());
                    text.Clear();
                    firstLine = lineNo;
                    hasContent = false;
                }

                hasStart = true;
                text.Append(line).Append('\n');
                continue;
            }

            text.Append(line).Append('\n');
            if (IsMarker(line, "..."))
            {
                yield return new YamlChunk(firstLine, text.ToString());
                text.Clear();
                firstLine = lineNo + 1;
                hasStart = false;
                hasContent = false;
                continue;
            }

            if (!hasContent && IsContent(line, hasStart))
            {
                hasContent = true;
            }
        }

        if (text.Length > 0)
        {
            yield return new YamlChunk(firstLine, text.ToString());
        }
    }

    private static bool IsMarker(string line, string marker) =>
        line.StartsWith(marker, System.StringComparison.Ordinal) && (line.Length == marker.Length || line[marker.Length] == ' ' || line[marker.Length] == '\t');

    // Blank lines, comments and (before a "---") directives do not start a document's content.
    private static bool IsContent(string line, bool hasStart)
    {
        var trimmed = line.TrimStart(' ', '\t', '\ufeff');
        return trimmed.Length > 0 && trimmed[0] != '#' && (hasStart || trimmed[0] != '%');
    }
}

/// <summary>The text of one YAML document and the line of the stream it starts on.</summary>
internal readonly struct YamlChunk
{
    public YamlChunk(int firstLine, string text)
    {
        FirstLine = firstLine;
        Text = text;
    }

    /// <summary>1-based line number, in the whole stream, of the text's first line.</summary>
    public int FirstLine { get; }

    /// <summary>The document's text, its own markers included.</summary>
    public string Text { get; }
}
