using System.Collections.Generic;

namespace Kurator.Sdk.Schema.Documents;

/// <summary>
/// The fast reader's parser: block mappings and sequences, single-line scalars and literal block scalars over the lines
/// of one document. Every method returns null for YAML it does not handle, and the caller gives the text to the full
/// parser; errors that both parsers report alike (duplicate keys, nesting depth) are thrown as <see cref="DocParseException"/>.
/// </summary>
internal sealed class BlockYamlParser
{
    // Real manifests nest "- - item" a level or two on one line; more is left to YamlDotNet (see ParseSequence).
    private const int MaxSplitsPerLine = 8;

    private readonly string _text;
    private readonly List<YamlLine> _lines;
    private readonly DocTreeBuilder _tree;
    private int _pos;

    public BlockYamlParser(string text, List<YamlLine> lines, DocTreeBuilder tree)
    {
        _text = text;
        _lines = lines;
        _tree = tree;
    }

    /// <summary>
    /// Parses the document's lines: false when the full parser must read them; otherwise the root, or null for a
    /// document with no content (or only a null).
    /// </summary>
    public bool TryParseDocument(out DocNode? root)
    {
        root = null;
        _pos = 0;
        _tree.StartDocument();
        SkipBlank();
        if (_pos >= _lines.Count)
        {
            return true;
        }

        var node = ParseBlock(_lines[_pos].Indent);
        SkipBlank();
        if (node == null || _pos < _lines.Count)
        {
            return false;
        }

        root = node is DocScalar s && s.Kind == ScalarKind.Null ? null : node;
        return true;
    }

    private void SkipBlank()
    {
        while (_pos < _lines.Count && _lines[_pos].Indent < 0)
        {
            _pos++;
        }
    }

    private DocNode? ParseBlock(int indent)
    {
        var line = _lines[_pos];
        if (line.HasTab)
        {
            return null;
        }

        if (IsSequenceEntry(line.ContentStart, line.End))
        {
            return ParseSequence(indent);
        }

        if (YamlScalarText.FindKeyEnd(_text, line.ContentStart, line.End) >= 0)
        {
            return ParseMapping(indent);
        }

        _pos++;
        return EndOfValue(ParseInlineValue(line, line.ContentStart), indent);
    }

    private DocMapping? ParseMapping(int indent)
    {
        var first = _lines[_pos];
        var mark = _tree.StartMapping(first.Number, indent + 1);
        HashSet<string>? seen = null;
        while (true)
        {
            SkipBlank();
            if (_pos >= _lines.Count || _lines[_pos].Indent < indent)
            {
                return _tree.EndMapping(mark, first.Number, indent + 1);
            }

            var line = _lines[_pos];
            if (line.Indent > indent || line.HasTab)
            {
                return null;
            }

            var keyEnd = YamlScalarText.FindKeyEnd(_text, line.ContentStart, line.End);
            var key = keyEnd < 0 ? null : ParseKey(line, keyEnd);
            if (key == null)
            {
                return null;
            }

            _tree.CheckKey(mark, key, ref seen);
            _pos++;
            var rest = SkipSpaces(keyEnd + 1, line.End);
            var value = rest >= line.End || _text[rest] == '#'
                ? ParseNestedValue(indent, line, keyEnd + 1, allowSequenceAtSameIndent: true)
                : ParseValueAt(line, rest, indent);
            if (value == null)
            {
                return null;
            }

            _tree.AddEntry(key, value);
        }
    }

    private DocSequence? ParseSequence(int indent)
    {
        var first = _lines[_pos];
        var mark = _tree.StartSequence(first.Number, indent + 1);
        while (true)
        {
            SkipBlank();
            if (_pos >= _lines.Count || _lines[_pos].Indent < indent)
            {
                return _tree.EndSequence(mark, first.Number, indent + 1);
            }

            var line = _lines[_pos];
            if (line.HasTab)
            {
                return null;
            }

            if (line.Indent > indent || !IsSequenceEntry(line.ContentStart, line.End))
            {
                if (line.Indent == indent)
                {
                    return _tree.EndSequence(mark, first.Number, indent + 1);
                }

                return null;
            }

            var rest = SkipSpaces(line.ContentStart + 1, line.End);
            DocNode? item;
            if (rest >= line.End || _text[rest] == '#')
            {
                _pos++;
                item = ParseNestedValue(indent, line, line.ContentStart + 1, allowSequenceAtSameIndent: false);
            }
            else if (IsSequenceEntry(rest, line.End) || YamlScalarText.FindKeyEnd(_text, rest, line.End) >= 0)
            {
                // "- key: value" and "- - item": the rest of the line starts a block at its own column. A long run of
                // "- - - ..." goes to the streaming parser instead.
                if (line.Splits >= MaxSplitsPerLine)
                {
                    return null;
                }

                var column = rest - line.Start;
                _lines[_pos] = line.StartingAt(column);
                item = ParseBlock(column);
            }
            else
            {
                _pos++;
                item = ParseValueAt(line, rest, indent);
            }

            if (item == null)
            {
                return null;
            }

            _tree.AddItem(item);
        }
    }

