namespace Kurator.Sdk.Policy.Rules;

/// <summary>How a <see cref="PodSecurityFieldRule"/> judges the values found at its path.</summary>
public enum FieldRuleKind
{
    /// <summary>Unset (absent or null) is allowed; a set value must match one of the rule's values.</summary>
    AllowedValues,

    /// <summary>Unset is allowed; a set value must not match any of the rule's values.</summary>
    ForbiddenValues,

    /// <summary>The field must be unset (absent or null).</summary>
    MustBeUnset,

    /// <summary>The field must be set, to one of the rule's values.</summary>
    RequiredValue,

    /// <summary>The field must be set to a list that contains one of the rule's values.</summary>
    MustContain,

    /// <summary>
    /// Container field that may instead be set once at <see cref="PodSecurityFieldRule.PodPath"/>: a container that does
    /// not set it inherits the pod value. Any value set (pod or container) must match one of the rule's values,
    /// and every container must end up with a matching value.
    /// </summary>
    RequiredOnPodOrContainer,

    /// <summary>
    /// Volume rule: the volume's source (its one key besides <c>name</c>) must be one of the rule's values.
    /// A volume with no source is allowed: the API server defaults it to <c>emptyDir</c> before admission.
    /// </summary>
    AllowedVolumeSources,
}
