using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using Kurator.Sdk.Schema.Documents;
using Kurator.Sdk.Serialization;
using Xunit;

namespace Kurator.Sdk.Tests.Serialization;

/// <summary>
/// The fast YAML reader and YamlDotNet give one verdict: on every input the fast reader either gives up (and YamlDotNet
/// decides) or gives exactly YamlDotNet's answer, the same trees at the same positions or an error at the same line.
/// </summary>
public class FastYamlDifferentialTests
{
    // Inputs on which the two readers once disagreed (the fast reader read them; YamlDotNet rejects or reads them otherwise).
    public static IEnumerable<object[]> KnownDisagreements() => new[]
    {
        "name: -\n",
        "name: - item\n",
        "a: 1\n- b: 2\n",
        "a\rb: 1\n",
        "a: 1\r\rb: 2\n",
        "name: a\0b\n",
        "name: \u0001\n",
        "name: x\u007fy\n",
        "name: x\u0085y\n",
        "name: x\u2028y\n",
        "name: x\ud800y\n",
        "name: \"\\ud800\"\n",
        "name: \"\\udc00x\"\n",
        "name: \"\\u 12a\"\n",
        "name: \"\\u+12a\"\n",
        "text: |\n  line",
        "text: |-\n  line",
        "text: |+\n  line\n\n",
        "text: |+\n  line\n  ",
        "text: |",
        "text: |\n  a\n     \n  b\n",
        "text: |\n     \n  b\n",
        "text: |#c\n  a\n",
        "key:\tvalue\n",
        "a: b\t# c\n",
        "a: ,x\n",
        "a: ]\n",
        "a: [- x]\n",
        "a: [x, -]\n",
        "a: {b: -}\n",
        "- - - -\n",
    }.Select(s => new object[] { s });

    [Theory]
    [MemberData(nameof(KnownDisagreements))]
    public void Known_disagreements_get_one_verdict(string yaml) => AssertOneVerdict(yaml);

    // Every single-character insertion of YAML's special characters into a small manifest: a wide net for the cases
    // above, cheap enough to run each time (a few thousand inputs).
    [Fact]
    public void Special_characters_inserted_anywhere_get_one_verdict()
    {
        const string manifest = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: \"web\"\n  labels: {app: web, 'tier': x}\ndata:\n  script: |\n    echo hi\n  list:\n  - a\n  - b: 'c'\n";
        var specials = new[] { "-", ":", "#", " ", "\t", "\r", "\n", "\0", "\"", "'", "|", ">", "[", "]", "{", "}", ",", "?", "&", "*", "!", "%", "@", "`", "\\", "\u0085", "\ufeff", "- ", ": ", " #" };
        var failures = new List<string>();
        for (var at = 0; at <= manifest.Length; at++)
        {
            foreach (var special in specials)
            {
                var yaml = manifest.Insert(at, special);
                var problem = Disagreement(yaml);
                if (problem != null)
                {
                    failures.Add(problem);
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} disagreements, first: {failures.FirstOrDefault()}");
    }

    private static void AssertOneVerdict(string yaml)
    {
        var problem = Disagreement(yaml);
        Assert.True(problem == null, problem);

        // The reader every caller uses (fast first, YamlDotNet for the rest) gives YamlDotNet's verdict.
        Assert.Equal(Verdict(() => YamlDocReader.ParseAllWithYamlDotNet(yaml, "t.yaml")), Verdict(() => YamlDocReader.ParseAll(yaml, "t.yaml")));
    }

    // Null when the fast reader gives up or agrees with YamlDotNet; else what differs.
    private static string? Disagreement(string yaml)
    {
        var full = Verdict(() => YamlDocReader.ParseAllWithYamlDotNet(yaml, "t.yaml"));
        var gaveUp = false;
        var fast = Verdict(() =>
        {
            gaveUp = !FastYamlReader.TryParseAll(yaml, "t.yaml", out var docs);
            return docs;
        });
        return gaveUp || fast == full ? null : $"input {Escape(yaml)}: fast reader {fast}, YamlDotNet {full}";
    }

    // The documents as JSON with the positions of every key and non-null scalar, or the line of the error.
    private static string Verdict(Func<List<DocNode>> parse)
    {
        try
        {
            var docs = parse();
            var sb = new StringBuilder("read:");
            foreach (var doc in docs)
            {
                sb.Append(' ').Append(DocJson.ToNode(doc)?.ToJsonString() ?? "null");
                Positions(doc, sb);
            }

            return sb.ToString();
        }
        catch (DocParseException ex)
        {
            return $"error at line {ex.Line}";
        }
    }

    private static void Positions(DocNode node, StringBuilder sb)
    {
        switch (node)
        {
            case DocMapping m:
                foreach (var e in m.Entries)
                {
                    sb.Append($" {e.Key.Line}:{e.Key.Column}");
                    Positions(e.Value, sb);
                }

                break;
            case DocSequence s:
                foreach (var item in s.Items)
                {
                    Positions(item, sb);
                }

                break;
            case DocScalar sc when sc.Kind != ScalarKind.Null:
                sb.Append($" {sc.Line}:{sc.Column}");
                break;
        }
    }

    private static string Escape(string s) => JsonValue.Create(s).ToJsonString();
}
