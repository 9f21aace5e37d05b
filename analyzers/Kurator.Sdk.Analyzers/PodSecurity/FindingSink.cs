using System.Collections.Generic;
using Kurator.Sdk.Policy.Rules;
using Microsoft.CodeAnalysis;

namespace Kurator.Sdk.Analyzers.PodSecurity;

/// <summary>Collects findings, one per check and location, with PSA-style messages.</summary>
internal sealed class FindingSink
{
    private readonly HashSet<(string, Location)> _seen = new HashSet<(string, Location)>();

    public List<PodSecurityFinding> Findings { get; } = new List<PodSecurityFinding>();

    public void Add(PodSecurityCheck check, PodSecurityFieldRule rule, Location? location, string subject, string? value, string? key, bool missing)
    {
        if (location is null || !location.IsInSource || !_seen.Add((check.Id, location)))
        {
            return;
        }

        var detail = (missing ? rule.MissingDetail : rule.Detail)
            .Replace("{subject}", subject)
            .Replace("{field}", rule.Path)
            .Replace("{value}", value ?? string.Empty)
            .Replace("{key}", key ?? string.Empty);
        Findings.Add(new PodSecurityFinding(check, location, check.ForbiddenReason + " (" + detail + ")", missing));
    }
}
