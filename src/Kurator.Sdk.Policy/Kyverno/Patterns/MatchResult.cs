namespace Kurator.Sdk.Policy.Kyverno.Patterns;

/// <summary>The outcome of matching one pattern element: status, where (for fail, skip, unknown, error) and why.</summary>
internal readonly struct MatchResult
{
    public MatchResult(MatchStatus status, PathStep? path, string? detail, bool kyvernoPathAtParent = false, bool isPathlessFailure = false)
    {
        Status = status;
        Path = path;
        Detail = detail;
        KyvernoPathAtParent = kyvernoPathAtParent;
        IsPathlessFailure = isPathlessFailure;
    }

    public static MatchResult Pass => default;

    public MatchStatus Status { get; }

    /// <summary>The field the result is about, from the root (null: the root itself).</summary>
    public PathStep? Path { get; }

    /// <summary>Why, in words, without the resource's values (they may be secret).</summary>
    public string? Detail { get; }

    /// <summary>Kyverno reports a missing <c>"*"</c> field at its parent's path; the dotted path names the field.</summary>
    public bool KyvernoPathAtParent { get; }

    /// <summary>
    /// An <see cref="MatchStatus.Error"/> that Kyverno raises from a failed match without a path (an anchor key absent
    /// from the resource): an error for a single pattern, a failure among anyPatterns.
    /// </summary>
    public bool IsPathlessFailure { get; }

    public bool IsPass => Status == MatchStatus.Pass;

    public static MatchResult Fail(string detail) => new(MatchStatus.Fail, null, detail);

    public static MatchResult Unknown(string detail) => new(MatchStatus.Unknown, null, detail);

    public static MatchResult Error(string detail) => new(MatchStatus.Error, null, detail);

    public static MatchResult Skip(string detail) => new(MatchStatus.Skip, null, detail);

    /// <summary>The same result one level up: the segment is prepended to the path.</summary>
    public MatchResult Under(object segment) =>
        IsPass ? this : new MatchResult(Status, new PathStep(segment, Path), Detail, KyvernoPathAtParent);

    /// <summary>The same failure, turned into a skip (a conditional anchor that did not hold).</summary>
    public MatchResult AsSkip(string prefix) => new(MatchStatus.Skip, Path, prefix + ": " + Detail, KyvernoPathAtParent);

    /// <summary>Kyverno's path text for this result.</summary>
    public string KyvernoPath
    {
        get
        {
            var text = PathStep.Kyverno(Path);
            if (KyvernoPathAtParent && text.Length > 1)
            {
                var cut = text.LastIndexOf('/', text.Length - 2);
                text = text.Substring(0, cut + 1);
            }

            return text;
        }
    }

    /// <summary>The dotted field path (empty for the root).</summary>
    public string DottedPath => PathStep.Dotted(Path);
}
