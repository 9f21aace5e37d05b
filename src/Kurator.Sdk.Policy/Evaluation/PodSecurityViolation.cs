using Kurator.Sdk.Policy.Rules;

namespace Kurator.Sdk.Policy.Evaluation;

/// <summary>One field that violates a Pod Security check.</summary>
public sealed class PodSecurityViolation
{
    /// <summary>Creates a violation.</summary>
    public PodSecurityViolation(string checkId, PodSecurityLevel level, string path, string forbiddenReason, string detail, PodSecurityFieldRule? rule = null)
    {
        Rule = rule;
        CheckId = checkId;
        Level = level;
        Path = path;
        ForbiddenReason = forbiddenReason;
        Detail = detail;
    }

    /// <summary>The PSA check ID, e.g. <c>privileged</c>.</summary>
    public string CheckId { get; }

    /// <summary>The level that introduces the check.</summary>
    public PodSecurityLevel Level { get; }

    /// <summary>
    /// JSON path of the offending field in the evaluated object, e.g. <c>spec.template.spec.containers[0].securityContext.privileged</c>;
    /// for a required field that is missing, the path where it belongs.
    /// </summary>
    public string Path { get; }

    /// <summary>PSA's short reason, e.g. <c>privileged</c>.</summary>
    public string ForbiddenReason { get; }

    /// <summary>What is wrong, e.g. <c>container "app" must not set securityContext.privileged=true</c>.</summary>
    public string Detail { get; }

    /// <summary>The table rule that found the violation (its kind tells a code fix whether to remove, change or add the field).</summary>
    public PodSecurityFieldRule? Rule { get; }

    /// <summary>The message in PSA's wording: <c>reason (detail)</c>.</summary>
    public string Message => ForbiddenReason + " (" + Detail + ")";

    /// <inheritdoc />
    public override string ToString() => CheckId + ": " + Path + ": " + Message;
}
