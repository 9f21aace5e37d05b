namespace Kurator.Sdk.Fleet.Check;

/// <summary>
/// API drift of an object a controller creates from a field of the checked object (KSDK6002 on
/// <c>spec.source.gitRepository</c> of a Kurator Application): where, the rule, and a message naming what to define instead.
/// </summary>
/// <param name="Path">The field's path (<c>spec.syncPolicies[0].helm</c>).</param>
/// <param name="RuleId">The rule ID.</param>
/// <param name="Message">What the controller creates, why it is not served and what to define instead.</param>
public sealed record ApiDriftFieldFinding(string Path, string RuleId, string Message);
