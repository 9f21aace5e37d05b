namespace Kurator.Sdk.Analyzers.Kyverno;

/// <summary>What the code lets the analyzer decide: a filter certainly applies, certainly not, or it depends on run time.</summary>
internal enum Decision
{
    No,
    Yes,
    Unknown,
}

/// <summary>Three-valued logic for match/exclude blocks.</summary>
internal static class Decisions
{
    public static Decision Of(bool value) => value ? Decision.Yes : Decision.No;

    /// <summary>Yes when any is yes; otherwise unknown when any is unknown.</summary>
    public static Decision Or(Decision a, Decision b) =>
        a == Decision.Yes || b == Decision.Yes ? Decision.Yes : a == Decision.Unknown || b == Decision.Unknown ? Decision.Unknown : Decision.No;

    /// <summary>No when any is no; otherwise unknown when any is unknown.</summary>
    public static Decision And(Decision a, Decision b) =>
        a == Decision.No || b == Decision.No ? Decision.No : a == Decision.Unknown || b == Decision.Unknown ? Decision.Unknown : Decision.Yes;
}
