namespace Kurator.Sdk.Policy.Kyverno;

/// <summary>The result of one rule of one policy on one resource.</summary>
/// <param name="Policy">The policy name (<c>namespace/name</c> for a namespaced <c>Policy</c>).</param>
/// <param name="Rule">The rule name as Kyverno reports it: auto-generated rules are <c>autogen-&lt;rule&gt;</c> and
/// <c>autogen-cronjob-&lt;rule&gt;</c>.</param>
/// <param name="Outcome">Pass, Fail, Skip, Error or NotEvaluated.</param>
/// <param name="Path">The resource field the result is about (e.g. <c>spec.containers[0].image</c>); empty when the
/// rule is about the whole resource.</param>
/// <param name="Message">The rule's message with its variables substituted, or why it was skipped / not evaluated.</param>
/// <param name="Enforce">True when the rule's failure action is Enforce (a failure refuses the resource), false for Audit.</param>
public sealed record KyvernoRuleResult(string Policy, string Rule, KyvernoRuleOutcome Outcome, string Path, string Message, bool Enforce)
{
    /// <summary>The rule name without the <c>autogen-</c> / <c>autogen-cronjob-</c> prefix Kyverno adds for pod controllers.</summary>
    public string SourceRule => Autogen.PodControllerAutogen.SourceRuleName(Rule);
}
