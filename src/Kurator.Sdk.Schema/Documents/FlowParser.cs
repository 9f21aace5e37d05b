using System;
using System.Collections.Generic;

namespace Kurator.Sdk.Schema.Documents
{
    /// <summary>Parses a flow collection (<c>[a, b]</c>, <c>{k: v}</c>) that opens and closes on one line.</summary>
    internal sealed class FlowParser
    {
        private readonly string _s;
        private readonly int _line;
        private readonly int _offset;
        private readonly string _file;
        private readonly DocBudget _budget;

        public FlowParser(string content, int start, int line, int columnOffset, string file, DocBudget budget)
        {
            _budget = budget;
            _s = content;
            Position = start;
            _line = line;
            _offset = columnOffset;
            _file = file;
        }

        /// <summary>The index just after what was parsed.</summary>
        public int Position { get; private set; }

        public DocNode Parse() => Value(0);

        private DocNode Value(int depth)
        {
            if (depth > 64)
            {
                throw new FastYamlReader.Unsupported();
            }

            Skip();
            if (Position >= _s.Length)
            {
                throw new FastYamlReader.Unsupported();
            }

            var c = _s[Position];
            var column = _offset + Position + 1;
            switch (c)
            {
                case '[':
                    var seq = new DocSequence(_line, column);
                    _budget.Enter(_line, column);
                    Position++;
                    while (true)
                    {
                        Skip();
                        if (Peek() == ']')
                        {
                            Position++;
                            _budget.Leave();
                            return seq;
                        }

                        seq.Items.Add(Value(depth + 1));
                        Skip();
                        if (Peek() == ',')
                        {
                            Position++;
                        }
                        else if (Peek() != ']')
                        {
                            throw new FastYamlReader.Unsupported();
                        }
                    }

                case '{':
                    var map = new DocMapping(_line, column);
                    _budget.Enter(_line, column);
                    var seen = new HashSet<string>(StringComparer.Ordinal);
                    Position++;
                    while (true)
                    {
                        Skip();
                        if (Peek() == '}')
                        {
                            Position++;
                            _budget.Leave();
                            return map;
                        }

                        var keyNode = Value(depth + 1);
                        if (!(keyNode is DocScalar key))
                        {
                            throw new FastYamlReader.Unsupported();
                        }

                        Skip();
                        if (Peek() != ':')
                        {
                            throw new FastYamlReader.Unsupported();
                        }

                        Position++;
                        Skip();
                        DocNode value = Peek() == ',' || Peek() == '}'
                            ? new DocScalar(string.Empty, ScalarKind.Null, _line, _offset + Position + 1)
                            : Value(depth + 1);
                        if (!seen.Add(key.Value))
                        {
                            throw new DocParseException(_file, key.Line, key.Column, $"duplicate key '{key.Value}'");
                        }

                        map.Entries.Add(new KeyValuePair<DocScalar, DocNode>(key.Kind == ScalarKind.String ? key : new DocScalar(key.Value, ScalarKind.String, key.Line, key.Column), value));
                        Skip();
                        if (Peek() == ',')
                        {
                            Position++;
                        }
                        else if (Peek() != '}')
                        {
                            throw new FastYamlReader.Unsupported();
                        }
                    }

                case '"':
                    var dq = FastYamlReader.DoubleQuoted(_s, Position, out var dqEnd);
                    Position = dqEnd;
                    return new DocScalar(dq, ScalarKind.String, _line, column);
                case '\'':
                    var sq = FastYamlReader.SingleQuoted(_s, Position, out var sqEnd);
                    Position = sqEnd;
                    return new DocScalar(sq, ScalarKind.String, _line, column);
                case '&':
                case '*':
                case '!':
                case '|':
                case '>':
                case '?':
                case '#':
                    throw new FastYamlReader.Unsupported();
                default:
                    var start = Position;
                    while (Position < _s.Length)
                    {
                        var ch = _s[Position];
                        if (ch == ',' || ch == ']' || ch == '}' || ch == '[' || ch == '{' || (ch == ':' && (Position + 1 >= _s.Length || _s[Position + 1] == ' ' || _s[Position + 1] == ',' || _s[Position + 1] == '}' || _s[Position + 1] == ']')))
                        {
                            break;
                        }

                        if (ch == '#' && Position > start && _s[Position - 1] == ' ')
                        {
                            throw new FastYamlReader.Unsupported();
                        }

                        Position++;
                    }

                    var text = _s.Substring(start, Position - start).TrimEnd(' ');
                    if (text.Length == 0)
                    {
                        throw new FastYamlReader.Unsupported();
                    }

                    return new DocScalar(text, DocScalar.ResolvePlain(text), _line, column);
            }
        }

        private char Peek() => Position < _s.Length ? _s[Position] : '\0';

        private void Skip()
        {
            while (Position < _s.Length && _s[Position] == ' ')
            {
                Position++;
            }
        }
    }
}
