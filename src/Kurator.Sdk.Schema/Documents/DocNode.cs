using System.Collections.Generic;

namespace Kurator.Sdk.Schema.Documents;

/// <summary>A node of a parsed YAML or JSON document, with the 1-based line and column where it starts.</summary>
public abstract class DocNode
{
    /// <summary>Creates a node at a source position.</summary>
    protected DocNode(int line, int column)
    {
        Line = line;
        Column = column;
    }

    /// <summary>1-based line of the node's first character (0 when built in memory).</summary>
    public int Line { get; }

    /// <summary>1-based column of the node's first character (0 when built in memory).</summary>
    public int Column { get; }
}

/// <summary>A mapping (YAML) or object (JSON): keys in source order, each key unique.</summary>
public sealed class DocMapping : DocNode
{
    /// <summary>Creates an empty mapping at a source position.</summary>
    public DocMapping(int line = 0, int column = 0) : base(line, column)
    {
    }

    /// <summary>The entries, in source order.</summary>
    public List<KeyValuePair<DocScalar, DocNode>> Entries { get; } = new List<KeyValuePair<DocScalar, DocNode>>();

    /// <summary>Finds the value of a key, or null.</summary>
    public DocNode? Get(string key)
    {
        foreach (var entry in Entries)
        {
            if (entry.Key.Value == key)
            {
                return entry.Value;
            }
        }

        return null;
    }

    /// <summary>Appends an entry (the caller guarantees the key is new).</summary>
    public void Add(string key, DocNode value) => Entries.Add(new KeyValuePair<DocScalar, DocNode>(DocScalar.String(key), value));
}

/// <summary>A sequence (YAML) or array (JSON).</summary>
public sealed class DocSequence : DocNode
{
    /// <summary>Creates an empty sequence at a source position.</summary>
    public DocSequence(int line = 0, int column = 0) : base(line, column)
    {
    }

    /// <summary>The items in order.</summary>
    public List<DocNode> Items { get; } = new List<DocNode>();
}

/// <summary>The resolved type of a scalar (YAML 1.2 core schema for plain scalars; quoted scalars are strings).</summary>
public enum ScalarKind
{
    /// <summary>A string.</summary>
    String,

    /// <summary>An integer (fits the text, not necessarily 64 bits).</summary>
    Integer,

    /// <summary>A floating-point number.</summary>
    Float,

    /// <summary>true or false.</summary>
    Bool,

    /// <summary>null, ~ or an empty plain value.</summary>
    Null,
}

/// <summary>A scalar: its text as written (unescaped) and its resolved kind.</summary>
public sealed class DocScalar : DocNode
{
    /// <summary>Creates a scalar.</summary>
    public DocScalar(string value, ScalarKind kind, int line = 0, int column = 0) : base(line, column)
    {
        Value = value;
        Kind = kind;
    }

    /// <summary>The unescaped text (for null, the literal text such as "null" or "").</summary>
    public string Value { get; }

    /// <summary>The resolved kind.</summary>
    public ScalarKind Kind { get; }

    /// <summary>Creates an in-memory string scalar.</summary>
    public static DocScalar String(string value) => new DocScalar(value, ScalarKind.String);

    /// <summary>Resolves a plain (unquoted) YAML scalar by the YAML 1.2 core schema (<see cref="CoreSchemaScalar.Resolve"/>).</summary>
    public static ScalarKind ResolvePlain(string text) => CoreSchemaScalar.Resolve(text);
}
