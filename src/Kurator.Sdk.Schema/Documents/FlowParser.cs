using System.Collections.Generic;

namespace Kurator.Sdk.Schema.Documents;

/// <summary>
/// Parses a flow collection (<c>[a, b]</c>, <c>{k: v}</c>) that opens and closes on one line; returns null for what it
/// does not handle (nesting beyond a few dozen levels, anchors, tags, a collection that goes on to the next line).
/// </summary>
internal sealed class FlowParser
{
    private const int MaxFlowDepth = 64;

    private readonly string _s;
    private readonly int _end;
    private readonly int _line;
    private readonly int _lineStart;
    private readonly DocTreeBuilder _tree;

    /// <summary>Reads <c>text[start..end)</c> of the line that starts at offset <paramref name="lineStart"/>.</summary>
    public FlowParser(string text, int start, int end, int line, int lineStart, DocTreeBuilder tree)
    {
        _s = text;
        Position = start;
        _end = end;
        _line = line;
        _lineStart = lineStart;
        _tree = tree;
    }

    /// <summary>The offset just after what was parsed.</summary>
    public int Position { get; private set; }

    /// <summary>The collection, or null when the full parser must read it.</summary>
    public DocNode? Parse() => Value(0);

    private DocNode? Value(int depth)
    {
        if (depth > MaxFlowDepth)
        {
            return null;
        }

        Skip();
        if (Position >= _end)
        {
            return null;
        }

        var c = _s[Position];
        var column = Position - _lineStart + 1;
        switch (c)
        {
            case '[':
                return Sequence(depth, column);
            case '{':
                return Mapping(depth, column);
            case '"':
            case '\'':
                if (!YamlScalarText.TryQuoted(_s, Position, _end, _tree.Strings, out var quoted, out var after))
                {
                    return null;
                }

                Position = after;
                return new DocScalar(quoted, ScalarKind.String, _line, column);
            default:
                return Plain(column);
        }
    }

    private DocSequence? Sequence(int depth, int column)
    {
        var mark = _tree.StartSequence(_line, column);
        Position++;
        while (true)
        {
            Skip();
            if (Peek() == ']')
            {
                Position++;
                return _tree.EndSequence(mark, _line, column);
            }

            var item = Value(depth + 1);
            if (item == null)
            {
                return null;
            }

            _tree.AddItem(item);
            if (!Separator(']'))
            {
                return null;
            }
        }
    }

    private DocMapping? Mapping(int depth, int column)
    {
        var mark = _tree.StartMapping(_line, column);
        HashSet<string>? seen = null;
        Position++;
        while (true)
        {
            Skip();
            if (Peek() == '}')
            {
                Position++;
                return _tree.EndMapping(mark, _line, column);
            }

            if (!(Value(depth + 1) is DocScalar keyNode))
            {
                return null;
            }

            Skip();
            if (Peek() != ':')
            {
                return null;
            }

            Position++;
            Skip();
            var value = Peek() == ',' || Peek() == '}'
                ? new DocScalar(string.Empty, ScalarKind.Null, _line, Position - _lineStart + 1)
                : Value(depth + 1);
            if (value == null)
            {
                return null;
            }

            // Keys are compared as text: a plain key like `1` or `true` is still a string key.
            var key = keyNode.Kind == ScalarKind.String ? keyNode : new DocScalar(keyNode.Value, ScalarKind.String, keyNode.Line, keyNode.Column);
            _tree.CheckKey(mark, key, ref seen);
            _tree.AddEntry(key, value);
            if (!Separator('}'))
            {
                return null;
            }
        }
    }

    // A plain scalar ends at a flow indicator or at ": "; a comment inside a collection is left to the full parser.
    private DocScalar? Plain(int column)
    {
        if (YamlScalarText.CannotStartPlain(_s, Position, _end, inFlow: true))
        {
            return null;
        }

        var start = Position;
        while (Position < _end)
        {
            var ch = _s[Position];
            if (ch == ',' || ch == ']' || ch == '}' || ch == '[' || ch == '{' || (ch == ':' && (Position + 1 >= _end || _s[Position + 1] == ' ' || _s[Position + 1] == ',' || _s[Position + 1] == '}' || _s[Position + 1] == ']')))
            {
                break;
            }

            if (ch == '#' && Position > start && _s[Position - 1] == ' ')
            {
                return null;
            }

            Position++;
        }

        var stop = Position;
        while (stop > start && _s[stop - 1] == ' ')
        {
            stop--;
        }

        return stop == start ? null : _tree.Plain(_s, start, stop, _line, column);
    }

    // After an item: a comma, or the closing bracket (left for the caller to consume).
    private bool Separator(char close)
    {
        Skip();
        if (Peek() == ',')
        {
            Position++;
            return true;
        }

        return Peek() == close;
    }

    private char Peek() => Position < _end ? _s[Position] : '\0';

    private void Skip()
    {
        while (Position < _end && _s[Position] == ' ')
        {
            Position++;
        }
    }
}
