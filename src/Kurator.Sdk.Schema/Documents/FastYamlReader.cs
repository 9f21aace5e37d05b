using System;
using System.Collections.Generic;
using System.Text;

namespace Kurator.Sdk.Schema.Documents
{
    /// <summary>
    /// A fast reader for the YAML that Kubernetes manifests use: block mappings and sequences, plain and quoted
    /// single-line scalars, literal block scalars, single-line flow collections and comments. Anything else (anchors,
    /// tags, folded or multi-line plain scalars, multi-line flow, tabs, directives, odd indentation) makes it give up,
    /// and the caller parses the text with YamlDotNet instead, so results never depend on which path ran.
    /// </summary>
    public sealed class FastYamlReader
    {
        private readonly string _file;
        // Real manifests nest "- - item" a level or two on one line; more is left to YamlDotNet (see ParseSequence).
        private const int MaxSplitsPerLine = 8;

        private readonly List<Line> _lines = new List<Line>();
        private readonly DocBudget _budget;
        private int _pos;

        private FastYamlReader(string file)
        {
            _file = file;
            _budget = new DocBudget(file);
        }

        /// <summary>Parses all documents, or returns false when the text uses YAML this reader does not handle.</summary>
        public static bool TryParseAll(string text, string file, out List<DocNode> documents) => TryParseAll(text, file, 0, out documents);

        /// <summary>
        /// Parses all documents of a text that starts after <paramref name="lineOffset"/> lines of its file, or returns
        /// false when the text uses YAML this reader does not handle.
        /// </summary>
        public static bool TryParseAll(string text, string file, int lineOffset, out List<DocNode> documents)
        {
            documents = new List<DocNode>();
            try
            {
                var reader = new FastYamlReader(file);
                reader.Split(text, lineOffset, documents);
                return true;
            }
            catch (Unsupported)
            {
                documents = new List<DocNode>();
                return false;
            }
        }

        private void Split(string text, int lineOffset, List<DocNode> documents)
        {
            var lineNo = lineOffset;
            var start = 0;
            var sawContent = false;
            while (start < text.Length)
            {
                var end = text.IndexOf('\n', start);
                if (end < 0)
                {
                    end = text.Length;
                }

                lineNo++;
                var raw = text.Substring(start, end - start).TrimEnd('\r');
                start = end + 1;
                if (raw == "---" || raw.StartsWith("--- #", StringComparison.Ordinal) || raw == "...")
                {
                    if (raw != "..." || sawContent)
                    {
                        FlushDocument(documents);
                    }

                    sawContent = false;
                    continue;
                }

                if (raw.StartsWith("---", StringComparison.Ordinal) || raw.StartsWith("%", StringComparison.Ordinal) || raw.StartsWith("\ufeff", StringComparison.Ordinal))
                {
                    throw new Unsupported();
                }

                var indent = 0;
                while (indent < raw.Length && raw[indent] == ' ')
                {
                    indent++;
                }

                if (indent < raw.Length && raw[indent] == '\t')
                {
                    throw new Unsupported();
                }

                var content = raw.Substring(indent);
                if (content.Length == 0 || content[0] == '#')
                {
                    // Blank and comment lines still matter inside literal blocks, which read the raw lines.
                    _lines.Add(new Line(lineNo, -1, raw));
                    continue;
                }

                sawContent = true;
                _lines.Add(new Line(lineNo, indent, raw));
            }

            FlushDocument(documents);
        }

        private void FlushDocument(List<DocNode> documents)
        {
            _pos = 0;
            _budget.Reset();
            SkipBlank();
            if (_pos < _lines.Count)
            {
                var root = ParseBlock(_lines[_pos].Indent);
                SkipBlank();
                if (_pos < _lines.Count)
                {
                    throw new Unsupported();
                }

                if (!(root is DocScalar s && s.Kind == ScalarKind.Null))
                {
                    documents.Add(root);
                }
            }

            _lines.Clear();
        }

        private void SkipBlank()
        {
            while (_pos < _lines.Count && _lines[_pos].Indent < 0)
            {
                _pos++;
            }
        }

        private DocNode ParseBlock(int indent)
        {
            var line = _lines[_pos];
            var content = line.Content;
            if (content == "-" || content.StartsWith("- ", StringComparison.Ordinal))
            {
                return ParseSequence(indent);
            }

            if (FindKeyEnd(content) >= 0)
            {
                return ParseMapping(indent);
            }

            _pos++;
            var scalar = ParseInlineValue(line, 0, out _);
            SkipBlank();
            if (_pos < _lines.Count && _lines[_pos].Indent > indent)
            {
                throw new Unsupported();
            }

            return scalar;
        }

