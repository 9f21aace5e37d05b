namespace Kurator.Sdk.Schema.Documents;

/// <summary>
/// The bounds every document reader enforces on user input, so that a small hostile file cannot exhaust the stack,
/// memory or time of whoever reads it (the YAML and JSON readers, the typed reader and the kubeconfig and emulator readers).
/// </summary>
public static class DocLimits
{
    /// <summary>
    /// The deepest nesting of mappings and sequences accepted. Real manifests and CRDs nest 20-30 levels; this leaves
    /// ample room while keeping every recursive consumer (and JSON writers, whose own limit is 1000) far from trouble.
    /// </summary>
    public const int MaxDepth = 512;

    /// <summary>The nodes that aliases may add to any document, however small (a few shared blocks are normal YAML).</summary>
    public const long AliasFloor = 10_000;

    /// <summary>The nodes that aliases may add per node written in the document, on top of <see cref="AliasFloor"/>.</summary>
    public const long AliasRatio = 10;

    /// <summary>The most nodes one document may expand to through aliases, whatever its size.</summary>
    public const long MaxAliasNodes = 1_000_000;

    /// <summary>The nodes aliases may add to a document in which <paramref name="writtenNodes"/> nodes are written out.</summary>
    public static long AliasBudget(long writtenNodes)
    {
        var budget = AliasFloor + (AliasRatio * writtenNodes);
        return budget < MaxAliasNodes ? budget : MaxAliasNodes;
    }

    /// <summary>The error for nesting deeper than <see cref="MaxDepth"/>.</summary>
    public static string TooDeep => $"nesting deeper than {MaxDepth} levels is not accepted";
}
