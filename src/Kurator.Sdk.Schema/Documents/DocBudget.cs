namespace Kurator.Sdk.Schema.Documents;

/// <summary>
/// Tracks one document's nesting depth and alias expansion against <see cref="DocLimits"/> while a reader builds it,
/// and fails with the position of the node that crosses a limit.
/// </summary>
public sealed class DocBudget
{
    private readonly string _file;
    private int _depth;
    private long _written;
    private long _aliased;

    /// <summary>Creates a budget for one document of a file.</summary>
    public DocBudget(string file) => _file = file;

    /// <summary>Enters a mapping or sequence that starts at a position; throws when that is too deep.</summary>
    public void Enter(int line, int column)
    {
        if (++_depth > DocLimits.MaxDepth)
        {
            throw new DocParseException(_file, line, column, DocLimits.TooDeep);
        }
    }

    /// <summary>Leaves the innermost mapping or sequence.</summary>
    public void Leave() => _depth--;

    /// <summary>Counts one node written out in the text.</summary>
    public void Written() => _written++;

    /// <summary>Counts an alias that stands for <paramref name="expandedNodes"/> nodes; throws when aliases add too many.</summary>
    public void Alias(long expandedNodes, int line, int column)
    {
        _aliased += expandedNodes;
        if (_aliased > DocLimits.AliasBudget(_written))
        {
            throw new DocParseException(
                _file,
                line,
                column,
                $"aliases expand to more than {DocLimits.AliasBudget(_written)} nodes (excessive aliasing, as in a \"billion laughs\" file)");
        }
    }

    /// <summary>Starts the next document: depth and counts back to zero.</summary>
    public void Reset()
    {
        _depth = 0;
        _written = 0;
        _aliased = 0;
    }
}
