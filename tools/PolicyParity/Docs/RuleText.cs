namespace Kurator.Sdk.PolicyParity.Docs;

/// <summary>The hand-written prose of one rule page (Markdown, one paragraph or code line each).</summary>
internal sealed record RuleText(string What, string Why, string Example, string Fixed, string Fix);