    // The value of "key:" or "-" with nothing after it: a deeper block, a sequence at the key's indentation, or null.
    // "after" is the offset just after the indicator, where an empty value is placed.
    private DocNode? ParseNestedValue(int indent, YamlLine owner, int after, bool allowSequenceAtSameIndent)
    {
        SkipBlank();
        if (_pos < _lines.Count)
        {
            var next = _lines[_pos];
            if (next.Indent > indent)
            {
                return ParseBlock(next.Indent);
            }

            if (allowSequenceAtSameIndent && next.Indent == indent && IsSequenceEntry(next.ContentStart, next.End))
            {
                return ParseSequence(indent);
            }
        }

        return new DocScalar(string.Empty, ScalarKind.Null, owner.Number, after - owner.Start + 1);
    }

    // A value that starts on the current line at offset "start" (the line is already consumed).
    private DocNode? ParseValueAt(YamlLine line, int start, int indent)
    {
        var c = _text[start];
        if (c == '|' || c == '>')
        {
            return LiteralBlock.Read(_text, _lines, ref _pos, line, start, indent);
        }

        return EndOfValue(ParseInlineValue(line, start), indent);
    }

    // A single-line value must not go on into a deeper line: that is a multi-line plain scalar or a bad indentation.
    private DocNode? EndOfValue(DocNode? value, int indent)
    {
        SkipBlank();
        return _pos < _lines.Count && _lines[_pos].Indent > indent ? null : value;
    }

    private DocNode? ParseInlineValue(YamlLine line, int start)
    {
        var column = start - line.Start + 1;
        var c = _text[start];
        if (c == '"' || c == '\'')
        {
            return YamlScalarText.TryQuoted(_text, start, line.End, _tree.Strings, out var text, out var after) && YamlScalarText.OnlyCommentAfter(_text, after, line.End)
                ? new DocScalar(text, ScalarKind.String, line.Number, column)
                : null;
        }

        if (c == '[' || c == '{')
        {
            var flow = new FlowParser(_text, start, line.End, line.Number, line.Start, _tree);
            var node = flow.Parse();
            return node != null && YamlScalarText.OnlyCommentAfter(_text, flow.Position, line.End) ? node : null;
        }

        if (YamlScalarText.CannotStartPlain(_text, start, line.End, inFlow: false))
        {
            return null;
        }

        var end = YamlScalarText.PlainEnd(_text, start, line.End);
        return end < 0 ? null : _tree.Plain(_text, start, end, line.Number, column);
    }

    private DocScalar? ParseKey(YamlLine line, int keyEnd)
    {
        var start = line.ContentStart;
        var column = line.Indent + 1;
        if (keyEnd == start)
        {
            return null;
        }

        var c = _text[start];
        if (c == '"' || c == '\'')
        {
            return YamlScalarText.TryQuoted(_text, start, keyEnd, _tree.Strings, out var text, out var after) && SkipSpaces(after, keyEnd) == keyEnd
                ? new DocScalar(text, ScalarKind.String, line.Number, column)
                : null;
        }

        // "- a: 1" at a mapping's indentation is a sequence entry where a key belongs: an error the full parser reports.
        if (YamlScalarText.CannotStartPlain(_text, start, keyEnd, inFlow: false))
        {
            return null;
        }

        var end = keyEnd;
        while (end > start && _text[end - 1] == ' ')
        {
            end--;
        }

        // "<<" is YAML's merge key, which the full parser expands.
        if (end - start == 2 && _text[start] == '<' && _text[start + 1] == '<')
        {
            return null;
        }

        return _tree.Scalar(_text, start, end, ScalarKind.String, line.Number, column);
    }

    private bool IsSequenceEntry(int start, int end) => start < end && _text[start] == '-' && (start + 1 == end || _text[start + 1] == ' ');

    private int SkipSpaces(int at, int end)
    {
        while (at < end && _text[at] == ' ')
        {
            at++;
        }

        return at;
    }
}
