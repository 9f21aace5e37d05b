using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using Kurator.Sdk.Fleet.Check;
using Kurator.Sdk.Policy.Drift;

namespace Kurator.Sdk.Fleet.Commands;

/// <summary>
/// <c>--fail-on-drift</c>: API drift findings (KSDK6001 deprecated, KSDK6002 not served) are warnings that do not change
/// the exit code; with this flag they block, as a Pod Security violation at an enforced level does.
/// </summary>
internal static class DriftOption
{
    public static Option<bool> Create() => new("--fail-on-drift")
    {
        Description = "treat API versions that are deprecated or no longer served (KSDK6001, KSDK6002) as blocking findings",
    };

    public static IReadOnlyList<CheckFinding> Apply(IReadOnlyList<CheckFinding> findings, bool failOnDrift) =>
        failOnDrift ? findings.Select(f => ApiDriftRules.IsDriftRule(f.Rule) ? f with { Blocking = true } : f).ToList() : findings;
}
