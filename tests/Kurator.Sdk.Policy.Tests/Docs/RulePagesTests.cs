using System;
using System.IO;
using System.Linq;
using Kurator.Sdk.Policy.Rules;
using Kurator.Sdk.PolicyParity.Docs;

namespace Kurator.Sdk.Policy.Tests.Docs;

/// <summary>docs/rules/KSDK10xx.md are written from the rule table (`PolicyParity rules --docs docs/rules`): they cannot drift.</summary>
public class RulePagesTests
{
    [Fact]
    public void Committed_pages_are_what_the_generator_writes()
    {
        var docs = Path.Combine(RepoRoot(), "docs", "rules");
        foreach (var (fileName, content) in RulePages.Render())
        {
            var path = Path.Combine(docs, fileName);
            Assert.True(File.Exists(path), path + " is missing: run `dotnet run --project tools/PolicyParity -- rules --docs docs/rules`");
            Assert.True(
                content == File.ReadAllText(path).Replace("\r\n", "\n"),
                path + " differs from what the rule table gives: run `dotnet run --project tools/PolicyParity -- rules --docs docs/rules`");
        }

        // No page for a check the table no longer has.
        var committed = Directory.GetFiles(docs, "KSDK10*.md").Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(RulePages.Render().Select(p => p.FileName).OrderBy(n => n, StringComparer.Ordinal), committed);
    }

    [Fact]
    public void Rules_index_lists_each_check_with_its_table_title()
    {
        var index = File.ReadAllText(Path.Combine(RepoRoot(), "docs", "rules", "README.md"));
        foreach (var check in PodSecurityRules.All)
        {
            var id = PodSecurityDiagnosticIds.For(check.Id);
            Assert.Contains($"| [{id}]({id}.md) | Pod Security {PodSecurityLevels.ToLabel(check.Level)}: {check.ControlName} | Warning |", index, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_page_takes_its_id_title_level_and_versions_from_the_table()
    {
        var page = RulePages.Render(PodSecurityRules.Find(PodSecurityCheckIds.SeccompProfileRestricted)!);
        Assert.StartsWith("# KSDK1017: Pod Security restricted: Seccomp\n", page, StringComparison.Ordinal);
        Assert.Contains("| PSA versions | from v1.19, replaces KSDK1010; from v1.25, not for WindowsPods, replaces KSDK1010 |", page, StringComparison.Ordinal);
        Assert.Contains("The check runs when the configured level is `restricted`\n", page, StringComparison.Ordinal);
        Assert.Contains("(from 1.19, replaces KSDK1010;", page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_check_without_prose_is_an_error_naming_it()
    {
        var check = new PodSecurityCheck("newCheck", PodSecurityLevel.Baseline, "New", "new", Array.Empty<PodSecurityCheckVariant>());
        var error = Assert.Throws<InvalidOperationException>(() => RulePages.Render(check));
        Assert.Contains("'newCheck'", error.Message, StringComparison.Ordinal);
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
