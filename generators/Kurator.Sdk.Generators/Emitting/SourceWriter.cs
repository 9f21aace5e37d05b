using System.Text;

namespace Kurator.Sdk.Generators.Emitting;

/// <summary>An indented text writer for generated C# (the System.Text.Json generator's approach: text, not syntax trees).</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _sb = new StringBuilder(64 * 1024);
    private int _indent;

    public void Line(string text = "")
    {
        if (text.Length > 0)
        {
            _sb.Append(' ', _indent * 4).Append(text);
        }

        _sb.Append('\n');
    }

    public void Open(string header)
    {
        Line(header);
        Line("{");
        _indent++;
    }

    public void Close(string suffix = "")
    {
        _indent--;
        Line("}" + suffix);
    }

    public void Indent() => _indent++;

    public void Outdent() => _indent--;

    public override string ToString() => _sb.ToString();
}
