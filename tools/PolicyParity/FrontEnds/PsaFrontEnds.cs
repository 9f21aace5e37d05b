using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Kurator.Sdk.Policy.Reporting;
using Kurator.Sdk.Policy.Rules;
using Kurator.Sdk.PolicyParity.Psa;

namespace Kurator.Sdk.PolicyParity.FrontEnds;

/// <summary>
/// <c>PolicyParity psa-fronts &lt;dir&gt; [--expect &lt;file&gt;]</c>: every PSA fixture through both front ends, the runtime
/// check (the policy engine over the YAML) and the analyzers (the pod converted to C# by <c>convert</c>'s writer and
/// compiled with the Pod Security analyzer). Prints agreement with the labels per front end, and where the front ends
/// differ; with <c>--expect</c>, fails when a figure is below the committed one.
/// </summary>
internal static class PsaFrontEnds
{
    public static int Run(string root, string? expectFile, TextWriter output)
    {
        var expected = expectFile is null ? null : ExpectedFigures.Read(expectFile);
        var clock = Stopwatch.StartNew();
        var analyzers = AnalyzerFrontEnd.Create();
        var fixtures = PsaFixtureWalker.Walk(root);
        if (fixtures.Count == 0)
        {
            Console.Error.WriteLine("error: no PSA fixtures under " + root + " (expected <level>/v1.<N>/<pass|fail>/*.yaml)");
            return 2;
        }

        var verdicts = new ConcurrentBag<FixtureVerdict>();
        Parallel.ForEach(fixtures, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, fixture =>
            verdicts.Add(Judge(root, fixture, analyzers)));
        var all = verdicts.OrderBy(v => v.Level, StringComparer.Ordinal).ThenBy(v => PodSecurityVersion.Parse(v.Version)).ThenBy(v => v.Display, StringComparer.Ordinal).ToList();

        var runtimeAgree = all.Count(v => v.Agrees(v.Runtime));
        var analyzersAgree = all.Count(v => v.Agrees(v.Analyzers));
        var same = all.Count(v => v.Analyzers is not null && v.Analyzers.OrderBy(c => c, StringComparer.Ordinal).SequenceEqual(v.Runtime.OrderBy(c => c, StringComparer.Ordinal)));
        output.WriteLine("level      fixtures  runtime-agree  analyzers-agree  same-checks");
        foreach (var level in all.GroupBy(v => v.Level))
        {
            var n = level.Count();
            output.WriteLine($"{level.Key,-10} {n,8}  {level.Count(v => v.Agrees(v.Runtime)),13}  {level.Count(v => v.Agrees(v.Analyzers)),15}  {level.Count(v => v.Analyzers is not null && v.Analyzers.OrderBy(c => c).SequenceEqual(v.Runtime.OrderBy(c => c))),11}");
        }

        output.WriteLine();
        output.WriteLine($"runtime check: {runtimeAgree}/{all.Count} agree with the labels ({PsaParity.Percent(runtimeAgree, all.Count)})");
        output.WriteLine($"analyzers:     {analyzersAgree}/{all.Count} agree with the labels ({PsaParity.Percent(analyzersAgree, all.Count)})");
        output.WriteLine($"both front ends report the same checks: {same}/{all.Count} ({PsaParity.Percent(same, all.Count)})");
        output.WriteLine("(a fail/ fixture agrees when its check is reported and any other check is one the fixture itself carries on a field it changed from its base pod)");
        PrintDisagreements(all, output);
        output.WriteLine($"time: {clock.Elapsed.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} s");

        if (expected is null)
        {
            return 0;
        }

        var figures = new Dictionary<string, int>(StringComparer.Ordinal) { ["runtime"] = runtimeAgree, ["analyzers"] = analyzersAgree, ["same-checks"] = same, ["fixtures"] = all.Count };
        var failed = false;
        foreach (var (name, floor) in expected)
        {
            if (!figures.TryGetValue(name, out var actual))
            {
                Console.Error.WriteLine($"error: {expectFile}: unknown figure '{name}' (expected fixtures, runtime, analyzers or same-checks)");
                return 2;
            }

            var ok = name == "fixtures" ? actual == floor : actual >= floor;
            output.WriteLine($"expected {name} {(name == "fixtures" ? "=" : ">=")} {floor}: {actual} {(ok ? "ok" : "FAILED")}");
            failed |= !ok;
        }

        return failed ? 1 : 0;
    }

