using System;
using System.IO;
using System.Linq;
using Kurator.Sdk.Kurator.Apps.V1Alpha1;
using Kurator.Sdk.Kurator.Cluster.V1Alpha1;
using Kurator.Sdk.Kurator.Fleet.V1Alpha1;
using Kurator.Sdk.Tests.Support;
using Xunit;

namespace Kurator.Sdk.Tests.Families;

// Inside Kurator.Sdk.*, the runtime namespace Kurator.Sdk.Fleet would hide the Fleet type.
using Fleet = global::Kurator.Sdk.Kurator.Fleet.V1Alpha1.Fleet;

/// <summary>Keeps the README's 30-second tour true: the same code, the same output.</summary>
public class ReadmeTourTests
{
    [Fact]
    public void Tour_prints_what_the_readme_shows()
    {
        var fleet = new Fleet("quickstart", "default")
            .WithSpec(s => s
                .AddCluster(new AttachedCluster("kurator-member1"))
                .WithPlugin(p => p.WithMetric(m => m.WithThanos(t => t.WithObjectStoreConfig(o => o.WithSecretName("thanos-objstore"))))));

        var app = new Application("podinfo", "default")
        {
            Spec = new()
            {
                Source = new() { GitRepository = new() { Url = "https://github.com/stefanprodan/podinfo", Interval = "3m0s", Ref = new() { Branch = "master" } } },
                SyncPolicies = [new() { Destination = fleet, Kustomization = new() { Path = "./deploy/webapp", Interval = "5m0s", Prune = true } }],
            },
        };

        // The README's tour: its C# must be this test's code, and its YAML what that code prints.
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")).Replace("\r", string.Empty);
        var tour = readme[readme.IndexOf("## A 30-second tour", StringComparison.Ordinal)..];
        var code = Block(tour, "```csharp");
        var source = File.ReadAllText(Path.Combine(RepoPaths.Root, "tests/Kurator.Sdk.Tests/Families/ReadmeTourTests.cs"));
        foreach (var line in code.Split('\n').Select(Statement).Where(l => l.Length > 0 && !l.StartsWith("using ", StringComparison.Ordinal) && !l.StartsWith("Console.", StringComparison.Ordinal)))
        {
            Assert.True(source.Contains(line, StringComparison.Ordinal), $"README tour line not in this test: {line}");
        }

        Assert.Equal(Block(tour, "```yaml"), app.ToYaml());
        Assert.Empty(app.Validate());
        Assert.Empty(fleet.Validate());
    }

    /// <summary>The text of the first fenced block that opens with <paramref name="fence"/>.</summary>
    private static string Block(string markdown, string fence)
    {
        var start = markdown.IndexOf(fence + "\n", StringComparison.Ordinal) + fence.Length + 1;
        var end = markdown.IndexOf("```\n", start, StringComparison.Ordinal);
        return markdown[start..end];
    }

    /// <summary>A README line without its trailing comment and indentation, as it appears in the test.</summary>
    private static string Statement(string line)
    {
        var comment = line.IndexOf("  //", StringComparison.Ordinal);
        return (comment >= 0 ? line[..comment] : line).Trim();
    }
}
