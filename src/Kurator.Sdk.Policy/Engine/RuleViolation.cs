using Kurator.Sdk.Policy.Rules;

namespace Kurator.Sdk.Policy.Engine;

/// <summary>One violation the evaluator found, for its front end to locate and word.</summary>
internal sealed class RuleViolation<TNode>
    where TNode : class, IPolicyNode<TNode>
{
    public RuleViolation(PodSecurityCheck check, PodSecurityFieldRule rule, CheckedObject<TNode> subject, TNode? value, string path, string detail, bool missing)
    {
        Check = check;
        Rule = rule;
        Subject = subject;
        Value = value;
        Path = path;
        Detail = detail;
        Missing = missing;
    }

    public PodSecurityCheck Check { get; }

    public PodSecurityFieldRule Rule { get; }

    /// <summary>The pod, container or volume the violation is about.</summary>
    public CheckedObject<TNode> Subject { get; }

    /// <summary>The offending value; null when a required value is missing (or explicitly null).</summary>
    public TNode? Value { get; }

    /// <summary>The full path of the offending field (or where a missing one belongs).</summary>
    public string Path { get; }

    /// <summary>What is wrong, e.g. <c>container "app" must not set securityContext.privileged=true</c>.</summary>
    public string Detail { get; }

    /// <summary>True when a required value is missing rather than a wrong value set.</summary>
    public bool Missing { get; }
}
