using System.Collections.Generic;
using Kurator.Sdk.Policy.Rules;

namespace Kurator.Sdk.Analyzers.PodSecurity;

/// <summary>A value rule seen from a type inside the pod (a Container, a SecurityContext): the rest of its path.</summary>
internal sealed class AnchoredRule
{
    public AnchoredRule(PodSecurityCheck check, PodSecurityFieldRule rule, IReadOnlyList<RuleSegment> segments, int from)
    {
        Check = check;
        Rule = rule;
        Segments = segments;
        From = from;
    }

    public PodSecurityCheck Check { get; }

    public PodSecurityFieldRule Rule { get; }

    public IReadOnlyList<RuleSegment> Segments { get; }

    /// <summary>The index of the first segment below the anchor type.</summary>
    public int From { get; }
}
