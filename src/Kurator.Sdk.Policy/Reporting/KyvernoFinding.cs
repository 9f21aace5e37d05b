using System.Globalization;
using Kurator.Sdk.Policy.Kyverno;

namespace Kurator.Sdk.Policy.Reporting;

/// <summary>
/// A Kyverno rule that failed on, or could not be evaluated for, an object of a checked file: printed as
/// <c>file:line: kind/name: policy/rule: path: message</c>, the line format of the Pod Security findings.
/// </summary>
/// <param name="File">The file of the object.</param>
/// <param name="Line">The 1-based line of the field the result is about (or of its nearest ancestor in the source).</param>
/// <param name="Kind">The object's kind.</param>
/// <param name="Name">The object's name.</param>
/// <param name="Result">The rule's result: Fail, Error or NotEvaluated (passes and skips are not findings).</param>
public sealed record KyvernoFinding(string File, int Line, string Kind, string Name, KyvernoRuleResult Result)
{
    /// <summary>True when the rule's policy enforces it (an admission controller would refuse the object).</summary>
    public bool Enforce => Result.Enforce;

    /// <summary><c>policy/rule</c>.</summary>
    public string RuleId => Result.Policy + "/" + Result.Rule;

    /// <summary>
    /// The message: the rule's own for a failure; prefixed <c>not evaluated:</c> or <c>error:</c> when the engine could
    /// not judge the object (never a pass).
    /// </summary>
    public string Message => Describe(Result);

    /// <summary>The message for <paramref name="result"/> as the finding lines word it.</summary>
    public static string Describe(KyvernoRuleResult result)
    {
        System.ArgumentNullException.ThrowIfNull(result);
        return result.Outcome switch
        {
            KyvernoRuleOutcome.NotEvaluated => "not evaluated: " + result.Message,
            KyvernoRuleOutcome.Error => "error: " + result.Message,
            _ => result.Message,
        };
    }

    /// <summary>True for the outcomes a check reports: a failure, or a rule it could not judge (fail closed).</summary>
    public static bool IsFinding(KyvernoRuleResult result) =>
        result?.Outcome is KyvernoRuleOutcome.Fail or KyvernoRuleOutcome.Error or KyvernoRuleOutcome.NotEvaluated;

    /// <summary>The contract line: <c>file:line: kind/name: policy/rule: path: message</c>.</summary>
    public override string ToString() =>
        File + ":" + Line.ToString(CultureInfo.InvariantCulture) + ": " + Kind + "/" + Name + ": " + RuleId + ": " + Result.Path + ": " + Message;
}
