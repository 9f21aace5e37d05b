namespace Kurator.Sdk.Schema.Documents;

/// <summary>One line of a YAML text as the fast reader sees it: offsets into the text, never a copy of it.</summary>
internal readonly struct YamlLine
{
    public YamlLine(int number, int start, int end, int indent, bool hasTab, bool hasBreak, int splits = 0)
    {
        Number = number;
        Start = start;
        End = end;
        Indent = indent;
        HasTab = hasTab;
        HasBreak = hasBreak;
        Splits = splits;
    }

    /// <summary>1-based line number in the whole stream.</summary>
    public int Number { get; }

    /// <summary>Offset in the text of the line's first character.</summary>
    public int Start { get; }

    /// <summary>Offset just after the line's last character (the CR of a CRLF excluded).</summary>
    public int End { get; }

    /// <summary>Column (0-based) where the line's remaining content starts; -1 for blank or comment lines.</summary>
    public int Indent { get; }

    /// <summary>True when a tab occurs anywhere in the line (YAML reads a tab as a separator in places this reader does not track).</summary>
    public bool HasTab { get; }

    /// <summary>True when a line break ends the line (false only for the text's last line without one).</summary>
    public bool HasBreak { get; }

    /// <summary>How many "- " indicators before this point of the same line opened a block.</summary>
    public int Splits { get; }

    /// <summary>Offset in the text where the remaining content starts.</summary>
    public int ContentStart => Start + Indent;

    /// <summary>The same line with its remaining content starting at a later column (after a "- " that opened a block).</summary>
    public YamlLine StartingAt(int indent) => new YamlLine(Number, Start, End, indent, HasTab, HasBreak, Splits + 1);
}
