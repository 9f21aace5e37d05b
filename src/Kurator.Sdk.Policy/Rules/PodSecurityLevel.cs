namespace Kurator.Sdk.Policy.Rules;

/// <summary>A Pod Security Standards level, as named by the <c>pod-security.kubernetes.io/*</c> namespace labels.</summary>
public enum PodSecurityLevel
{
    /// <summary>No restrictions: no check runs.</summary>
    Privileged = 0,

    /// <summary>Prevents known privilege escalations; the 12 baseline checks.</summary>
    Baseline = 1,

    /// <summary>Baseline plus the 7 restricted checks (some of which replace baseline checks).</summary>
    Restricted = 2,
}
