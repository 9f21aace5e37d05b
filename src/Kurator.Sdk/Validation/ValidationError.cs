namespace Kurator.Sdk.Validation;

/// <summary>A schema violation: the field path ("spec.clusters[0].name") and a message in the API server's wording.</summary>
public sealed record ValidationError(string Path, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => Path.Length == 0 ? Message : Path + ": " + Message;
}
