namespace Kurator.Sdk.Policy.Rules;

/// <summary>What a <see cref="PodSecurityFieldRule.Path"/> is relative to.</summary>
public enum FieldScope
{
    /// <summary>The pod spec (<c>spec</c> of a Pod, <c>spec.template.spec</c> of a Deployment, ...).</summary>
    PodSpec,

    /// <summary>The pod metadata (annotations).</summary>
    PodMetadata,

    /// <summary>
    /// Each container of the pod: <c>initContainers[*]</c>, <c>containers[*]</c> and <c>ephemeralContainers[*]</c>
    /// (PSA visits all three, although the published tables list only the first two).
    /// </summary>
    Container,

    /// <summary>Each entry of the pod spec's <c>volumes[*]</c>.</summary>
    Volume,
}
