using System;
using System.Collections.Generic;
using System.Text;
using Kurator.Sdk.Schema.Documents;

namespace Kurator.Sdk.Serialization;

/// <summary>
/// Emits block-style YAML the way kubectl prints it: two-space indentation, sequences at their key's indentation,
/// "{}"/"[]" for empty collections, plain scalars where YAML 1.1 and 1.2 read them back as the same string.
/// </summary>
public sealed class YamlKubeWriter : KubeWriter
{
    private enum Opened
    {
        Root,
        AfterKey,
        AfterDash,
    }

    private readonly StringBuilder _out;
    private readonly Stack<Frame> _frames = new Stack<Frame>();
    private bool _afterKey;

    /// <summary>Creates a writer appending to a builder.</summary>
    public YamlKubeWriter(StringBuilder output) => _out = output;

    /// <inheritdoc/>
    public override void StartObject() => Open(isMap: true);

    /// <inheritdoc/>
    public override void StartArray() => Open(isMap: false);

    /// <inheritdoc/>
    public override void EndObject() => Close("{}");

    /// <inheritdoc/>
    public override void EndArray() => Close("[]");

    /// <inheritdoc/>
    public override void Name(string name)
    {
        var frame = _frames.Peek();
        if (frame.Count == 0)
        {
            if (frame.Opened == Opened.AfterKey)
            {
                _out.Append('\n').Append(' ', frame.Indent);
            }
            else if (frame.Opened == Opened.Root)
            {
                _out.Append(' ', frame.Indent);
            }
        }
        else
        {
            _out.Append(' ', frame.Indent);
        }

        frame.Count++;
        AppendScalarText(name, frame.Indent);
        _out.Append(':');
        _afterKey = true;
    }

    /// <inheritdoc/>
    public override void String(string value) => Scalar(value, quoteCheck: true);

    /// <inheritdoc/>
    public override void RawNumber(string text) => Scalar(text, quoteCheck: false);

    /// <inheritdoc/>
    public override void Bool(bool value) => Scalar(value ? "true" : "false", quoteCheck: false);

    /// <inheritdoc/>
    public override void Null() => Scalar("null", quoteCheck: false);

    private void Open(bool isMap)
    {
        if (_frames.Count == 0)
        {
            _frames.Push(new Frame(isMap, 0, Opened.Root));
            return;
        }

        var parent = _frames.Peek();
        if (_afterKey)
        {
            _afterKey = false;
            _frames.Push(new Frame(isMap, isMap ? parent.Indent + 2 : parent.Indent, Opened.AfterKey));
            return;
        }

        // An item of a sequence.
        BeginItem(parent);
        _frames.Push(new Frame(isMap, parent.Indent + 2, Opened.AfterDash));
    }

    private void Close(string empty)
    {
        var frame = _frames.Pop();
        if (frame.Count == 0)
        {
            if (frame.Opened == Opened.AfterKey)
            {
                _out.Append(' ');
            }

            _out.Append(empty).Append('\n');
        }
    }

    private void BeginItem(Frame seq)
    {
        if (seq.Count == 0 && seq.Opened == Opened.AfterKey)
        {
            _out.Append('\n');
        }

        if (seq.Count > 0 || seq.Opened != Opened.AfterDash)
        {
            _out.Append(' ', seq.Indent);
        }

        _out.Append("- ");
        seq.Count++;
    }

    private void Scalar(string text, bool quoteCheck)
    {
        int indent;
        if (_afterKey)
        {
            _afterKey = false;
            _out.Append(' ');
            indent = _frames.Peek().Indent + 2;
        }
        else if (_frames.Count > 0)
        {
            var seq = _frames.Peek();
            BeginItem(seq);
            indent = seq.Indent + 2;
        }
        else
        {
            indent = 0;
        }

        if (quoteCheck)
        {
            AppendScalarText(text, indent);
        }
        else
        {
            _out.Append(text);
        }

        _out.Append('\n');
    }

