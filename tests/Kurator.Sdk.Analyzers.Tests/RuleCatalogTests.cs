using System;
using System.IO;
using System.Linq;
using Kurator.Sdk.Analyzers.ApiVersions;
using Kurator.Sdk.Analyzers.BestPractice;
using Kurator.Sdk.Analyzers.Kurator;
using Kurator.Sdk.Analyzers.Kyverno;
using Kurator.Sdk.Analyzers.Overrides;
using Kurator.Sdk.Analyzers.PodSecurity;
using Kurator.Sdk.Analyzers.Schema;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kurator.Sdk.Analyzers.Tests;

/// <summary>Every rule is documented, linked, and tracked for release.</summary>
public class RuleCatalogTests
{
    private static readonly DiagnosticAnalyzer[] Analyzers =
    {
        new PodSecurityAnalyzer(), new SchemaLiteralAnalyzer(), new KuratorRulesAnalyzer(), new BestPracticeAnalyzer(), new OverridesAnalyzer(),
        new KyvernoPolicyAnalyzer(),
        new ApiVersionAnalyzer(),
    };

    [Fact]
    public void Ids_are_unique_and_each_has_a_doc_page_a_help_link_and_a_release_entry()
    {
        var root = RepoRoot();
        var descriptors = Analyzers.SelectMany(a => a.SupportedDiagnostics).ToList();
        Assert.Equal(descriptors.Count, descriptors.Select(d => d.Id).Distinct().Count());
        var index = File.ReadAllText(Path.Combine(root, "docs/rules/README.md"));
        var releases = File.ReadAllText(Path.Combine(root, "analyzers/Kurator.Sdk.Analyzers/AnalyzerReleases.Unshipped.md"));
        foreach (var descriptor in descriptors)
        {
            var page = Path.Combine(root, "docs/rules", descriptor.Id + ".md");
            Assert.True(File.Exists(page), "missing " + page);
            Assert.StartsWith("# " + descriptor.Id + ":", File.ReadAllText(page));
            Assert.Contains("(" + descriptor.Id + ".md)", index);
            Assert.Contains(descriptor.Id + " |", releases);
            Assert.Equal(RuleIdentifiers.GetHelpUri(descriptor.Id), descriptor.HelpLinkUri);
        }

        Assert.Equal(37, descriptors.Count);
    }

    [Fact]
    public void Release_files_list_each_rule_once_with_the_category_and_severity_of_its_descriptors()
    {
        // The compiler's RS2002 is off (it cannot see descriptors built from the rule table): this is the check instead.
        var root = RepoRoot();
        var rows = new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" }
            .SelectMany(f => File.ReadAllLines(Path.Combine(root, "analyzers/Kurator.Sdk.Analyzers", f)))
            .Where(l => l.StartsWith("KSDK", StringComparison.Ordinal))
            .Select(l => l.Split('|').Select(c => c.Trim()).ToArray())
            .Select(c => (Id: c[0], Category: c[1], Severity: c[2]))
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
        var descriptors = Analyzers.SelectMany(a => a.SupportedDiagnostics)
            .Select(d => (d.Id, d.Category, Severity: d.IsEnabledByDefault ? d.DefaultSeverity.ToString() : "Disabled"))
            .Distinct()
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(descriptors, rows);
    }

    [Fact]
    public void Pod_security_ids_follow_the_rule_table()
    {
        var descriptors = new PodSecurityAnalyzer().SupportedDiagnostics;
        Assert.Equal(Policy.Rules.PodSecurityRules.All.Count, descriptors.Length);
        for (var i = 0; i < descriptors.Length; i++)
        {
            var check = Policy.Rules.PodSecurityRules.All[i];
            Assert.Equal("KSDK" + (1001 + i), descriptors[i].Id);
            Assert.Same(descriptors[i], PodSecurityDescriptors.For(check.Id));
            Assert.Equal("Pod Security " + Policy.Rules.PodSecurityLevels.ToLabel(check.Level) + ": " + check.ControlName, descriptors[i].Title.ToString());
        }

        // IDs users already configure: the table's order must not move them.
        Assert.Equal("KSDK1002", RuleIdentifiers.PodSecurity("privileged"));
        Assert.Equal("KSDK1013", RuleIdentifiers.PodSecurity("restrictedVolumes"));
        Assert.Equal("KSDK1019", RuleIdentifiers.PodSecurity("procMount_restricted"));
        Assert.Throws<ArgumentException>(() => RuleIdentifiers.PodSecurity("noSuchCheck"));
    }

    [Fact]
    public void Help_links_are_the_rule_page_under_the_configured_url_or_absent()
    {
        // No public URL exists yet: the default build links nowhere rather than to a page that is not there.
        Assert.Equal(string.Empty, RuleIdentifiers.GetHelpUri("KSDK1002", string.Empty));
        Assert.Equal("https://example.org/kurator-sdk/docs/rules/KSDK1002.md", RuleIdentifiers.GetHelpUri("KSDK1002", "https://example.org/kurator-sdk/docs/rules/"));
        Assert.True(RuleDocs.BaseUrl.Length == 0 || (RuleDocs.BaseUrl.StartsWith("https://", StringComparison.Ordinal) && RuleDocs.BaseUrl.EndsWith('/')), RuleDocs.BaseUrl);
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
