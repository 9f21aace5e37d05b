namespace Kurator.Sdk.Policy.Kyverno;

/// <summary>The result of one Kyverno rule on one resource (the values <c>kyverno test</c> compares, plus NotEvaluated).</summary>
public enum KyvernoRuleOutcome
{
    /// <summary>The rule applied and the resource satisfies it.</summary>
    Pass,

    /// <summary>The rule applied and the resource violates it.</summary>
    Fail,

    /// <summary>The rule matched but did not apply: a precondition or a conditional anchor was false, or the rule kind
    /// (mutate, generate) is not a validation.</summary>
    Skip,

    /// <summary>The rule could not be evaluated because of the policy or the data (e.g. a JMESPath error).</summary>
    Error,

    /// <summary>The rule needs something this engine does not have (cluster API calls, image registries, context
    /// entries): never counted as a pass.</summary>
    NotEvaluated,
}
