using System;
using System.Collections.Generic;

namespace Kurator.Sdk.Policy.Rules;

/// <summary>
/// The Pod Security Standards as data: all 19 PSA checks, and the selection of the checks that run for a level and version.
/// </summary>
public static class PodSecurityRules
{
    private static readonly PodSecurityCheck[] Checks = [.. BaselineChecks.All, .. RestrictedChecks.All];

    /// <summary>All checks: the 12 baseline checks, then the 7 restricted ones.</summary>
    public static IReadOnlyList<PodSecurityCheck> All => Checks;

    /// <summary>The check with this PSA ID (ordinal match), or null.</summary>
    public static PodSecurityCheck? Find(string id)
    {
        foreach (var check in Checks)
        {
            if (string.Equals(check.Id, id, StringComparison.Ordinal))
            {
                return check;
            }
        }

        return null;
    }

    /// <summary>
    /// The checks PSA runs for <paramref name="level"/> at <paramref name="version"/>, each with its variant:
    /// checks of the level and below that exist at the version, minus those an active variant overrides.
    /// </summary>
    public static IReadOnlyList<ActiveCheck> Active(PodSecurityLevel level, PodSecurityVersion version) =>
        // Asked once per pod spec and level: the table never changes, so each answer is kept.
        ActiveByLevel.GetOrAdd((level, version), key => ComputeActive(key.Level, key.Version));

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(PodSecurityLevel Level, PodSecurityVersion Version), IReadOnlyList<ActiveCheck>> ActiveByLevel = new();

    private static IReadOnlyList<ActiveCheck> ComputeActive(PodSecurityLevel level, PodSecurityVersion version)
    {
        var candidates = new List<ActiveCheck>();
        var overridden = new HashSet<string>(StringComparer.Ordinal);
        foreach (var check in Checks)
        {
            if (check.Level > level)
            {
                continue;
            }

            var variant = check.VariantAt(version);
            if (variant is null)
            {
                continue;
            }

            candidates.Add(new ActiveCheck(check, variant));
            foreach (var id in variant.Overrides)
            {
                overridden.Add(id);
            }
        }

        // Privileged has no baseline checks to begin with (Level > Privileged for all), so it yields nothing.
        return candidates.FindAll(c => !overridden.Contains(c.Check.Id)).AsReadOnly();
    }
}
