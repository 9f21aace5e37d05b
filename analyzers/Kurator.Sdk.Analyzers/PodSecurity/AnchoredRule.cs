using Kurator.Sdk.Policy.Rules;

namespace Kurator.Sdk.Analyzers.PodSecurity;

/// <summary>A value rule seen from a type inside the pod (a Container, a SecurityContext): the rest of its path.</summary>
internal sealed class AnchoredRule
{
    public AnchoredRule(PodSecurityCheck check, PodSecurityFieldRule rule, int from)
    {
        Check = check;
        Rule = rule;
        From = from;
    }

    public PodSecurityCheck Check { get; }

    public PodSecurityFieldRule Rule { get; }

    /// <summary>The index of the first segment of the rule's parsed path below the anchor type.</summary>
    public int From { get; }
}
