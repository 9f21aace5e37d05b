using System.Collections.Generic;
using System.Text;
using Kurator.Sdk.Schema.Documents;

namespace Kurator.Sdk.Serialization;

/// <summary>Finds the source line for a field path in a parsed document.</summary>
public static class DocLocator
{
    /// <summary>The line of the deepest node along the path that exists (the key's line for fields).</summary>
    public static int Line(DocNode root, string path)
    {
        var node = root;
        var line = root.Line;
        foreach (var segment in Segments(path))
        {
            if (segment.Index >= 0 && node is DocSequence seq && segment.Index < seq.Items.Count)
            {
                node = seq.Items[segment.Index];
                line = node.Line;
            }
            else if (segment.Name != null && node is DocMapping map && Find(map, segment.Name) is { } entry)
            {
                line = entry.Key.Line;
                node = entry.Value;
            }
            else
            {
                break;
            }
        }

        return line;
    }

    private static KeyValuePair<DocScalar, DocNode>? Find(DocMapping map, string key)
    {
        foreach (var e in map.Entries)
        {
            if (e.Key.Value == key)
            {
                return e;
            }
        }

        return null;
    }

    private static IEnumerable<(string? Name, int Index)> Segments(string path)
    {
        var i = 0;
        var sb = new StringBuilder();
        while (i < path.Length)
        {
            var c = path[i];
            if (c == '.')
            {
                if (sb.Length > 0)
                {
                    yield return (sb.ToString(), -1);
                    sb.Clear();
                }

                i++;
            }
            else if (c == '[')
            {
                if (sb.Length > 0)
                {
                    yield return (sb.ToString(), -1);
                    sb.Clear();
                }

                var end = path.IndexOf(']', i);
                if (end < 0)
                {
                    yield break;
                }

                var inner = path.Substring(i + 1, end - i - 1);
                if (inner.StartsWith('"'))
                {
                    yield return (inner.Trim('"').Replace("\\\"", "\""), -1);
                }
                else if (int.TryParse(inner, out var index))
                {
                    yield return (null, index);
                }

                i = end + 1;
            }
            else
            {
                sb.Append(c);
                i++;
            }
        }

        if (sb.Length > 0)
        {
            yield return (sb.ToString(), -1);
        }
    }
}
