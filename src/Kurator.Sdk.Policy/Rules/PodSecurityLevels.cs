using System;

namespace Kurator.Sdk.Policy.Rules;

/// <summary>Parsing and naming of <see cref="PodSecurityLevel"/> values in their label spelling.</summary>
public static class PodSecurityLevels
{
    /// <summary>The label spelling of a level: <c>privileged</c>, <c>baseline</c> or <c>restricted</c>.</summary>
    public static string ToLabel(PodSecurityLevel level)
    {
        switch (level)
        {
            case PodSecurityLevel.Privileged: return "privileged";
            case PodSecurityLevel.Baseline: return "baseline";
            case PodSecurityLevel.Restricted: return "restricted";
            default: throw new ArgumentOutOfRangeException(nameof(level), level, "unknown Pod Security level");
        }
    }

    /// <summary>Parses <c>privileged</c>, <c>baseline</c> or <c>restricted</c> (case-insensitive).</summary>
    /// <exception cref="FormatException">The text names no level.</exception>
    public static PodSecurityLevel Parse(string text)
    {
        if (TryParse(text, out var level))
        {
            return level;
        }

        throw new FormatException("unknown Pod Security level '" + text + "' (expected privileged, baseline or restricted)");
    }

    /// <summary>Parses a level; returns false when the text names no level.</summary>
    public static bool TryParse(string? text, out PodSecurityLevel level)
    {
        switch ((text ?? string.Empty).Trim().ToLowerInvariant())
        {
            case "privileged": level = PodSecurityLevel.Privileged; return true;
            case "baseline": level = PodSecurityLevel.Baseline; return true;
            case "restricted": level = PodSecurityLevel.Restricted; return true;
            default: level = PodSecurityLevel.Baseline; return false;
        }
    }
}
