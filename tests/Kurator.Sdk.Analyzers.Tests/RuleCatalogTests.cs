using System;
using System.IO;
using System.Linq;
using Kurator.Sdk.Analyzers.BestPractice;
using Kurator.Sdk.Analyzers.Kurator;
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

        Assert.Equal(34, descriptors.Count);
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