        private DocMapping ParseMapping(int indent)
        {
            var first = _lines[_pos];
            var map = new DocMapping(first.Number, indent + 1);
            _budget.Enter(map.Line, map.Column);
            HashSet<string>? seen = null;
            while (true)
            {
                SkipBlank();
                if (_pos >= _lines.Count || _lines[_pos].Indent < indent)
                {
                    _budget.Leave();
                    return map;
                }

                var line = _lines[_pos];
                if (line.Indent > indent)
                {
                    throw new Unsupported();
                }

                var content = line.Content;
                var keyEnd = FindKeyEnd(content);
                if (keyEnd < 0)
                {
                    throw new Unsupported();
                }

                var key = ParseKey(content.Substring(0, keyEnd), line, indent);
                seen ??= new HashSet<string>(StringComparer.Ordinal);
                if (!seen.Add(key.Value))
                {
                    throw new DocParseException(_file, key.Line, key.Column, $"duplicate key '{key.Value}'");
                }

                _pos++;
                var rest = keyEnd + 1;
                while (rest < content.Length && content[rest] == ' ')
                {
                    rest++;
                }

                DocNode value;
                if (rest >= content.Length || content[rest] == '#')
                {
                    value = ParseNestedValue(indent, line, keyEnd + 1, allowSequenceAtSameIndent: true);
                }
                else
                {
                    value = ParseValueAt(line, rest, indent);
                }

                map.Entries.Add(new KeyValuePair<DocScalar, DocNode>(key, value));
            }
        }

        private DocSequence ParseSequence(int indent)
        {
            var first = _lines[_pos];
            var seq = new DocSequence(first.Number, indent + 1);
            _budget.Enter(seq.Line, seq.Column);
            while (true)
            {
                SkipBlank();
                if (_pos >= _lines.Count || _lines[_pos].Indent < indent)
                {
                    _budget.Leave();
                    return seq;
                }

                var line = _lines[_pos];
                var content = line.Content;
                if (line.Indent > indent || !(content == "-" || content.StartsWith("- ", StringComparison.Ordinal)))
                {
                    if (line.Indent == indent)
                    {
                        _budget.Leave();
                        return seq;
                    }

                    throw new Unsupported();
                }

                var rest = 1;
                while (rest < content.Length && content[rest] == ' ')
                {
                    rest++;
                }

                if (rest >= content.Length || content[rest] == '#')
                {
                    _pos++;
                    seq.Items.Add(ParseNestedValue(indent, line, 1, allowSequenceAtSameIndent: false));
                    continue;
                }

                var inner = content.Substring(rest);
                if (inner == "-" || inner.StartsWith("- ", StringComparison.Ordinal) || FindKeyEnd(inner) >= 0)
                {
                    // "- key: value" and "- - item": the rest of the line starts a block at its own column. Each such
                    // level copies the line's rest, so a long run of "- - - ..." goes to the streaming parser instead.
                    if (line.Splits >= MaxSplitsPerLine)
                    {
                        throw new Unsupported();
                    }

                    _lines[_pos] = new Line(line.Number, indent + rest, line.Raw, line.Splits + 1);
                    seq.Items.Add(ParseBlock(indent + rest));
                    continue;
                }

                _pos++;
                seq.Items.Add(ParseValueAt(line, rest, indent));
            }
        }

        // The value of "key:" or "-" with nothing after it: a deeper block, a sequence at the key's indentation, or null.
        private DocNode ParseNestedValue(int indent, Line owner, int afterIndicator, bool allowSequenceAtSameIndent)
        {
            SkipBlank();
            if (_pos < _lines.Count)
            {
                var next = _lines[_pos];
                if (next.Indent > indent)
                {
                    return ParseBlock(next.Indent);
                }

                if (allowSequenceAtSameIndent && next.Indent == indent && (next.Content == "-" || next.Content.StartsWith("- ", StringComparison.Ordinal)))
                {
                    return ParseSequence(indent);
                }
            }

            return new DocScalar(string.Empty, ScalarKind.Null, owner.Number, owner.Indent + afterIndicator + 1);
        }

