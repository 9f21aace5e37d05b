using System.Collections.Generic;

namespace Kurator.Sdk.Policy.Kyverno.Patterns.Runtime;

/// <summary>The outcome of matching a pattern (or anyPattern) against one resource.</summary>
public sealed class KyvernoPatternResult
{
    internal KyvernoPatternResult(KyvernoPatternStatus status, string? path, string? kyvernoPath, string? detail, int patternIndex, IReadOnlyList<KyvernoPatternResult> patternResults)
    {
        Status = status;
        Path = path;
        KyvernoPath = kyvernoPath;
        Detail = detail;
        PatternIndex = patternIndex;
        PatternResults = patternResults;
    }

    /// <summary>Pass, fail, skip, unknown or error.</summary>
    public KyvernoPatternStatus Status { get; }

    /// <summary>
    /// For a failure: the field where the match failed, dotted (<c>spec.containers[0].image</c>; empty for the
    /// object itself). Null on a pass and for an anyPattern failure (see <see cref="PatternResults"/>).
    /// </summary>
    public string? Path { get; }

    /// <summary>The same place as Kyverno prints it: <c>/spec/containers/0/image/</c>.</summary>
    public string? KyvernoPath { get; }

    /// <summary>Why, in words (never the resource's values, which may be secret); null on a pass.</summary>
    public string? Detail { get; }

    /// <summary>For anyPattern: the index of the pattern that decided (the passing one); -1 otherwise.</summary>
    public int PatternIndex { get; }

    /// <summary>Kyverno's path-less match failure (an anchor key absent): an error alone, a failure inside anyPattern.</summary>
    internal bool CountsAsFailureAmongAny { get; init; }

    /// <summary>For anyPattern: each pattern's own result, in order; empty for a single pattern.</summary>
    public IReadOnlyList<KyvernoPatternResult> PatternResults { get; }

    /// <summary>
    /// Kyverno's rule message for this result: <c>validation error: {message}. rule {rule} failed at path {path}</c>
    /// for a pattern; <c>validation error: {message}. rule {rule}[0] failed at path ... rule {rule}[1] ...</c> for an
    /// anyPattern; for skips and errors a message naming the reason.
    /// </summary>
    /// <param name="ruleName">The rule's name.</param>
    /// <param name="validationMessage">The rule's <c>validate.message</c>, variables already substituted; may be null.</param>
    public string RuleMessage(string ruleName, string? validationMessage) =>
        KyvernoRuleMessage.Format(this, ruleName, validationMessage);
}
