using System;
using System.Collections.Generic;
using System.IO;
using Kurator.Sdk.PolicyParity.FrontEnds;

namespace Kurator.Sdk.Policy.Tests.Parity;

/// <summary>`PolicyParity psa-fronts`: what counts as agreement, and the committed floor CI compares with.</summary>
public class FrontEndFiguresTests
{
    private static FixtureVerdict Fail(string expected, params string[] carried) =>
        new("restricted/v1.35/fail/x0.yaml", "restricted", "v1.35", false, expected, Array.Empty<string>(), null, null, new HashSet<string>(carried));

    [Fact]
    public void A_fail_fixture_agrees_with_its_check_and_only_the_extras_it_carries()
    {
        var verdict = Fail("privileged", "allowPrivilegeEscalation");
        Assert.True(verdict.Agrees(new[] { "privileged" }));
        Assert.True(verdict.Agrees(new[] { "allowPrivilegeEscalation", "privileged" }));
        Assert.False(verdict.Agrees(new[] { "privileged", "runAsNonRoot" }));
        Assert.False(verdict.Agrees(new[] { "allowPrivilegeEscalation" }));
        Assert.False(verdict.Agrees(Array.Empty<string>()));
        Assert.False(verdict.Agrees(null));
    }

    [Fact]
    public void A_pass_fixture_agrees_only_with_no_check()
    {
        var verdict = new FixtureVerdict("baseline/v1.0/pass/base.yaml", "baseline", "v1.0", true, null, Array.Empty<string>(), null, null, new HashSet<string>());
        Assert.True(verdict.Agrees(Array.Empty<string>()));
        Assert.False(verdict.Agrees(new[] { "privileged" }));
    }

    [Fact]
    public void Committed_floor_is_read_and_a_bad_line_names_file_and_line()
    {
        var committed = ExpectedFigures.Read(Path.Combine(RepoRoot(), "tools", "PolicyParity", "psa-fronts.expected"));
        Assert.Contains(("fixtures", 4537), committed);
        Assert.Contains(("analyzers", 4537), committed);

        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "# floor\nruntime 10\nanalyzers ten\n");
            var error = Assert.Throws<FormatException>(() => ExpectedFigures.Read(file));
            Assert.Contains(file + ":3:", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Kurator.Sdk.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
    }
}