        // A value that starts on the current line at content offset "start" (the line is already consumed).
        private DocNode ParseValueAt(Line line, int start, int indent)
        {
            var content = line.Content;
            var c = content[start];
            if (c == '|' || c == '>')
            {
                return ParseLiteralBlock(line, start, indent);
            }

            var value = ParseInlineValue(line, start, out _);
            SkipBlank();
            if (_pos < _lines.Count && _lines[_pos].Indent > indent)
            {
                // A continuation of a multi-line plain scalar, or a bad indentation: let the full parser decide.
                throw new Unsupported();
            }

            return value;
        }

        private DocNode ParseInlineValue(Line line, int start, out int end)
        {
            var content = line.Content;
            var column = line.Indent + start + 1;
            var c = content[start];
            switch (c)
            {
                case '"':
                case '\'':
                    var text = c == '"' ? DoubleQuoted(content, start, out end) : SingleQuoted(content, start, out end);
                    RequireLineEnd(content, end);
                    return new DocScalar(text, ScalarKind.String, line.Number, column);
                case '[':
                case '{':
                    var flow = new FlowParser(content, start, line.Number, line.Indent, _file, _budget);
                    var node = flow.Parse();
                    end = flow.Position;
                    RequireLineEnd(content, end);
                    return node;
                case '&':
                case '*':
                case '!':
                case '|':
                case '>':
                case '%':
                case '@':
                case '`':
                case '?':
                    throw new Unsupported();
            }

            var plain = PlainToEnd(content, start);
            end = content.Length;
            return new DocScalar(plain, DocScalar.ResolvePlain(plain), line.Number, column);
        }

        private DocScalar ParseLiteralBlock(Line line, int start, int indent)
        {
            var content = line.Content;
            var header = content.Substring(start).Split('#')[0].TrimEnd();
            if (header[0] != '|' || header.Length > 2 || (header.Length == 2 && header[1] != '-' && header[1] != '+'))
            {
                throw new Unsupported();
            }

            var chomp = header.Length == 2 ? header[1] : ' ';
            var bodyLines = new List<string>();
            var blockIndent = -1;
            while (_pos < _lines.Count)
            {
                // Lines starting with '#' are content when indented into the block; only the indentation decides.
                var raw = _lines[_pos].Raw;
                if (raw.Trim().Length > 0 && LeadingSpaces(raw) <= indent)
                {
                    break;
                }

                if (blockIndent < 0 && raw.Trim().Length > 0)
                {
                    blockIndent = LeadingSpaces(raw);
                }

                bodyLines.Add(raw);
                _pos++;
            }

            var sb = new StringBuilder();
            var trailing = 0;
            foreach (var raw in bodyLines)
            {
                if (raw.Trim().Length == 0)
                {
                    trailing++;
                    continue;
                }

                if (LeadingSpaces(raw) < blockIndent)
                {
                    throw new Unsupported();
                }

                for (var i = 0; i < trailing; i++)
                {
                    sb.Append('\n');
                }

                trailing = 0;
                sb.Append(raw.Substring(blockIndent)).Append('\n');
            }

            var text = sb.ToString();
            if (chomp == '-')
            {
                text = text.TrimEnd('\n');
            }
            else if (chomp == '+')
            {
                text += new string('\n', trailing);
            }
            else if (text.Length == 0)
            {
                text = string.Empty;
            }

            return new DocScalar(text, ScalarKind.String, line.Number, line.Indent + start + 1);
        }

        private static int LeadingSpaces(string s)
        {
            var i = 0;
            while (i < s.Length && s[i] == ' ')
            {
                i++;
            }

            return i;
        }

        private DocScalar ParseKey(string keyText, Line line, int indent)
        {
            var column = indent + 1;
            if (keyText.Length == 0)
            {
                throw new Unsupported();
            }

            var c = keyText[0];
            if (c == '"' || c == '\'')
            {
                var text = c == '"' ? DoubleQuoted(keyText, 0, out var end) : SingleQuoted(keyText, 0, out end);
                if (keyText.Substring(end).Trim().Length != 0)
                {
                    throw new Unsupported();
                }

                return new DocScalar(text, ScalarKind.String, line.Number, column);
            }

            if ("[]{}&*!|>%@`?#,".IndexOf(c) >= 0 || keyText == "<<")
            {
                throw new Unsupported();
            }

            return new DocScalar(keyText.TrimEnd(), ScalarKind.String, line.Number, column);
        }

