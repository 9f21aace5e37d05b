using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Schema.Documents;
using Kurator.Sdk.Serialization;
using Kurator.Sdk.Tests.Support;
using Xunit;

namespace Kurator.Sdk.Tests.Serialization;

/// <summary>The fast YAML reader agrees with YamlDotNet on everything it accepts, and gives up on what it does not handle.</summary>
public class FastYamlReaderTests
{
    public static IEnumerable<object[]> Snippets() => new[]
    {
        "a: 1\nb: two\nc: \"3\"\nd: '4'\ne: true\nf: null\ng: ~\nh:\n",
        "list:\n- a\n- b\n-\n- - nested\n  - more\n- {x: 1, y: [a, \"b\", 'c']}\n",
        "spec:\n  containers:\n    - name: web\n      args: [\"--port\", \"80\"]\n      env:\n      - name: A\n        value: \"x # not a comment\"\n",
        "key: value # trailing comment\n# full comment\nother: 'it''s'\n",
        "script: |\n  #!/bin/sh\n  echo hi\n\n  echo bye\nnext: 1\n",
        "keep: |+\n  text\n\nstrip: |-\n  text\nend: 2\n",
        "empty: {}\nnone: []\nnested: {a: {b: [1, 2, {c: d}]}}\n",
        "\"quoted key\": 1\n'single': 2\nurl: http://example.com:8080/path\ntime: 2024-01-01T00:00:00Z\n",
        "---\na: 1\n---\n---\nb: 2\n...\n",
        "unicode: ünïcödé\nescapes: \"tab\\there\\nnewline \\u00e9\"\n",
        "negative: -1\nfloat: 1.5e3\nhex: 0x1F\noctal: 0o17\nversion: v1.32\nstar: '*'\n",
    }.Select(s => new object[] { s });

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Accepts_common_yaml_and_agrees_with_yamldotnet(string yaml)
    {
        Assert.True(FastYamlReader.TryParseAll(yaml, "t.yaml", out var fast), "the fast reader should handle this");
        AssertSame(YamlDocReader.ParseAllWithYamlDotNet(yaml, "t.yaml"), fast);
    }

    // The expected outcome of the full parser: 0 when it reads the text, else the line of the error it reports.
    [Theory]
    [InlineData("a: &anchor 1\nb: *anchor\n", 0)]
    [InlineData("a: !!str 1\n", 0)]
    [InlineData("folded: >\n  one\n  two\n", 0)]
    [InlineData("plain: one\n  continued\n", 0)]
    [InlineData("flow: [a,\n  b]\n", 0)]
    [InlineData("%YAML 1.2\n---\na: 1\n", 0)]
    [InlineData("? complex\n: key\n", 0)]
    [InlineData("a:\n\tb: 1\n", 2)]
    [InlineData("base: &b {x: 1}\nderived:\n  <<: *b\n  y: 2\n", 0)]
    public void Gives_up_on_yaml_it_does_not_handle_and_the_full_parser_reads_it(string yaml, int errorLine)
    {
        Assert.False(FastYamlReader.TryParseAll(yaml, "t.yaml", out var fast));
        Assert.Empty(fast);
        if (errorLine == 0)
        {
            Assert.NotEmpty(YamlDocReader.ParseAll(yaml, "t.yaml"));
        }
        else
        {
            // The tab case is invalid YAML: the full parser reports it at the tab's own line.
            var problem = Assert.Throws<DocParseException>(() => YamlDocReader.ParseAll(yaml, "t.yaml"));
            Assert.Equal(("t.yaml", errorLine), (problem.File, problem.Line));
        }
    }

    [Fact]
    public void Every_fixture_manifest_takes_the_fast_path_and_agrees()
    {
        // The fuzz regressions are malformed on purpose.
        var regressions = RepoPaths.Fixture("fuzz", "regressions") + Path.DirectorySeparatorChar;
        var files = Directory.GetFiles(RepoPaths.Fixture(), "*.yaml", SearchOption.AllDirectories).Where(f => !f.StartsWith(regressions, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            Assert.True(FastYamlReader.TryParseAll(text, file, out var fast), file);
            AssertSame(YamlDocReader.ParseAllWithYamlDotNet(text, file), fast);
        }
    }

    [Fact]
    public void Duplicate_keys_are_errors_on_both_paths()
    {
        var fast = Assert.Throws<DocParseException>(() => FastYamlReader.TryParseAll("a: 1\nb: 2\na: 3\n", "d.yaml", out _));
        var full = Assert.Throws<DocParseException>(() => YamlDocReader.ParseAllWithYamlDotNet("a: 1\nb: 2\na: 3\n", "d.yaml"));
        Assert.Equal((full.Line, full.Reason), (fast.Line, fast.Reason));
    }

    private static void AssertSame(List<DocNode> expected, List<DocNode> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.True(JsonNode.DeepEquals(DocJson.ToNode(expected[i]), DocJson.ToNode(actual[i])), $"document {i}: {DocJson.ToNode(expected[i])?.ToJsonString()} vs {DocJson.ToNode(actual[i])?.ToJsonString()}");
            Assert.Equal(Positions(expected[i]), Positions(actual[i]));
        }
    }

    // Lines and columns of every key and non-null scalar: what error messages and the line locator use.
    private static List<string> Positions(DocNode node)
    {
        var list = new List<string>();
        void Walk(DocNode n, string path)
        {
            switch (n)
            {
                case DocMapping m:
                    foreach (var e in m.Entries)
                    {
                        list.Add($"{path}.{e.Key.Value}@{e.Key.Line}:{e.Key.Column}");
                        Walk(e.Value, path + "." + e.Key.Value);
                    }

                    break;
                case DocSequence s:
                    for (var i = 0; i < s.Items.Count; i++)
                    {
                        Walk(s.Items[i], $"{path}[{i}]");
                    }

                    break;
                case DocScalar sc when sc.Kind != ScalarKind.Null:
                    list.Add($"{path}={sc.Line}:{sc.Column}");
                    break;
            }
        }

        Walk(node, string.Empty);
        return list;
    }
}
