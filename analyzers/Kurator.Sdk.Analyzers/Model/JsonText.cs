using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;

namespace Kurator.Sdk.Analyzers.Model;

/// <summary>
/// Reads constant JSON text (the argument of <c>JsonNode.Parse("...")</c>) into tracked values: objects become maps,
/// arrays lists, the rest scalars, all located at the literal. Free-form fields (a Kyverno pattern) are written this way.
/// Text that is not strict JSON, nests deeper than <see cref="MaxDepth"/> or is longer than <see cref="MaxLength"/>
/// gives <see cref="KubeValue.Unknown"/>: the analyzer never guesses what the code will parse at run time.
/// </summary>
internal sealed class JsonText
{
    /// <summary>Deeper text is not read (System.Text.Json's default limit).</summary>
    public const int MaxDepth = 64;

    /// <summary>Longer text is not read (bounds the analyzer's time and memory on a pasted document).</summary>
    public const int MaxLength = 1 << 20;

    private readonly string _text;
    private readonly Location _location;
    private int _position;

    private JsonText(string text, Location location)
    {
        _text = text;
        _location = location;
    }

    /// <summary>The value <paramref name="text"/> denotes, or unknown when it is not readable JSON.</summary>
    public static KubeValue Read(string text, Location location)
    {
        if (text.Length > MaxLength)
        {
            return KubeValue.Unknown;
        }

        var reader = new JsonText(text, location);
        var value = reader.Value(0);
        reader.SkipSpace();
        return value is not null && reader._position == text.Length ? value : KubeValue.Unknown;
    }

    private KubeValue? Value(int depth)
    {
        SkipSpace();
        if (_position >= _text.Length || depth > MaxDepth)
        {
            return null;
        }

        switch (_text[_position])
        {
            case '{':
                return Object(depth);
            case '[':
                return Array(depth);
            case '"':
                return String() is { } s ? KubeValue.Scalar(s) : null;
            case 't':
                return Word("true") ? KubeValue.Scalar(true) : null;
            case 'f':
                return Word("false") ? KubeValue.Scalar(false) : null;
            case 'n':
                return Word("null") ? KubeValue.Null : null;
            default:
                return Number();
        }
    }

    private KubeValue? Object(int depth)
    {
        var map = new KubeMap();
        _position++;
        SkipSpace();
        if (Take('}'))
        {
            return KubeValue.Of(map);
        }

        do
        {
            SkipSpace();
            if (_position >= _text.Length || _text[_position] != '"' || String() is not { } key)
            {
                return null;
            }

            SkipSpace();
            if (!Take(':') || Value(depth + 1) is not { } value)
            {
                return null;
            }

            // A repeated key: the last one wins, as JsonNode.Parse keeps it (it rejects duplicates only when asked).
            map.Entries[key] = new KubeItem(value, _location);
            SkipSpace();
        }
        while (Take(','));

        return Take('}') ? KubeValue.Of(map) : null;
    }

    private KubeValue? Array(int depth)
    {
        var list = new KubeList();
        _position++;
        SkipSpace();
        if (Take(']'))
        {
            return KubeValue.Of(list);
        }

        do
        {
            if (Value(depth + 1) is not { } value)
            {
                return null;
            }

            list.Items.Add(new KubeItem(value, _location));
            SkipSpace();
        }
        while (Take(','));

        return Take(']') ? KubeValue.Of(list) : null;
    }

    private string? String()
    {
        var builder = new StringBuilder();
        _position++;
        while (_position < _text.Length)
        {
            var c = _text[_position++];
            if (c == '"')
            {
                return builder.ToString();
            }

            if (c < ' ')
            {
                return null;
            }

            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            if (_position >= _text.Length)
            {
                return null;
            }

            var escape = _text[_position++];
            switch (escape)
            {
                case '"': case '\\': case '/': builder.Append(escape); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    if (_position + 4 > _text.Length
                        || !int.TryParse(_text.Substring(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                    {
                        return null;
                    }

                    builder.Append((char)code);
                    _position += 4;
                    break;
                default:
                    return null;
            }
        }

        return null;
    }

    private KubeValue? Number()
    {
        var start = _position;
        Take('-');
        var digits = _position;
        while (_position < _text.Length && IsDigit(_text[_position]))
        {
            _position++;
        }

        if (_position == digits || (_text[digits] == '0' && _position - digits > 1))
        {
            return null;
        }

        var integral = true;
        if (Take('.'))
        {
            integral = false;
            if (!Digits())
            {
                return null;
            }
        }

        if (_position < _text.Length && (_text[_position] == 'e' || _text[_position] == 'E'))
        {
            integral = false;
            _position++;
            if (!Take('+'))
            {
                Take('-');
            }

            if (!Digits())
            {
                return null;
            }
        }

        var token = _text.Substring(start, _position - start);
        if (integral && long.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
        {
            return KubeValue.Scalar(whole);
        }

        // The wire text stays as written (1.50 is not 1.5 to a pattern that compares text).
        return double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) ? KubeValue.Scalar(real, token) : null;
    }

    private bool Digits()
    {
        var start = _position;
        while (_position < _text.Length && IsDigit(_text[_position]))
        {
            _position++;
        }

        return _position > start;
    }

    // JSON digits are ASCII only (char.IsDigit also takes other scripts' digits).
    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private bool Word(string word)
    {
        if (string.CompareOrdinal(_text, _position, word, 0, word.Length) != 0)
        {
            return false;
        }

        _position += word.Length;
        return true;
    }

    private bool Take(char c)
    {
        if (_position < _text.Length && _text[_position] == c)
        {
            _position++;
            return true;
        }

        return false;
    }

    private void SkipSpace()
    {
        while (_position < _text.Length && _text[_position] is ' ' or '\t' or '\n' or '\r')
        {
            _position++;
        }
    }
}