    private void AppendScalarText(string text, int indent)
    {
        if (IsPlainSafe(text))
        {
            _out.Append(text);
        }
        else if (IsLiteralBlockSafe(text))
        {
            AppendLiteralBlock(text, indent);
        }
        else
        {
            AppendDoubleQuoted(text);
        }
    }

    private void AppendLiteralBlock(string text, int indent)
    {
        var trailing = 0;
        for (var i = text.Length - 1; i >= 0 && text[i] == '\n'; i--)
        {
            trailing++;
        }

        _out.Append(trailing == 0 ? "|-" : trailing == 1 ? "|" : "|+");
        var body = trailing == 0 ? text : text.Substring(0, text.Length - trailing);
        foreach (var line in body.Split('\n'))
        {
            _out.Append('\n');
            if (line.Length > 0)
            {
                _out.Append(' ', indent).Append(line);
            }
        }

        for (var i = 1; i < trailing; i++)
        {
            _out.Append('\n');
        }
    }

    private void AppendDoubleQuoted(string text)
    {
        _out.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': _out.Append("\\\""); break;
                case '\\': _out.Append("\\\\"); break;
                case '\n': _out.Append("\\n"); break;
                case '\r': _out.Append("\\r"); break;
                case '\t': _out.Append("\\t"); break;
                default:
                    if (c < ' ' || c == '\u007f' || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\ufeff')
                    {
                        _out.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        _out.Append(c);
                    }

                    break;
            }
        }

        _out.Append('"');
    }

    // Multi-line text reads best as a literal block; it must not start with a space and every char must be printable.
    private static bool IsLiteralBlockSafe(string text)
    {
        if (text.IndexOf('\n') < 0 || text.Length == 0 || text[0] == ' ' || text[0] == '\n')
        {
            return false;
        }

        foreach (var c in text)
        {
            if ((c < ' ' && c != '\n') || c == '\u007f' || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\ufeff')
            {
                return false;
            }
        }

        foreach (var line in text.Split('\n'))
        {
            if (line.EndsWith(' '))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the string can be written unquoted and reads back as the same string (YAML 1.1 and 1.2).</summary>
    public static bool IsPlainSafe(string s)
    {
        if (s.Length == 0 || s[0] == ' ' || s[^1] == ' ' || s[^1] == ':')
        {
            return false;
        }

        var first = s[0];
        if ("[]{}#&*!|>'\"%@`,".IndexOf(first) >= 0)
        {
            return false;
        }

        if ((first == '-' || first == '?' || first == ':') && (s.Length == 1 || s[1] == ' '))
        {
            return false;
        }

        if (s == "---" || s == "..." || s == "<<" || s == "=")
        {
            return false;
        }

        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c < ' ' || c == '\u007f' || c > '\u007e')
            {
                return false;
            }

            if ((c == ':' && i + 1 < s.Length && s[i + 1] == ' ') || (c == '#' && s[i - 1] == ' '))
            {
                return false;
            }
        }

        if (DocScalar.ResolvePlain(s) != ScalarKind.String)
        {
            return false;
        }

        return !LooksLikeYaml11Scalar(s);
    }

    // YAML 1.1 readers (older tools) also read these as booleans, numbers or times.
    private static bool LooksLikeYaml11Scalar(string s)
    {
        switch (s.ToLowerInvariant())
        {
            case "y":
            case "yes":
            case "n":
            case "no":
            case "on":
            case "off":
                return true;
        }

        var digits = 0;
        foreach (var c in s)
        {
            if (char.IsDigit(c))
            {
                digits++;
            }
            else if (c != '_' && c != ':' && c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E')
            {
                return false;
            }
        }

        return digits > 0;
    }

    private sealed class Frame
    {
        public Frame(bool isMap, int indent, Opened opened)
        {
            IsMap = isMap;
            Indent = indent;
            Opened = opened;
        }

        public bool IsMap { get; }

        public int Indent { get; }

        public Opened Opened { get; }

        public int Count { get; set; }
    }
}
