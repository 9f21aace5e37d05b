using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Kurator.Sdk.Schema.Documents;

/// <summary>
/// A small strict JSON parser producing <see cref="DocNode"/> trees with line numbers.
/// Written here because netstandard2.0 analyzers cannot rely on System.Text.Json being loadable in every IDE host.
/// </summary>
public sealed class JsonDocReader
{
    private readonly string _text;
    private readonly string _file;
    private int _pos;
    private int _line = 1;
    private int _lineStart;
    private int _depth;

    private JsonDocReader(string text, string file)
    {
        _text = text;
        _file = file;
    }

    /// <summary>Parses one JSON value; duplicate keys and trailing content are errors.</summary>
    public static DocNode Parse(string text, string file)
    {
        var reader = new JsonDocReader(text, file);
        reader.SkipWhitespace();
        var node = reader.ReadValue();
        reader.SkipWhitespace();
        if (reader._pos != text.Length)
        {
            throw reader.Error("unexpected content after the JSON value");
        }

        return node;
    }

    private DocNode ReadValue()
    {
        if (_pos >= _text.Length)
        {
            throw Error("unexpected end of JSON");
        }

        var c = _text[_pos];
        switch (c)
        {
            case '{':
            case '[':
                if (++_depth > DocLimits.MaxDepth)
                {
                    throw Error(DocLimits.TooDeep);
                }

                DocNode container = c == '{' ? ReadObject() : ReadArray();
                _depth--;
                return container;
            case '"':
                {
                    var line = _line;
                    var col = Column;
                    return new DocScalar(ReadString(), ScalarKind.String, line, col);
                }

            case 't':
                return ReadLiteral("true", ScalarKind.Bool);
            case 'f':
                return ReadLiteral("false", ScalarKind.Bool);
            case 'n':
                return ReadLiteral("null", ScalarKind.Null);
            default:
                if (c == '-' || (c >= '0' && c <= '9'))
                {
                    return ReadNumber();
                }

                throw Error($"unexpected character '{c}'");
        }
    }

    private DocMapping ReadObject()
    {
        var map = new DocMapping(_line, Column);
        _pos++;
        SkipWhitespace();
        if (Peek() == '}')
        {
            _pos++;
            return map;
        }

        var seen = new HashSet<string>();
        while (true)
        {
            SkipWhitespace();
            if (Peek() != '"')
            {
                throw Error("expected a property name");
            }

            var keyLine = _line;
            var keyCol = Column;
            var key = ReadString();
            if (!seen.Add(key))
            {
                throw new DocParseException(_file, keyLine, keyCol, $"duplicate key '{key}'");
            }

            SkipWhitespace();
            Expect(':');
            SkipWhitespace();
            var value = ReadValue();
            map.Entries.Add(new KeyValuePair<DocScalar, DocNode>(new DocScalar(key, ScalarKind.String, keyLine, keyCol), value));
            SkipWhitespace();
            var c = Peek();
            _pos++;
            if (c == '}')
            {
                return map;
            }

            if (c != ',')
            {
                _pos--;
                throw Error("expected ',' or '}'");
            }
        }
    }

    private DocSequence ReadArray()
    {
        var seq = new DocSequence(_line, Column);
        _pos++;
        SkipWhitespace();
        if (Peek() == ']')
        {
            _pos++;
            return seq;
        }

        while (true)
        {
            SkipWhitespace();
            seq.Items.Add(ReadValue());
            SkipWhitespace();
            var c = Peek();
            _pos++;
            if (c == ']')
            {
                return seq;
            }

            if (c != ',')
            {
                _pos--;
                throw Error("expected ',' or ']'");
            }
        }
    }

    private string ReadString()
    {
        _pos++;
        var start = _pos;
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c == '"')
            {
                var plain = _text.Substring(start, _pos - start);
                _pos++;
                return plain;
            }

            if (c == '\\')
            {
                break;
            }

            if (c < ' ')
            {
                throw Error("control character in string");
            }

            _pos++;
        }

        var sb = new StringBuilder(_text, start, _pos - start, 64);
        while (_pos < _text.Length)
        {
            var c = _text[_pos++];
            if (c == '"')
            {
                return sb.ToString();
            }

            if (c != '\\')
            {
                sb.Append(c);
                continue;
            }

            if (_pos >= _text.Length)
            {
                break;
            }

            var e = _text[_pos++];
            switch (e)
            {
                case '"': sb.Append('"'); break;
                case '\\': sb.Append('\\'); break;
                case '/': sb.Append('/'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'u':
                    if (_pos + 4 > _text.Length ||
                        !int.TryParse(_text.Substring(_pos, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
                    {
                        throw Error("bad \\u escape");
                    }

                    sb.Append((char)code);
                    _pos += 4;
                    break;
                default:
                    throw Error($"bad escape '\\{e}'");
            }
        }

        throw Error("unterminated string");
    }

    private DocScalar ReadNumber()
    {
        var line = _line;
        var col = Column;
        var start = _pos;
        var isFloat = false;
        if (_text[_pos] == '-')
        {
            _pos++;
        }

        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c >= '0' && c <= '9')
            {
                _pos++;
            }
            else if (c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-')
            {
                isFloat = true;
                _pos++;
            }
            else
            {
                break;
            }
        }

        var text = _text.Substring(start, _pos - start);
        if (NumberSyntax.Classify(text) == ScalarKind.String)
        {
            throw new DocParseException(_file, line, col, $"bad number '{text}'");
        }

        return new DocScalar(text, isFloat ? ScalarKind.Float : ScalarKind.Integer, line, col);
    }

    private DocScalar ReadLiteral(string literal, ScalarKind kind)
    {
        var line = _line;
        var col = Column;
        if (string.CompareOrdinal(_text, _pos, literal, 0, literal.Length) != 0)
        {
            throw Error("unexpected token");
        }

        _pos += literal.Length;
        return new DocScalar(literal, kind, line, col);
    }

    private void SkipWhitespace()
    {
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c == '\n')
            {
                _line++;
                _lineStart = _pos + 1;
            }
            else if (c != ' ' && c != '\t' && c != '\r')
            {
                return;
            }

            _pos++;
        }
    }

    private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

    private void Expect(char c)
    {
        if (Peek() != c)
        {
            throw Error($"expected '{c}'");
        }

        _pos++;
    }

    private int Column => _pos - _lineStart + 1;

    private DocParseException Error(string reason) => new DocParseException(_file, _line, Column, reason);
}
