using System.Collections.Generic;
using Kurator.Sdk.Policy.Engine;
using Microsoft.CodeAnalysis;

namespace Kurator.Sdk.Analyzers.PodSecurity;

/// <summary>
/// Turns the evaluator's violations into findings at source locations: a wrong value where it was written, a missing
/// one at the object that lacks it (only when the code shows that whole object). One finding per check and location.
/// </summary>
internal sealed class FindingSink
{
    private readonly HashSet<(string, Location)> _seen = new HashSet<(string, Location)>();

    public List<PodSecurityFinding> Findings { get; } = new List<PodSecurityFinding>();

    public void Add(RuleViolation<TreeNode> violation)
    {
        if (violation.Missing && violation.Subject.Node.IsOpen)
        {
            return;
        }

        var location = violation.Missing ? violation.Subject.Node.CreatedAt : violation.Value?.Location ?? violation.Subject.Node.CreatedAt;
        if (!location.IsInSource || !_seen.Add((violation.Check.Id, location)))
        {
            return;
        }

        var message = violation.Check.ForbiddenReason + " (" + violation.Detail + ")";
        Findings.Add(new PodSecurityFinding(violation.Check, location, message, violation.Missing));
    }
}
