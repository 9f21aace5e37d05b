using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

namespace Kurator.Sdk.Analyzers.Tests.Samples;

/// <summary>samples/PolicyViolations/README.md lists the exact warnings of the sample's build; this keeps that list true.</summary>
public class PolicyViolationsReadmeTests
{
    [Fact]
    public async Task Readme_lists_exactly_the_warnings_the_analyzers_report()
    {
        var readme = File.ReadAllText(Path.Combine(PolicyViolationsSample.Dir, "README.md"));
        var claimed = Regex.Matches(readme, @"^samples/PolicyViolations/\S+\(\d+,\d+\): (warning|error) KSDK\d{4}: .*$", RegexOptions.Multiline)
            .Select(m => m.Value.TrimEnd('\r'))
            .OrderBy(l => l, StringComparer.Ordinal)
            .ToList();
        var reported = await PolicyViolationsSample.BuildLinesAsync();

        var missing = reported.Except(claimed).ToList();
        var stale = claimed.Except(reported).ToList();
        Assert.True(missing.Count == 0 && stale.Count == 0 && claimed.Count == reported.Count,
            "README.md and the analyzers disagree.\nReported but not in the README:\n" + string.Join("\n", missing)
            + "\nIn the README but not reported:\n" + string.Join("\n", stale));
    }

    [Fact]
    public async Task Every_violation_the_sample_is_about_is_reported()
    {
        // Guards against a README and sample that agree because both lost a violation.
        var ids = (await PolicyViolationsSample.BuildLinesAsync()).Select(l => Regex.Match(l, @"KSDK\d{4}").Value).ToHashSet();
        foreach (var id in new[] { "KSDK1001", "KSDK1002", "KSDK1013", "KSDK1015", "KSDK3006", "KSDK4001", "KSDK4002" })
        {
            Assert.Contains(id, ids);
        }
    }

    [Fact]
    public async Task The_sample_turns_its_reported_ids_into_non_errors()
    {
        // WarningsNotAsErrors must cover every id the sample reports, or its build fails under TreatWarningsAsErrors.
        var notAsErrors = PolicyViolationsSample.CsprojProperty("WarningsNotAsErrors").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet();
        var reported = (await PolicyViolationsSample.BuildLinesAsync()).Select(l => Regex.Match(l, @"KSDK\d{4}").Value).ToHashSet();
        Assert.Subset(notAsErrors, reported);
    }

    [Fact]
    public async Task At_baseline_the_seed_deployment_gets_the_hostPath_rule_instead_of_the_restricted_ones()
    {
        // The README explains KSDK1013 at restricted by PSA's override of the baseline hostPath check; this is the other half.
        // A Fleet's plugin only raises the level, so the README's recipe lowers both the plugin and the property.
        const string Restricted = "FleetSpecPluginPolicyKyvernoPodSecurityStandard.Restricted";
        var lines = await PolicyViolationsSample.BuildLinesAsync("baseline", (file, text) =>
        {
            Assert.True(file != "EdgeFleet.cs" || text.Contains(Restricted, StringComparison.Ordinal), "EdgeFleet.cs no longer sets the restricted standard");
            return text.Replace(Restricted, "FleetSpecPluginPolicyKyvernoPodSecurityStandard.Baseline", StringComparison.Ordinal);
        });
        Assert.Equal(2, lines.Count(l => l.Contains(": warning KSDK1004: ", StringComparison.Ordinal) && l.Contains("hostPath", StringComparison.Ordinal)));
        Assert.DoesNotContain(lines, l => Regex.IsMatch(l, @"KSDK101[3-9]"));
        Assert.Contains(lines, l => l.Contains(": warning KSDK1002: ", StringComparison.Ordinal));
    }
}
