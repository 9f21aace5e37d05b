using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Kurator.Sdk.Fleet.Apply;

/// <summary>
/// The field a comparison is at, as a stack of segments: pushing and popping allocate nothing, and the text
/// (<c>.spec.containers[name="app"].image</c>, <c>.args[0]</c>) is only built when it is asked for.
/// </summary>
internal sealed class FieldPath
{
    private readonly List<(string? Name, int Index, bool Named)> _segments = new(16);

    /// <summary>Enters an object field.</summary>
    public void Push(string field) => _segments.Add((field, -1, false));

    /// <summary>Enters the item of a list of named objects that has this name.</summary>
    public void PushNamed(string name) => _segments.Add((name, -1, true));

    /// <summary>Enters a list item by position.</summary>
    public void PushIndex(int index) => _segments.Add((null, index, false));

    /// <summary>Leaves the last segment entered.</summary>
    public void Pop() => _segments.RemoveAt(_segments.Count - 1);

    /// <inheritdoc />
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var (name, index, named) in _segments)
        {
            if (named) text.Append("[name=\"").Append(name).Append("\"]");
            else if (name is null) text.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
            else text.Append('.').Append(name);
        }

        return text.ToString();
    }
}
