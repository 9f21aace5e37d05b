namespace Kurator.Sdk.PolicyParity.Psa;

/// <summary>A PSA fixture file: its level and version folder, its label, and the check its name points to (null for base pods).</summary>
internal sealed record PsaFixture(string Path, string Level, string Version, bool ExpectPass, string? NamedCheck);
