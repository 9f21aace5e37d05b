namespace Kurator.Sdk.Validation;

/// <summary>An x-kubernetes-validations rule carried into generated code.</summary>
public sealed record CelRuleSpec(string Rule, string? Message, string? FieldPath, string? Reason);
