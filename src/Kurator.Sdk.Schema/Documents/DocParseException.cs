using System;

namespace Kurator.Sdk.Schema.Documents;

/// <summary>A document that cannot be read, with the file and position of the problem.</summary>
public sealed class DocParseException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DocParseException(string file, int line, int column, string reason)
        : base($"{file}:{line}:{column}: {reason}")
    {
        File = file;
        Line = line;
        Column = column;
        Reason = reason;
    }

    /// <summary>The file (or a label for in-memory text).</summary>
    public string File { get; }

    /// <summary>1-based line.</summary>
    public int Line { get; }

    /// <summary>1-based column.</summary>
    public int Column { get; }

    /// <summary>What is wrong, without the position.</summary>
    public string Reason { get; }
}
