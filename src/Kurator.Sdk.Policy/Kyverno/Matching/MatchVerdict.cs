namespace Kurator.Sdk.Policy.Kyverno.Matching;

/// <summary>Whether a match/exclude block selects a resource; Unknown carries why it cannot be told here.</summary>
internal readonly record struct MatchVerdict(MatchState State, string Reason)
{
    public static MatchVerdict Yes { get; } = new(MatchState.Yes, string.Empty);

    public static MatchVerdict No { get; } = new(MatchState.No, string.Empty);

    public static MatchVerdict Unknown(string reason) => new(MatchState.Unknown, reason);
}

/// <summary>The three answers of a match: yes, no, or cannot tell without the cluster.</summary>
internal enum MatchState
{
    No,
    Yes,
    Unknown,
}
