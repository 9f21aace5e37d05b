namespace Kurator.Sdk.Policy.Kyverno.Patterns;

/// <summary>How a pattern judged a resource.</summary>
internal enum MatchStatus
{
    /// <summary>The resource matches.</summary>
    Pass,

    /// <summary>The resource does not match (Kyverno: rule fail).</summary>
    Fail,

    /// <summary>A conditional or global anchor did not hold: the rule does not apply (Kyverno: rule skip).</summary>
    Skip,

    /// <summary>A value the front end cannot see decides the result: never judged, never a pass.</summary>
    Unknown,

    /// <summary>The pattern cannot be evaluated (unsupported feature, unresolved variable): Kyverno: rule error.</summary>
    Error,
}
