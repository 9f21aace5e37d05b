using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Kurator.Sdk.Policy.Reporting;
using Kurator.Sdk.Policy.Rules;

namespace Kurator.Sdk.PolicyParity.Psa;

/// <summary>
/// Runs every PSA fixture through the policy engine at its folder's level and version and compares with the label:
/// a pass/ pod must give no violation; a fail/ pod must give exactly the named check. At restricted, a baseline
/// check that an active restricted check replaces is expected under the replacing check's ID, as PSA reports it.
/// </summary>
internal static class PsaParity
{
    public static int Run(string root, TextWriter output)
    {
        var fixtures = PsaFixtureWalker.Walk(root);
        var groups = fixtures
            .GroupBy(f => (f.Level, Version: PodSecurityVersion.Parse(f.Version)))
            .OrderBy(g => g.Key.Level, StringComparer.Ordinal).ThenBy(g => g.Key.Version);
        var totalExact = 0;
        var totalNamed = 0;
        var totalExplained = 0;
        var total = 0;
        var disagreements = new List<string>();
        output.WriteLine("level      version  files  pass-agree  fail-exact  fail-named  exact-agreement  explained");
        foreach (var group in groups)
        {
            var level = PodSecurityLevels.Parse(group.Key.Level);
            var runner = new PolicyCheckRunner(level, group.Key.Version);
            int passOk = 0, passCount = 0, failExact = 0, failNamed = 0, failExplained = 0, failCount = 0;
            foreach (var fixture in group)
            {
                var display = Path.GetRelativePath(root, fixture.Path);
                var result = runner.Run(ParityDocuments.Load(fixture.Path, display));
                var reported = result.Findings.Select(f => f.Violation.CheckId).Distinct(StringComparer.Ordinal).ToList();
                if (fixture.ExpectPass)
                {
                    passCount++;
                    if (reported.Count == 0)
                    {
                        passOk++;
                    }
                    else
                    {
                        disagreements.Add(display + ": labelled pass, got " + string.Join(", ", reported));
                        disagreements.AddRange(result.Lines.Select(l => "    " + l));
                    }

                    continue;
                }

                failCount++;
                var expected = ExpectedCheck(fixture.NamedCheck, level, group.Key.Version);
                var named = expected is not null && reported.Contains(expected);
                var exact = named && reported.Count == 1;
                failNamed += named ? 1 : 0;
                failExact += exact ? 1 : 0;
                if (exact)
                {
                    failExplained++;
                    continue;
                }

                // Extra checks are explained when each fires only on fields the fixture changed from the base pod.
                var document = ParityDocuments.Load(fixture.Path, display)[0].Object;
                var explained = named && result.Findings
                    .Where(f => f.Violation.CheckId != expected)
                    .All(f => FixtureChanges.Changed(fixture.Path, document, f.Violation.Path));
                failExplained += explained ? 1 : 0;
                disagreements.Add(display + ": labelled fail " + (expected ?? "<unknown check>") + ", got "
                    + (reported.Count == 0 ? "no violation" : string.Join(", ", reported))
                    + (explained ? " [explained: the extra check fires on a field this fixture changed from base.yaml]" : " [UNEXPLAINED]"));
                disagreements.AddRange(result.Lines.Select(l => "    " + l));
            }

            var files = passCount + failCount;
            var agree = passOk + failExact;
            total += files;
            totalExact += agree;
            totalNamed += passOk + failNamed;
            totalExplained += passOk + failExplained;
            output.WriteLine($"{group.Key.Level,-10} {group.Key.Version,-8} {files,5}  {passOk,4}/{passCount,-5}  {failExact,4}/{failCount,-5}  {failNamed,4}/{failCount,-5}  {Percent(agree, files),15}  {Percent(passOk + failExplained, files),9}");
        }

        output.WriteLine();
        output.WriteLine($"total: {totalExact}/{total} exact agreement ({Percent(totalExact, total)}); {totalNamed}/{total} with the named check reported ({Percent(totalNamed, total)})");
        output.WriteLine($"total: {totalExplained}/{total} agree once co-violations the fixtures themselves carry are accounted for ({Percent(totalExplained, total)})");
        output.WriteLine($"disagreements: {disagreements.Count(d => !d.StartsWith(' '))} ({disagreements.Count(d => d.EndsWith("[UNEXPLAINED]"))} unexplained)");
        foreach (var line in disagreements)
        {
            output.WriteLine(line);
        }

        return totalExplained == total ? 0 : 1;
    }

    /// <summary>The check PSA reports for the named one: itself, or the active check that replaces it at this level and version.</summary>
    internal static string? ExpectedCheck(string? named, PodSecurityLevel level, PodSecurityVersion version)
    {
        if (named is null)
        {
            return null;
        }

        var active = PodSecurityRules.Active(level, version);
        if (active.Any(a => a.Check.Id == named))
        {
            return named;
        }

        return active.FirstOrDefault(a => a.Variant.Overrides.Contains(named))?.Check.Id ?? named;
    }

    internal static string Percent(int part, int whole) =>
        whole == 0 ? "n/a" : (100.0 * part / whole).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