    private static FixtureVerdict Judge(string root, PsaFixture fixture, AnalyzerFrontEnd analyzers)
    {
        var display = Path.GetRelativePath(root, fixture.Path);
        var level = PodSecurityLevels.Parse(fixture.Level);
        var version = PodSecurityVersion.Parse(fixture.Version);
        var documents = ParityDocuments.Load(fixture.Path, display);
        var result = new PolicyCheckRunner(level, version).Run(documents);
        var runtime = result.Findings.Select(f => f.Violation.CheckId).Distinct(StringComparer.Ordinal).ToList();
        var expected = fixture.ExpectPass ? null : PsaParity.ExpectedCheck(fixture.NamedCheck, level, version);

        // Extra checks the fixture carries: every runtime finding of that check is on a field the fixture changed.
        var carried = new HashSet<string>(StringComparer.Ordinal);
        if (!fixture.ExpectPass && documents.Count > 0)
        {
            foreach (var group in result.Findings.Where(f => f.Violation.CheckId != expected).GroupBy(f => f.Violation.CheckId))
            {
                if (group.All(f => FixtureChanges.Changed(fixture.Path, documents[0].Object, f.Violation.Path)))
                {
                    carried.Add(group.Key);
                }
            }
        }

        IReadOnlyList<string>? compiled = null;
        string? failure = null;
        try
        {
            compiled = analyzers.Checks(fixture.Path, fixture.Level, fixture.Version, CancellationToken.None);
        }
        catch (FrontEndException e)
        {
            failure = e.Message;
        }

        return new FixtureVerdict(display, fixture.Level, fixture.Version, fixture.ExpectPass, expected, runtime, compiled, failure, carried);
    }

    // The converted code's line numbers move with the version's base pod: not part of what went wrong.
    private static readonly System.Text.RegularExpressions.Regex Position = new(@"\(\d+,\d+\)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // Fixtures are repeated across versions: group identical disagreements so the list stays readable.
    private static void PrintDisagreements(List<FixtureVerdict> all, TextWriter output)
    {
        var lines = all
            .Where(v => !v.Agrees(v.Runtime) || !v.Agrees(v.Analyzers))
            .GroupBy(v => (v.Level, File: Path.GetFileName(v.Display), Label: v.ExpectPass ? "pass" : "fail " + v.Expected,
                Runtime: Describe(v.Runtime, v.Agrees(v.Runtime)),
                Analyzers: v.AnalyzerFailure is null ? Describe(v.Analyzers!, v.Agrees(v.Analyzers)) : Position.Replace(v.AnalyzerFailure, string.Empty)))
            .OrderBy(g => g.Key.Level, StringComparer.Ordinal).ThenBy(g => g.Key.File, StringComparer.Ordinal)
            .ToList();
        output.WriteLine($"disagreements: {lines.Sum(g => g.Count())} fixtures in {lines.Count} kinds");
        foreach (var g in lines)
        {
            var versions = g.Select(v => v.Version).ToList();
            var span = versions.Count == 1 ? versions[0] : versions[0] + "-" + versions[^1] + " (" + versions.Count + " versions)";
            output.WriteLine($"  {g.Key.Level}/{span}/{g.Key.File}: labelled {g.Key.Label}; runtime {g.Key.Runtime}; analyzers {g.Key.Analyzers}");
        }
    }

    private static string Describe(IReadOnlyList<string> checks, bool agrees) =>
        (checks.Count == 0 ? "none" : string.Join(", ", checks.OrderBy(c => c, StringComparer.Ordinal))) + (agrees ? " (agrees)" : " (DISAGREES)");
}
