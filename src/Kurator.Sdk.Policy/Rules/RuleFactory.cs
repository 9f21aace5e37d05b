namespace Kurator.Sdk.Policy.Rules;

/// <summary>Short constructors that keep the check tables readable.</summary>
internal static class RuleFactory
{
    public static PodSecurityVersion V(int minor) => PodSecurityVersion.V1(minor);

    public static string[] Values(params string[] values) => values;

    public static PodSecurityFieldRule Rule(FieldScope scope, string path, FieldRuleKind kind, string[] values, string detail, string? missingDetail = null, string? podPath = null)
        => new PodSecurityFieldRule(scope, path, kind, values, detail, missingDetail, podPath);

    public static PodSecurityCheckVariant Variant(PodSecurityVersion minimum, params PodSecurityFieldRule[] rules)
        => new PodSecurityCheckVariant(minimum, rules);

    public static PodSecurityCheckVariant Variant(PodSecurityVersion minimum, PodSecurityRelaxations relaxations, string[] overrides, params PodSecurityFieldRule[] rules)
        => new PodSecurityCheckVariant(minimum, rules, relaxations, overrides);

    /// <summary>The same rule at pod level (<c>spec.securityContext</c>) and on every container.</summary>
    public static PodSecurityFieldRule[] PodAndContainers(string securityContextField, FieldRuleKind kind, string[] values, string detail) =>
    [
        Rule(FieldScope.PodSpec, "securityContext." + securityContextField, kind, values, detail),
        Rule(FieldScope.Container, "securityContext." + securityContextField, kind, values, detail),
    ];

    public static PodSecurityCheck Check(string id, PodSecurityLevel level, string controlName, string forbiddenReason, params PodSecurityCheckVariant[] variants)
        => new PodSecurityCheck(id, level, controlName, forbiddenReason, variants);
}
