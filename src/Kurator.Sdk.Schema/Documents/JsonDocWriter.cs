using System.Text;

namespace Kurator.Sdk.Schema.Documents;

/// <summary>Writes a <see cref="DocNode"/> tree as indented JSON, byte-for-byte deterministic for the same tree.</summary>
public static class JsonDocWriter
{
    /// <summary>Serializes the tree with two-space indentation and a trailing newline.</summary>
    public static string Write(DocNode node)
    {
        var sb = new StringBuilder();
        Write(sb, node, 0);
        sb.Append('\n');
        return sb.ToString();
    }

    /// <summary>Serializes the tree on one line (for facts quoted in docs and attributes).</summary>
    public static string WriteCompact(DocNode node)
    {
        var sb = new StringBuilder();
        Compact(sb, node);
        return sb.ToString();
    }

    private static void Compact(StringBuilder sb, DocNode node)
    {
        switch (node)
        {
            case DocMapping map:
                sb.Append('{');
                for (var i = 0; i < map.Entries.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(',');
                    }

                    WriteString(sb, map.Entries[i].Key.Value);
                    sb.Append(':');
                    Compact(sb, map.Entries[i].Value);
                }

                sb.Append('}');
                break;
            case DocSequence seq:
                sb.Append('[');
                for (var i = 0; i < seq.Items.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(',');
                    }

                    Compact(sb, seq.Items[i]);
                }

                sb.Append(']');
                break;
            case DocScalar scalar:
                WriteScalar(sb, scalar);
                break;
        }
    }

    private static void Write(StringBuilder sb, DocNode node, int indent)
    {
        switch (node)
        {
            case DocMapping map:
                if (map.Entries.Count == 0)
                {
                    sb.Append("{}");
                    return;
                }

                sb.Append("{\n");
                for (var i = 0; i < map.Entries.Count; i++)
                {
                    Indent(sb, indent + 1);
                    WriteString(sb, map.Entries[i].Key.Value);
                    sb.Append(": ");
                    Write(sb, map.Entries[i].Value, indent + 1);
                    sb.Append(i + 1 < map.Entries.Count ? ",\n" : "\n");
                }

                Indent(sb, indent);
                sb.Append('}');
                return;
            case DocSequence seq:
                if (seq.Items.Count == 0)
                {
                    sb.Append("[]");
                    return;
                }

                if (IsScalarList(seq))
                {
                    sb.Append('[');
                    for (var i = 0; i < seq.Items.Count; i++)
                    {
                        if (i > 0)
                        {
                            sb.Append(", ");
                        }

                        Write(sb, seq.Items[i], indent);
                    }

                    sb.Append(']');
                    return;
                }

                sb.Append("[\n");
                for (var i = 0; i < seq.Items.Count; i++)
                {
                    Indent(sb, indent + 1);
                    Write(sb, seq.Items[i], indent + 1);
                    sb.Append(i + 1 < seq.Items.Count ? ",\n" : "\n");
                }

                Indent(sb, indent);
                sb.Append(']');
                return;
            case DocScalar scalar:
                WriteScalar(sb, scalar);
                return;
        }
    }

    private static bool IsScalarList(DocSequence seq)
    {
        foreach (var item in seq.Items)
        {
            if (!(item is DocScalar))
            {
                return false;
            }
        }

        return seq.Items.Count <= 16;
    }

    /// <summary>Writes a scalar as its JSON token.</summary>
    public static void WriteScalar(StringBuilder sb, DocScalar scalar)
    {
        switch (scalar.Kind)
        {
            case ScalarKind.Null:
                sb.Append("null");
                break;
            case ScalarKind.Bool:
                sb.Append(scalar.Value.ToLowerInvariant());
                break;
            case ScalarKind.Integer:
            case ScalarKind.Float:
                sb.Append(scalar.Value);
                break;
            default:
                WriteString(sb, scalar.Value);
                break;
        }
    }

    /// <summary>Writes a JSON string literal with the minimal escapes.</summary>
    public static void WriteString(StringBuilder sb, string s)
    {
        sb.Append('"');
        AppendEscaped(sb, s);
        sb.Append('"');
    }

    /// <summary>
    /// Appends text with the minimal escapes shared by JSON strings and C# regular string literals
    /// (quote, backslash, \n, \r, \t, other control characters as \uXXXX).
    /// </summary>
    public static void AppendEscaped(StringBuilder sb, string s)
    {
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < ' ')
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }
    }

    private static void Indent(StringBuilder sb, int level) => sb.Append(' ', level * 2);
}
