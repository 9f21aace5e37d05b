using System;
using System.Collections.Generic;

namespace Kurator.Sdk.Policy.Rules;

/// <summary>
/// The form of a check from one PSA version on (until the check's next variant): its field rules, the pods it skips,
/// and the baseline checks it replaces.
/// </summary>
public sealed class PodSecurityCheckVariant
{
    /// <summary>Creates a variant.</summary>
    public PodSecurityCheckVariant(
        PodSecurityVersion minimumVersion,
        IReadOnlyList<PodSecurityFieldRule> rules,
        PodSecurityRelaxations relaxations = PodSecurityRelaxations.None,
        IReadOnlyList<string>? overrides = null)
    {
        MinimumVersion = minimumVersion;
        Rules = rules ?? throw new ArgumentNullException(nameof(rules));
        Relaxations = relaxations;
        Overrides = overrides ?? Array.Empty<string>();
    }

    /// <summary>The first version this variant applies to.</summary>
    public PodSecurityVersion MinimumVersion { get; }

    /// <summary>The field rules; a pod passes the variant when none is violated.</summary>
    public IReadOnlyList<PodSecurityFieldRule> Rules { get; }

    /// <summary>Pods this variant does not apply to.</summary>
    public PodSecurityRelaxations Relaxations { get; }

    /// <summary>IDs of (baseline) checks this variant replaces when it is active.</summary>
    public IReadOnlyList<string> Overrides { get; }
}
