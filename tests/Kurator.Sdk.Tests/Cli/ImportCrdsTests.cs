using System;
using System.IO;
using System.Linq;
using Kurator.Sdk.Schema.Import;
using Kurator.Sdk.Tests.Support;
using Xunit;

namespace Kurator.Sdk.Tests.Cli;

/// <summary>import-crds keeps facts, drops prose, records provenance, and is byte-for-byte deterministic.</summary>
public class ImportCrdsTests
{
    [Fact]
    public void Import_is_deterministic_and_keeps_facts_only()
    {
        var a = Path.Combine(Path.GetTempPath(), "ksdk-import-" + Guid.NewGuid().ToString("N"));
        var b = a + "-again";
        try
        {
            SchemaImporter.Import(new[] { RepoPaths.Fixture("crds", "upstream") }, a);
            SchemaImporter.Import(new[] { RepoPaths.Fixture("crds", "upstream") }, b);
            var files = Directory.GetFiles(a, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(a, f)).OrderBy(f => f).ToArray();
            Assert.Equal(new[] { Path.Combine("demo", "widgets.demo.example.com.json"), "index.json" }, files);
            foreach (var f in files)
            {
                Assert.Equal(File.ReadAllBytes(Path.Combine(a, f)), File.ReadAllBytes(Path.Combine(b, f)));
            }

            var text = File.ReadAllText(Path.Combine(a, "demo", "widgets.demo.example.com.json"));
            Assert.DoesNotContain("What the widget should be", text);
            Assert.Contains("\"description\": {", text);
            Assert.Contains("\"maximum\": 10", text);
            Assert.Contains("\"Light Blue\"", text);
            Assert.Contains("\"projectVersion\": \"Widgets v1.2.3\"", text);
            Assert.Contains("\"revision\": \"v1.2.3 @ abc123 (2026-01-01)\"", text);
        }
        finally
        {
            foreach (var d in new[] { a, b })
            {
                if (Directory.Exists(d))
                {
                    Directory.Delete(d, true);
                }
            }
        }
    }

    [Fact]
    public void The_shipped_schemas_are_what_the_importer_writes()
    {
        // Re-import the committed kubernetes definitions' sources is not possible without the upstream files, so check
        // the invariants the importer guarantees instead: no prose, and every file records its upstream version.
        foreach (var file in Directory.GetFiles(RepoPaths.Schemas, "*.json", SearchOption.AllDirectories).Where(f => !f.EndsWith("index.json")))
        {
            var text = File.ReadAllText(file);
            Assert.Contains("\"projectVersion\"", text);
            Assert.DoesNotMatch("\"description\": \"", text);
        }
    }
}
