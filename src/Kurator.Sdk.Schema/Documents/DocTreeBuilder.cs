using System;
using System.Collections.Generic;

namespace Kurator.Sdk.Schema.Documents;

/// <summary>
/// Builds the fast reader's document trees: nodes with their positions, mappings and sequences sized to their content
/// (entries gather on one scratch stack until the collection closes), duplicate keys reported, and the nesting budget.
/// Short scalar texts are shared through a <see cref="ScalarStringPool"/> across all documents it builds.
/// </summary>
internal sealed class DocTreeBuilder
{
    // Beyond this many keys a mapping checks duplicates through a hash set instead of a scan, so time stays linear.
    private const int ScanKeysUpTo = 16;

    private readonly string _file;
    private readonly List<KeyValuePair<DocScalar, DocNode>> _entries = new List<KeyValuePair<DocScalar, DocNode>>();
    private readonly List<DocNode> _items = new List<DocNode>();

    public DocTreeBuilder(string file)
    {
        _file = file;
        Budget = new DocBudget(file);
    }

    /// <summary>The nesting budget of the document being built.</summary>
    public DocBudget Budget { get; }

    /// <summary>The shared texts of short scalars.</summary>
    public ScalarStringPool Strings { get; } = new ScalarStringPool();

    /// <summary>Starts a document: budget and scratch stacks back to empty (a document given up on may have left entries).</summary>
    public void StartDocument()
    {
        Budget.Reset();
        _entries.Clear();
        _items.Clear();
    }

    /// <summary>A scalar whose text is <c>text[start..end)</c>.</summary>
    public DocScalar Scalar(string text, int start, int end, ScalarKind kind, int line, int column) =>
        new DocScalar(Strings.Get(text, start, end - start), kind, line, column);

    /// <summary>A plain scalar of <c>text[start..end)</c>, typed by the YAML 1.2 core schema.</summary>
    public DocScalar Plain(string text, int start, int end, int line, int column)
    {
        var value = Strings.Get(text, start, end - start);
        return new DocScalar(value, DocScalar.ResolvePlain(value), line, column);
    }

    /// <summary>Opens a mapping: the mark to pass to <see cref="CheckKey"/> and <see cref="EndMapping"/>.</summary>
    public int StartMapping(int line, int column)
    {
        Budget.Enter(line, column);
        return _entries.Count;
    }

    /// <summary>Checks a key against the mapping's earlier keys; a repeated key is an error at the repeat.</summary>
    public void CheckKey(int mark, DocScalar key, ref HashSet<string>? seen)
    {
        var count = _entries.Count - mark;
        if (seen == null && count >= ScanKeysUpTo)
        {
            seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = mark; i < _entries.Count; i++)
            {
                seen.Add(_entries[i].Key.Value);
            }
        }

        bool repeated;
        if (seen != null)
        {
            repeated = !seen.Add(key.Value);
        }
        else
        {
            repeated = false;
            for (var i = mark; i < _entries.Count && !repeated; i++)
            {
                repeated = string.Equals(_entries[i].Key.Value, key.Value, StringComparison.Ordinal);
            }
        }

        if (repeated)
        {
            throw new DocParseException(_file, key.Line, key.Column, $"duplicate key '{key.Value}'");
        }
    }

    /// <summary>Adds an entry to the innermost open mapping.</summary>
    public void AddEntry(DocScalar key, DocNode value) => _entries.Add(new KeyValuePair<DocScalar, DocNode>(key, value));

    /// <summary>Closes the innermost mapping.</summary>
    public DocMapping EndMapping(int mark, int line, int column)
    {
        Budget.Leave();
        var map = new DocMapping(line, column);
        var count = _entries.Count - mark;
        map.Entries.Capacity = count;
        for (var i = mark; i < _entries.Count; i++)
        {
            map.Entries.Add(_entries[i]);
        }

        _entries.RemoveRange(mark, count);
        return map;
    }

    /// <summary>Opens a sequence: the mark to pass to <see cref="EndSequence"/>.</summary>
    public int StartSequence(int line, int column)
    {
        Budget.Enter(line, column);
        return _items.Count;
    }

    /// <summary>Adds an item to the innermost open sequence.</summary>
    public void AddItem(DocNode item) => _items.Add(item);

    /// <summary>Closes the innermost sequence.</summary>
    public DocSequence EndSequence(int mark, int line, int column)
    {
        Budget.Leave();
        var seq = new DocSequence(line, column);
        var count = _items.Count - mark;
        seq.Items.Capacity = count;
        for (var i = mark; i < _items.Count; i++)
        {
            seq.Items.Add(_items[i]);
        }

        _items.RemoveRange(mark, count);
        return seq;
    }
}
