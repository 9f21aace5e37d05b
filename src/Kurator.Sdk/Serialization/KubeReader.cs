using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using Kurator.Sdk.Schema.Documents;

namespace Kurator.Sdk.Serialization;

/// <summary>
/// The state of one load: file, mode, current field path and the errors found. Generated ReadFrom methods call it
/// to convert document nodes to typed values; nothing throws on bad input, every problem becomes an error with a path.
/// This file holds the load's state, objects and collections; KubeReader.Scalars.cs the typed values and
/// KubeReader.Errors.cs how problems are worded (secret values kept out).
/// </summary>
public sealed partial class KubeReader
{
    private static readonly Func<DocNode, KubeReader, string?> ReadString = static (node, reader) => reader.String(node);

    /// <summary>Creates a reader for one file.</summary>
    public KubeReader(string file, bool loose = false)
    {
        File = file;
        Loose = loose;
    }

    /// <summary>The file being read (or a label for in-memory text).</summary>
    public string File { get; }

    /// <summary>Loose mode keeps unknown fields instead of reporting them.</summary>
    public bool Loose { get; }

    /// <summary>True when reading a Secret: errors under data and stringData say what is wrong without the value.</summary>
    public bool HidesSecretValues { get; init; }

    /// <summary>The field path being read.</summary>
    public KubePath Path { get; } = new KubePath();

    /// <summary>The problems found so far.</summary>
    public List<KubeLoadError> Errors { get; } = new List<KubeLoadError>();

    /// <summary>The node as a mapping, or null (with an error unless it is null).</summary>
    public DocMapping? Object(DocNode node)
    {
        if (node is DocMapping map)
        {
            return WithinDepth(node) ? map : null;
        }

        if (!IsNull(node))
        {
            Mismatch(node, "an object");
        }

        return null;
    }

    /// <summary>A field the type does not have: an error, or kept in loose mode.</summary>
    public void Unknown(KubeModel target, DocScalar key, DocNode value)
    {
        if (Loose)
        {
            Keep(target, key, value);
            return;
        }

        UnknownField(key);
    }

    /// <summary>Keeps a field the schema preserves without describing it.</summary>
    public void Keep(KubeModel target, DocScalar key, DocNode value)
    {
        target.UnknownFields ??= new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        target.UnknownFields[key.Value] = DocJson.ToNode(value);
    }

    /// <summary>Checks that an apiVersion or kind field holds the expected value.</summary>
    public void Expect(DocNode node, string expected)
    {
        if (!(node is DocScalar s) || s.Value != expected)
        {
            Mismatch(node, $"\"{expected}\"");
        }
    }

    /// <summary>Reads a list of objects or strings.</summary>
    public List<T>? List<T>(DocNode node, Func<DocNode, KubeReader, T?> read)
        where T : class
    {
        if (Sequence(node) is not { } seq)
        {
            return null;
        }

        var list = new List<T>(seq.Items.Count);
        for (var i = 0; i < seq.Items.Count; i++)
        {
            Path.Push(i);
            var item = read(seq.Items[i], this);
            if (item != null)
            {
                list.Add(item);
            }
            else
            {
                RejectNullItem(seq.Items[i]);
            }

            Path.Pop();
        }

        return list;
    }

    /// <summary>Reads a list of strings (one call in generated code instead of a lambda per property).</summary>
    public List<string>? StringList(DocNode node) => List(node, ReadString);

    /// <summary>Reads a map of strings (one call in generated code instead of a lambda per property).</summary>
    public Dictionary<string, string>? StringMap(DocNode node) => Map(node, ReadString);

    /// <summary>Reads a list of values (numbers, booleans, int-or-string, enums).</summary>
    public List<T>? ValueList<T>(DocNode node, Func<DocNode, KubeReader, T?> read)
        where T : struct
    {
        if (Sequence(node) is not { } seq)
        {
            return null;
        }

        var list = new List<T>(seq.Items.Count);
        for (var i = 0; i < seq.Items.Count; i++)
        {
            Path.Push(i);
            if (read(seq.Items[i], this) is { } item)
            {
                list.Add(item);
            }
            else
            {
                RejectNullItem(seq.Items[i]);
            }

            Path.Pop();
        }

        return list;
    }

    /// <summary>Reads a map whose values are objects or strings.</summary>
    public Dictionary<string, T>? Map<T>(DocNode node, Func<DocNode, KubeReader, T?> read)
        where T : class
    {
        var map = Object(node);
        if (map == null)
        {
            return null;
        }

        var result = new Dictionary<string, T>(map.Entries.Count, StringComparer.Ordinal);
        foreach (var e in map.Entries)
        {
            Path.Push(e.Key.Value);
            if (read(e.Value, this) is { } value)
            {
                result[e.Key.Value] = value;
            }

            Path.Pop();
        }

        return result;
    }

    /// <summary>Reads a map whose values are value types.</summary>
    public Dictionary<string, T>? ValueMap<T>(DocNode node, Func<DocNode, KubeReader, T?> read)
        where T : struct
    {
        var map = Object(node);
        if (map == null)
        {
            return null;
        }

        var result = new Dictionary<string, T>(map.Entries.Count, StringComparer.Ordinal);
        foreach (var e in map.Entries)
        {
            Path.Push(e.Key.Value);
            if (read(e.Value, this) is { } value)
            {
                result[e.Key.Value] = value;
            }

            Path.Pop();
        }

        return result;
    }

    /// <summary>Reads a map of free-form JSON values (nulls kept); with <paramref name="objectsOnly"/>, other values are errors.</summary>
    public Dictionary<string, JsonNode?>? JsonMap(DocNode node, bool objectsOnly = false)
    {
        var map = Object(node);
        if (map == null)
        {
            return null;
        }

        var result = new Dictionary<string, JsonNode?>(map.Entries.Count, StringComparer.Ordinal);
        foreach (var e in map.Entries)
        {
            Path.Push(e.Key.Value);
            if (!objectsOnly || Object(e.Value) != null || IsNull(e.Value))
            {
                result[e.Key.Value] = DocJson.ToNode(e.Value);
            }

            Path.Pop();
        }

        return result;
    }

    /// <summary>Reads a list of free-form JSON values (nulls kept); with <paramref name="objectsOnly"/>, other items are errors.</summary>
    public List<JsonNode?>? JsonList(DocNode node, bool objectsOnly = false)
    {
        if (Sequence(node) is not { } seq)
        {
            return null;
        }

        var list = new List<JsonNode?>(seq.Items.Count);
        for (var i = 0; i < seq.Items.Count; i++)
        {
            Path.Push(i);
            if (!objectsOnly || Object(seq.Items[i]) != null || IsNull(seq.Items[i]))
            {
                list.Add(DocJson.ToNode(seq.Items[i]));
            }

            Path.Pop();
        }

        return list;
    }

    // The node as a sequence, or null (with an error unless it is null itself).
    private DocSequence? Sequence(DocNode node)
    {
        if (node is DocSequence seq)
        {
            return WithinDepth(node) ? seq : null;
        }

        if (!IsNull(node))
        {
            Mismatch(node, "a list");
        }

        return null;
    }

    // Trees built in memory are not bounded by a document reader: a recursive type (a JSON schema's properties)
    // must still stop at the readers' depth instead of overflowing the stack.
    private bool WithinDepth(DocNode node)
    {
        if (Path.Depth < DocLimits.MaxDepth)
        {
            return true;
        }

        Error(node, DocLimits.TooDeep);
        return false;
    }

    private static bool IsNull(DocNode node) => node is DocScalar s && s.Kind == ScalarKind.Null;
}