        // The index of the ':' that ends a block mapping key on this line, or -1.
        private static int FindKeyEnd(string content)
        {
            if (content.Length == 0)
            {
                return -1;
            }

            var c = content[0];
            if (c == '"' || c == '\'')
            {
                var close = c == '"' ? SkipDoubleQuoted(content, 0) : SkipSingleQuoted(content, 0);
                if (close < 0)
                {
                    return -1;
                }

                var i = close;
                while (i < content.Length && content[i] == ' ')
                {
                    i++;
                }

                return i < content.Length && content[i] == ':' && (i + 1 == content.Length || content[i + 1] == ' ') ? i : -1;
            }

            if (c == '[' || c == '{' || c == '#' || c == '&' || c == '*' || c == '!' || c == '|' || c == '>')
            {
                return -1;
            }

            for (var i = 0; i < content.Length; i++)
            {
                if (content[i] == ':' && (i + 1 == content.Length || content[i + 1] == ' '))
                {
                    return i;
                }

                if (content[i] == '#' && i > 0 && content[i - 1] == ' ')
                {
                    return -1;
                }
            }

            return -1;
        }

        private static string PlainToEnd(string content, int start)
        {
            var end = content.Length;
            for (var i = start; i < content.Length; i++)
            {
                if (content[i] == '#' && i > start && content[i - 1] == ' ')
                {
                    end = i;
                    break;
                }

                if (content[i] == ':' && (i + 1 == content.Length || content[i + 1] == ' '))
                {
                    // "a: b: c" is an error in YAML; the full parser reports it.
                    throw new Unsupported();
                }
            }

            return content.Substring(start, end - start).TrimEnd(' ');
        }

        private static void RequireLineEnd(string content, int end)
        {
            var i = end;
            while (i < content.Length && content[i] == ' ')
            {
                i++;
            }

            if (i < content.Length && !(content[i] == '#' && i > end))
            {
                throw new Unsupported();
            }
        }

        private static int SkipDoubleQuoted(string s, int start)
        {
            for (var i = start + 1; i < s.Length; i++)
            {
                if (s[i] == '\\')
                {
                    i++;
                }
                else if (s[i] == '"')
                {
                    return i + 1;
                }
            }

            return -1;
        }

        private static int SkipSingleQuoted(string s, int start)
        {
            for (var i = start + 1; i < s.Length; i++)
            {
                if (s[i] == '\'')
                {
                    if (i + 1 < s.Length && s[i + 1] == '\'')
                    {
                        i++;
                        continue;
                    }

                    return i + 1;
                }
            }

            return -1;
        }

        internal static string SingleQuoted(string s, int start, out int end)
        {
            var close = SkipSingleQuoted(s, start);
            if (close < 0)
            {
                throw new Unsupported();
            }

            end = close;
            return s.Substring(start + 1, close - start - 2).Replace("''", "'");
        }

        internal static string DoubleQuoted(string s, int start, out int end)
        {
            var sb = new StringBuilder();
            for (var i = start + 1; i < s.Length; i++)
            {
                var c = s[i];
                if (c == '"')
                {
                    end = i + 1;
                    return sb.ToString();
                }

                if (c != '\\')
                {
                    sb.Append(c);
                    continue;
                }

                if (++i >= s.Length)
                {
                    break;
                }

                switch (s[i])
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
                        var digits = s[i] == 'u' ? 4 : 2;
                        if (i + digits >= s.Length || !int.TryParse(s.Substring(i + 1, digits), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var code))
                        {
                            throw new Unsupported();
                        }

                        sb.Append((char)code);
                        i += digits;
                        break;
                    default:
                        throw new Unsupported();
                }
            }

            throw new Unsupported();
        }

        /// <summary>Raised internally when the text needs the full YAML parser.</summary>
        internal sealed class Unsupported : Exception
        {
        }

        private sealed class Line
        {
            public Line(int number, int indent, string raw, int splits = 0)
            {
                Splits = splits;
                Number = number;
                Indent = indent;
                Raw = raw;
                Content = indent < 0 ? string.Empty : raw.Substring(indent);
            }

            public int Number { get; }

            /// <summary>How many "- " indicators before this point of the same line opened a block.</summary>
            public int Splits { get; }

            /// <summary>Column (0-based) where this line's remaining content starts; -1 for blank or comment lines.</summary>
            public int Indent { get; }

            public string Raw { get; }

            /// <summary>The content from <see cref="Indent"/> on, cut once: parsing reads it many times.</summary>
            public string Content { get; }
        }
    }
}
