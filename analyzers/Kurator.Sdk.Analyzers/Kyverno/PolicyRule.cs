using System.Collections.Generic;

namespace Kurator.Sdk.Analyzers.Kyverno;

/// <summary>A validate rule of a Kyverno policy built in the project, in the part the analyzer can decide.</summary>
internal sealed class PolicyRule
{
    public PolicyRule(KyvernoPolicy policy, string name, string message, bool enforce, MatchBlock match, MatchBlock exclude, IReadOnlyList<PatternCheck> checks)
    {
        Policy = policy;
        Name = name;
        Message = message;
        Enforce = enforce;
        Match = match;
        Exclude = exclude;
        Checks = checks;
    }

    public KyvernoPolicy Policy { get; }

    public string Name { get; }

    /// <summary>The rule's <c>validate.message</c> (may be empty).</summary>
    public string Message { get; }

    /// <summary>True when a violation is refused at admission (<c>Enforce</c>), false when it is only reported (<c>Audit</c>).</summary>
    public bool Enforce { get; }

    public MatchBlock Match { get; }

    public MatchBlock Exclude { get; }

    public IReadOnlyList<PatternCheck> Checks { get; }

    /// <summary>True when Kyverno also applies this rule to the pod templates of controllers (every match kind is Pod).</summary>
    public bool AppliesToTemplates { get; set; }
}
