namespace Kurator.Sdk.Policy.Kyverno.Patterns.Runtime;

/// <summary>How a <c>validate.pattern</c> / <c>anyPattern</c> judged a resource (Kyverno's rule statuses).</summary>
public enum KyvernoPatternStatus
{
    /// <summary>The resource matches.</summary>
    Pass,

    /// <summary>The resource does not match: Kyverno reports the rule as failed.</summary>
    Fail,

    /// <summary>A conditional <c>()</c> or global <c>&lt;()</c> anchor did not hold: Kyverno reports the rule as skipped.</summary>
    Skip,

    /// <summary>A value that cannot be seen decides the result (compile-time front ends only): never a pass.</summary>
    Unknown,

    /// <summary>
    /// The pattern could not be evaluated (an unresolved variable, a <c>$(...)</c> reference, a list shorter than a
    /// positional pattern, or Kyverno's "anchor key missing" error): report the rule as not evaluated, never passed.
    /// </summary>
    Error,
}
