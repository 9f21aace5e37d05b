using System.Collections.Generic;

namespace Kurator.Sdk.Schema.Documents;

/// <summary>
/// A fast reader for the YAML that Kubernetes manifests use: block mappings and sequences, plain and quoted
/// single-line scalars, literal block scalars, single-line flow collections and comments. Anything else (anchors,
/// tags, folded or multi-line plain scalars, multi-line flow, tabs, directives, odd indentation, characters YAML does
/// not allow) makes it give up, and the caller parses the text with YamlDotNet instead, so results never depend on which
/// path ran. Giving up is an answer (false), not an exception: the scanner (<see cref="YamlLineScanner"/>) and the
/// parser (<see cref="BlockYamlParser"/>) each return "unsupported", and the tree (<see cref="DocTreeBuilder"/>) is
/// dropped.
/// </summary>
public sealed class FastYamlReader
{
    private readonly List<YamlLine> _lines = new List<YamlLine>();
    private readonly DocTreeBuilder _tree;

    /// <summary>Creates a reader for the documents of one file; one reader shares scalar texts across all it reads.</summary>
    internal FastYamlReader(string file) => _tree = new DocTreeBuilder(file);

    /// <summary>Parses all documents, or returns false when the text uses YAML this reader does not handle.</summary>
    public static bool TryParseAll(string text, string file, out List<DocNode> documents) => TryParseAll(text, file, 0, out documents);

    /// <summary>
    /// Parses all documents of a text that starts after <paramref name="lineOffset"/> lines of its file, or returns
    /// false when the text uses YAML this reader does not handle.
    /// </summary>
    public static bool TryParseAll(string text, string file, int lineOffset, out List<DocNode> documents) =>
        new FastYamlReader(file).TryParse(text, 0, text.Length, lineOffset, out documents);

    /// <summary>
    /// Parses all documents of <c>text[start..end)</c> with this reader's shared state; false (and no documents) when
    /// unsupported.
    /// </summary>
    internal bool TryParse(string text, int start, int end, int lineOffset, out List<DocNode> documents)
    {
        documents = new List<DocNode>();
        var scanner = new YamlLineScanner(text, start, end, lineOffset);
        var parser = new BlockYamlParser(text, _lines, _tree);
        while (true)
        {
            switch (scanner.NextDocument(_lines))
            {
                case YamlLineScanner.ScanStep.End:
                    return true;
                case YamlLineScanner.ScanStep.Unsupported:
                    documents.Clear();
                    return false;
            }

            if (!parser.TryParseDocument(out var root))
            {
                documents.Clear();
                return false;
            }

            if (root != null)
            {
                documents.Add(root);
            }
        }
    }
}
