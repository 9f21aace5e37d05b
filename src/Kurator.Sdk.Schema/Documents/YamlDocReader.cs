using System;
using System.Collections.Generic;
using System.IO;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Kurator.Sdk.Schema.Documents;

/// <summary>
/// Reads YAML (one or many documents) into <see cref="DocNode"/> trees through YamlDotNet's event parser.
/// Plain scalars resolve by the YAML 1.2 core schema, as sigs.k8s.io/yaml does for Kubernetes manifests.
/// Every document is held to <see cref="DocLimits"/> (nesting depth and alias expansion).
/// </summary>
public static class YamlDocReader
{
    /// <summary>
    /// Parses every non-empty document of the text (the fast reader first, YamlDotNet for the rest of YAML);
    /// throws the first document's problem, if any.
    /// </summary>
    public static List<DocNode> ParseAll(string text, string file)
    {
        var docs = new List<DocNode>();
        foreach (var doc in Read(text, file))
        {
            if (doc.Problem != null)
            {
                throw doc.Problem;
            }

            docs.Add(doc.Node!);
        }

        return docs;
    }

    /// <summary>
    /// Reads the non-empty documents of a stream one at a time, as the caller asks for them: only one document's text
    /// and tree are held at once, and a document that cannot be read is returned as a problem, the later ones still read.
    /// </summary>
    public static IEnumerable<ParsedDocument> Read(TextReader reader, string file) => Read(YamlChunks.Split(reader), file);

    /// <summary>
    /// Reads the non-empty documents of a text already in memory, as the caller asks for them; a document that cannot
    /// be read is returned as a problem, the later ones still read. The fast reader reads the text in place.
    /// </summary>
    public static IEnumerable<ParsedDocument> Read(string text, string file) => Read(YamlChunks.Split(text), file);

    private static IEnumerable<ParsedDocument> Read(IEnumerable<YamlChunk> chunks, string file)
    {
        // One fast reader for the whole stream, so the documents share the texts of their keys and short values.
        var fastReader = new FastYamlReader(file);
        foreach (var chunk in chunks)
        {
            List<DocNode> docs;
            DocParseException? problem = null;
            try
            {
                docs = fastReader.TryParse(chunk.Source, chunk.Start, chunk.End, chunk.FirstLine - 1, out var fast)
                    ? fast
                    : ParseWithYamlDotNet(chunk.Text, file, chunk.FirstLine - 1);
            }
            catch (DocParseException ex)
            {
                docs = new List<DocNode>();
                problem = ex;
            }

            foreach (var doc in docs)
            {
                yield return ParsedDocument.Of(doc);
            }

            if (problem != null)
            {
                yield return ParsedDocument.Failed(problem);
            }
        }
    }

    /// <summary>Parses every non-empty document with YamlDotNet's full YAML 1.2 parser.</summary>
    public static List<DocNode> ParseAllWithYamlDotNet(string text, string file) => ParseWithYamlDotNet(text, file, 0);

    private static List<DocNode> ParseWithYamlDotNet(string text, string file, int lineOffset)
    {
        var docs = new List<DocNode>();
        var parser = new Parser(new StringReader(text));
        var state = new State(file, lineOffset);
        try
        {
            parser.Consume<StreamStart>();
            while (parser.TryConsume<DocumentStart>(out _))
            {
                state.Anchors.Clear();
                state.Budget.Reset();
                if (parser.Accept<DocumentEnd>(out _))
                {
                    parser.Consume<DocumentEnd>();
                    continue;
                }

                var root = ReadNode(parser, state, out _);
                parser.Consume<DocumentEnd>();
                if (!(root is DocScalar s && s.Kind == ScalarKind.Null))
                {
                    docs.Add(root);
                }
            }

            parser.Consume<StreamEnd>();
        }
        catch (YamlException ex)
        {
            var (line, column) = ProblemAt(ex, text);
            throw new DocParseException(file, line + lineOffset, column, Clean(ex.Message));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this (without a position) on some malformed input, e.g. a plain scalar in an
            // unclosed flow mapping; the last event read is the nearest known place. Only the parser throws it here (this
            // reader's own errors are DocParseException), so it is not told by its TargetSite, which trimmed and Native AOT
            // programs may not have.
            var at = parser.Current?.End ?? Mark.Empty;
            throw new DocParseException(file, Math.Max(1, (int)at.Line), Math.Max(1, (int)at.Column), "malformed YAML after this point (the YAML parser could not continue)");
        }

        return docs;
    }

