namespace Kurator.Sdk.Policy.Evaluation;

/// <summary>A field rule's finding before it is attached to a check: full path and detail text.</summary>
internal readonly record struct RuleFinding(string Path, string Detail, Rules.PodSecurityFieldRule Rule);
