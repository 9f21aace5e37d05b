namespace Kurator.Sdk.Fleet.Check;

/// <summary>An API version to move away from: the rule (KSDK6001 deprecated, KSDK6002 not served) and a message naming the version to move to.</summary>
/// <param name="RuleId">The rule ID.</param>
/// <param name="Message">What is wrong and the apiVersion to move to.</param>
public sealed record ApiDriftFinding(string RuleId, string Message);
