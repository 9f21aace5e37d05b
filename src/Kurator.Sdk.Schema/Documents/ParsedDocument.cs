namespace Kurator.Sdk.Schema.Documents;

/// <summary>One document of a stream: its tree, or the problem that stopped it from being read.</summary>
public sealed class ParsedDocument
{
    private ParsedDocument(DocNode? node, DocParseException? problem)
    {
        Node = node;
        Problem = problem;
    }

    /// <summary>The document's tree, or null when <see cref="Problem"/> is set.</summary>
    public DocNode? Node { get; }

    /// <summary>Why the document could not be read, or null.</summary>
    public DocParseException? Problem { get; }

    /// <summary>A document that was read.</summary>
    public static ParsedDocument Of(DocNode node) => new ParsedDocument(node, null);

    /// <summary>A document that could not be read.</summary>
    public static ParsedDocument Failed(DocParseException problem) => new ParsedDocument(null, problem);
}
