using System;
using System.Collections.Generic;
using System.Linq;
using Kurator.Sdk.Policy.Evaluation;
using Kurator.Sdk.Policy.Kyverno.Validation;
using Kurator.Sdk.Policy.Rules;

namespace Kurator.Sdk.PolicyParity.Kyverno;

/// <summary>
/// What a Kyverno policy rule corresponds to in PSA terms: the level to evaluate at, the checks it covers
/// (null = every check of the level), an optional path filter, and the exclusions it declares.
/// </summary>
internal sealed class KyvernoRuleTarget
{
    public KyvernoRuleTarget(PodSecurityLevel level, PodSecurityVersion version, IReadOnlyCollection<string>? checks, Func<string, bool>? pathFilter = null, IReadOnlyList<PodSecurityExclusion>? exclusions = null, KyvernoDrift? drift = null)
    {
        Drift = drift;
        Level = level;
        Version = version;
        Checks = checks;
        PathFilter = pathFilter;
        Exclusions = exclusions ?? Array.Empty<PodSecurityExclusion>();
    }

    public PodSecurityLevel Level { get; }

    public PodSecurityVersion Version { get; }

    public IReadOnlyCollection<string>? Checks { get; }

    public Func<string, bool>? PathFilter { get; }

    public IReadOnlyList<PodSecurityExclusion> Exclusions { get; }

    public KyvernoDrift? Drift { get; }

    public bool Covers(PodSecurityViolation violation) =>
        (Checks is null || Enumerable.Contains(Checks, violation.CheckId)) && (PathFilter is null || PathFilter(violation.Path));
}
