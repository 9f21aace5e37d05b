using System.Collections.Generic;
using System.Text;

namespace Kurator.Sdk.Serialization;

/// <summary>A cheap stack of field names and indexes, rendered as "spec.clusters[0].name" only when an error needs it.</summary>
public sealed class KubePath
{
    private readonly List<(string? Name, int Index)> _segments = new List<(string?, int)>();

    /// <summary>The first field of the path, or null at the root or when the path starts with an index.</summary>
    public string? Root => _segments.Count > 0 ? _segments[0].Name : null;

    /// <summary>How many fields and items deep the path is.</summary>
    public int Depth => _segments.Count;

    /// <summary>Enters a field.</summary>
    public void Push(string name) => _segments.Add((name, -1));

    /// <summary>Enters a list item.</summary>
    public void Push(int index) => _segments.Add((null, index));

    /// <summary>Leaves the last segment.</summary>
    public void Pop() => _segments.RemoveAt(_segments.Count - 1);

    /// <summary>The current path, optionally with one more field.</summary>
    public string Render(string? last = null)
    {
        var sb = new StringBuilder();
        foreach (var (name, index) in _segments)
        {
            Append(sb, name, index);
        }

        if (last != null)
        {
            Append(sb, last, -1);
        }

        return sb.ToString();
    }

    private static void Append(StringBuilder sb, string? name, int index)
    {
        if (name == null)
        {
            sb.Append('[').Append(index).Append(']');
        }
        else if (IsSimple(name))
        {
            if (sb.Length > 0)
            {
                sb.Append('.');
            }

            sb.Append(name);
        }
        else
        {
            // Map keys such as "nvidia.com/gpu" are bracketed so the path stays unambiguous.
            sb.Append("[\"").Append(name.Replace("\"", "\\\"")).Append("\"]");
        }
    }

    private static bool IsSimple(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_' || c == '-' || c == '$'))
            {
                return false;
            }
        }

        return true;
    }
}
