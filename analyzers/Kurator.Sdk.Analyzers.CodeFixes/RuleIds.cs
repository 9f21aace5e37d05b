namespace Kurator.Sdk.Analyzers.CodeFixes;

/// <summary>The rule IDs the fixes handle (constants shared with the analyzers' RuleIdentifiers).</summary>
internal static class RuleIds
{
    public const string Privileged = "KSDK1002";
    public const string AllowPrivilegeEscalation = "KSDK1014";
    public const string RunAsNonRoot = "KSDK1015";
    public const string SeccompProfileRestricted = "KSDK1017";
    public const string CapabilitiesRestricted = "KSDK1018";
    public const string ImageTag = "KSDK4001";
}