    // Reads one node; "size" is how many nodes it stands for once its aliases are expanded, which is what any
    // consumer (JSON conversion, the typed reader, policy checks) will walk.
    private static DocNode ReadNode(IParser parser, State state, out long size)
    {
        var current = parser.Current;
        switch (current)
        {
            case Scalar scalar:
                {
                    parser.MoveNext();
                    state.Budget.Written();
                    var node = new DocScalar(scalar.Value, Resolve(scalar), state.Line(scalar.Start), (int)scalar.Start.Column);
                    size = 1;
                    state.Remember(scalar.Anchor, node, size);
                    return node;
                }

            case MappingStart ms:
                {
                    parser.MoveNext();
                    state.Budget.Written();
                    var map = new DocMapping(state.Line(ms.Start), (int)ms.Start.Column);
                    state.Budget.Enter(map.Line, map.Column);
                    size = 1;
                    HashSet<string>? seen = null;
                    while (!parser.TryConsume<MappingEnd>(out _))
                    {
                        var keyNode = ReadNode(parser, state, out var keySize);
                        if (!(keyNode is DocScalar key))
                        {
                            throw new DocParseException(state.File, keyNode.Line, keyNode.Column, "mapping keys must be scalars");
                        }

                        var value = ReadNode(parser, state, out var valueSize);
                        size += keySize + valueSize;
                        if (key.Value == "<<" && key.Kind == ScalarKind.String && value is DocMapping merged)
                        {
                            // YAML merge key: copy entries not already present.
                            foreach (var e in merged.Entries)
                            {
                                if (map.Get(e.Key.Value) == null)
                                {
                                    map.Entries.Add(e);
                                }
                            }

                            continue;
                        }

                        seen ??= new HashSet<string>();
                        if (!seen.Add(key.Value))
                        {
                            throw new DocParseException(state.File, key.Line, key.Column, $"duplicate key '{key.Value}'");
                        }

                        map.Entries.Add(new KeyValuePair<DocScalar, DocNode>(AsKey(key), value));
                    }

                    state.Budget.Leave();
                    state.Remember(ms.Anchor, map, size);
                    return map;
                }

            case SequenceStart ss:
                {
                    parser.MoveNext();
                    state.Budget.Written();
                    var seq = new DocSequence(state.Line(ss.Start), (int)ss.Start.Column);
                    state.Budget.Enter(seq.Line, seq.Column);
                    size = 1;
                    while (!parser.TryConsume<SequenceEnd>(out _))
                    {
                        seq.Items.Add(ReadNode(parser, state, out var itemSize));
                        size += itemSize;
                    }

                    state.Budget.Leave();
                    state.Remember(ss.Anchor, seq, size);
                    return seq;
                }

            case AnchorAlias alias:
                {
                    parser.MoveNext();
                    var line = state.Line(alias.Start);
                    if (!state.Anchors.TryGetValue(alias.Value.Value, out var target))
                    {
                        throw new DocParseException(state.File, line, (int)alias.Start.Column, $"unknown alias '*{alias.Value.Value}'");
                    }

                    // The tree shares the anchored node, but every consumer walks it once per alias.
                    state.Budget.Alias(target.Size, line, (int)alias.Start.Column);
                    size = target.Size;
                    return target.Node;
                }

            default:
                throw new DocParseException(state.File, state.Line(current!.Start), (int)current.Start.Column, $"unexpected YAML event {current.GetType().Name}");
        }
    }

    // Keys are always compared as text; a plain key like `1` or `true` is still a string key in Kubernetes objects.
    private static DocScalar AsKey(DocScalar key) =>
        key.Kind == ScalarKind.String ? key : new DocScalar(key.Value, ScalarKind.String, key.Line, key.Column);

    private static ScalarKind Resolve(Scalar scalar)
    {
        if (!scalar.Tag.IsEmpty)
        {
            switch (scalar.Tag.Value)
            {
                case "tag:yaml.org,2002:str": return ScalarKind.String;
                case "tag:yaml.org,2002:int": return ScalarKind.Integer;
                case "tag:yaml.org,2002:float": return ScalarKind.Float;
                case "tag:yaml.org,2002:bool": return ScalarKind.Bool;
                case "tag:yaml.org,2002:null": return ScalarKind.Null;
            }
        }

        return scalar.Style == ScalarStyle.Plain ? DocScalar.ResolvePlain(scalar.Value) : ScalarKind.String;
    }

    // YamlDotNet reports where the construct being read started, which reads best for most problems (an unclosed
    // quote). A tab in indentation is reported at the mapping that holds it, though: point at the tab's own line.
    private static (int Line, int Column) ProblemAt(YamlException ex, string text)
    {
        if (ex.Message.IndexOf(" tab", System.StringComparison.Ordinal) >= 0 && TabIndent(text, (int)ex.Start.Line) is { } tab)
        {
            return tab;
        }

        return ((int)ex.Start.Line, (int)ex.Start.Column);
    }

    // The first line, from "fromLine" on, whose indentation holds a tab before its content: (line, column of the tab).
    private static (int Line, int Column)? TabIndent(string text, int fromLine)
    {
        var lineNo = 1;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            if (lineNo >= fromLine)
            {
                var i = start;
                var tab = -1;
                while (i < end && (text[i] == ' ' || text[i] == '\t'))
                {
                    if (text[i] == '\t' && tab < 0)
                    {
                        tab = i;
                    }

                    i++;
                }

                if (tab >= 0 && i < end && text[i] != '\r')
                {
                    return (lineNo, tab - start + 1);
                }
            }

            lineNo++;
            start = end + 1;
        }

        return null;
    }

    private static string Clean(string message)
    {
        // YamlDotNet prefixes messages with "(Line: x, Col: y, Idx: z) - (...): "; the position is reported separately.
        var idx = message.LastIndexOf("): ", System.StringComparison.Ordinal);
        return idx >= 0 ? message.Substring(idx + 3) : message;
    }

    // What one parse carries along: the file, where its text starts in the stream, anchors and the limits.
    private sealed class State
    {
        private readonly int _lineOffset;

        public State(string file, int lineOffset)
        {
            File = file;
            _lineOffset = lineOffset;
            Budget = new DocBudget(file);
        }

        public string File { get; }

        public DocBudget Budget { get; }

        public Dictionary<string, (DocNode Node, long Size)> Anchors { get; } = new Dictionary<string, (DocNode, long)>();

        public int Line(Mark mark) => (int)mark.Line + _lineOffset;

        public void Remember(AnchorName anchor, DocNode node, long size)
        {
            if (!anchor.IsEmpty)
            {
                Anchors[anchor.Value] = (node, size);
            }
        }
    }
}
