using System;
using System.Collections.Generic;

namespace Kurator.Sdk.Policy.Rules;

/// <summary>One Pod Security Admission check: its PSA ID, level, control name and versioned variants.</summary>
public sealed class PodSecurityCheck
{
    /// <summary>Creates a check; <paramref name="variants"/> must be in ascending version order.</summary>
    public PodSecurityCheck(
        string id,
        PodSecurityLevel level,
        string controlName,
        string forbiddenReason,
        IReadOnlyList<PodSecurityCheckVariant> variants)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Level = level;
        ControlName = controlName ?? throw new ArgumentNullException(nameof(controlName));
        ForbiddenReason = forbiddenReason ?? throw new ArgumentNullException(nameof(forbiddenReason));
        Variants = variants ?? throw new ArgumentNullException(nameof(variants));
        for (var i = 1; i < variants.Count; i++)
        {
            if (variants[i].MinimumVersion <= variants[i - 1].MinimumVersion)
            {
                throw new ArgumentException("variants of " + id + " must be in ascending version order", nameof(variants));
            }
        }
    }

    /// <summary>The check ID exactly as PSA names it, e.g. <c>hostPathVolumes</c>.</summary>
    public string Id { get; }

    /// <summary>The level that introduces the check.</summary>
    public PodSecurityLevel Level { get; }

    /// <summary>The Pod Security Standards control name, e.g. <c>HostPath Volumes</c>.</summary>
    public string ControlName { get; }

    /// <summary>PSA's short reason, e.g. <c>hostPath volumes</c>; a violation message starts with it.</summary>
    public string ForbiddenReason { get; }

    /// <summary>The versioned variants, ascending by <see cref="PodSecurityCheckVariant.MinimumVersion"/>.</summary>
    public IReadOnlyList<PodSecurityCheckVariant> Variants { get; }

    /// <summary>The variant in force at <paramref name="version"/>, or null when the check does not exist yet.</summary>
    public PodSecurityCheckVariant? VariantAt(PodSecurityVersion version)
    {
        PodSecurityCheckVariant? found = null;
        foreach (var variant in Variants)
        {
            if (variant.MinimumVersion <= version)
            {
                found = variant;
            }
        }

        return found;
    }
}
