namespace Kurator.Sdk.Policy.Kyverno.Validation;

/// <summary>What a rule's check says about one resource (before policy and rule names are attached).</summary>
internal readonly record struct RuleVerdict(KyvernoRuleOutcome Outcome, string Path, string Message)
{
    public static RuleVerdict Pass(string message = "") => new(KyvernoRuleOutcome.Pass, string.Empty, message);

    public static RuleVerdict Fail(string path, string message) => new(KyvernoRuleOutcome.Fail, path, message);

    public static RuleVerdict Skip(string message) => new(KyvernoRuleOutcome.Skip, string.Empty, message);

    public static RuleVerdict Error(string message) => new(KyvernoRuleOutcome.Error, string.Empty, message);

    public static RuleVerdict NotEvaluated(string message) => new(KyvernoRuleOutcome.NotEvaluated, string.Empty, message);
}
