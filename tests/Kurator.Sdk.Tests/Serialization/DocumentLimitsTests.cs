using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Kurator.Sdk.Kubernetes.Apiextensions.V1;
using Kurator.Sdk.Schema.Documents;
using Kurator.Sdk.Serialization;
using Kurator.Sdk.Tests.Support;
using Xunit;

namespace Kurator.Sdk.Tests.Serialization;

/// <summary>
/// Every reader of user YAML/JSON holds a document to <see cref="DocLimits"/>: an alias bomb or 20,000 levels of nesting
/// fail with the file and line instead of exhausting memory or the stack, and the fast and full YAML paths agree.
/// </summary>
public class DocumentLimitsTests
{
    // In-process tests use 6 levels (9^6 nodes once expanded): past the budget, yet small enough that a regression fails
    // the test instead of exhausting the machine. The CLI tests run the full 9 levels in a heap-capped child process.
    [Fact]
    public void An_alias_bomb_fails_at_the_alias_that_crosses_the_budget()
    {
        var ex = Assert.Throws<DocParseException>(() => YamlDocReader.ParseAll(HostileYaml.AliasBomb(levels: 6), "bomb.yaml"));
        Assert.Equal("bomb.yaml", ex.File);
        Assert.InRange(ex.Line, 7, 14);
        Assert.Contains("aliases expand to more than", ex.Reason);
    }

    [Fact]
    public void The_typed_load_of_an_alias_bomb_is_one_error_with_file_and_line()
    {
        var result = KubeYaml.Load(HostileYaml.AliasBomb(levels: 6), "bomb.yaml", registry: Registry.All);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("bomb.yaml:", error.ToString());
        Assert.Contains("excessive aliasing", error.Message);
        Assert.Empty(result.Objects);
    }

    [Fact]
    public void Ordinary_anchors_and_merge_keys_are_still_read()
    {
        const string yaml = "base: &base {image: nginx, imagePullPolicy: Always}\nlabels: &labels {app: web}\none:\n  <<: *base\n  name: a\ntwo:\n  <<: *base\n  name: b\nselector: *labels\n";
        var doc = (DocMapping)Assert.Single(YamlDocReader.ParseAll(yaml, "t.yaml"));
        Assert.Equal("nginx", ((DocScalar)((DocMapping)doc.Get("two")!).Get("image")!).Value);
        Assert.Same(doc.Get("labels"), doc.Get("selector"));
    }

    [Fact]
    public void The_budget_grows_with_the_document_so_large_files_that_share_blocks_are_read()
    {
        // 2,000 deployments-worth of env blocks each aliasing one 50-entry block: 100,000 aliased nodes in a large document.
        var sb = new System.Text.StringBuilder("shared: &env {");
        sb.Append(string.Join(", ", Enumerable.Range(0, 50).Select(i => $"k{i}: v{i}"))).Append("}\nitems:\n");
        for (var i = 0; i < 2000; i++)
        {
            sb.Append($"- name: item{i}\n  a: {i}\n  b: {i}\n  c: {i}\n  env: *env\n");
        }

        var doc = (DocMapping)Assert.Single(YamlDocReader.ParseAll(sb.ToString(), "t.yaml"));
        Assert.Equal(2000, ((DocSequence)doc.Get("items")!).Items.Count);
    }

    [Fact]
    public void An_alias_inside_its_own_anchor_is_an_error_not_a_cycle()
    {
        var ex = Assert.Throws<DocParseException>(() => YamlDocReader.ParseAll("a: &a\n  b: *a\n", "cycle.yaml"));
        Assert.Equal(2, ex.Line);
        Assert.Contains("unknown alias", ex.Reason);
    }

    public static IEnumerable<object[]> DeepYaml() => new[]
    {
        new object[] { "flow", HostileYaml.DeepFlow(20_000) },
        new object[] { "block", HostileYaml.DeepBlock(2_000) },
        new object[] { "dashes", HostileYaml.DeepDashes(20_000) },
    };

    [Theory]
    [MemberData(nameof(DeepYaml))]
    public void Deep_yaml_fails_with_a_clear_error_instead_of_a_stack_overflow(string shape, string yaml)
    {
        var ex = Assert.Throws<DocParseException>(() => YamlDocReader.ParseAll(yaml, shape + ".yaml"));
        Assert.Equal($"nesting deeper than {DocLimits.MaxDepth} levels is not accepted", ex.Reason);
        Assert.Equal(shape == "block" ? DocLimits.MaxDepth + 1 : 1, ex.Line);
    }

    [Theory]
    [InlineData("flow")]
    [InlineData("block")]
    [InlineData("dashes")]
    public void The_fast_and_full_yaml_paths_share_the_depth_limit(string shape)
    {
        string Make(int depth) => shape switch { "flow" => HostileYaml.DeepFlow(depth), "block" => HostileYaml.DeepBlock(depth) + new string(' ', 2 * depth) + "x: 1\n", _ => HostileYaml.DeepDashes(depth) };

        var within = Make(DocLimits.MaxDepth - (shape == "block" ? 1 : 0));
        Assert.Single(YamlDocReader.ParseAll(within, "ok.yaml"));
        Assert.Single(YamlDocReader.ParseAllWithYamlDotNet(within, "ok.yaml"));

        var beyond = Make(DocLimits.MaxDepth + 1);
        Assert.Throws<DocParseException>(() => YamlDocReader.ParseAll(beyond, "deep.yaml"));
        Assert.Throws<DocParseException>(() => YamlDocReader.ParseAllWithYamlDotNet(beyond, "deep.yaml"));
    }

    [Fact]
    public void Deep_json_fails_with_the_same_limit()
    {
        Assert.Single(new[] { JsonDocReader.Parse(HostileYaml.DeepJson(DocLimits.MaxDepth), "ok.json") });
        var ex = Assert.Throws<DocParseException>(() => JsonDocReader.Parse(HostileYaml.DeepJson(20_000), "deep.json"));
        Assert.Equal(1, ex.Line);
        Assert.Equal(DocLimits.MaxDepth + 1, ex.Column);
        Assert.Contains("nesting deeper than", ex.Reason);
    }

    [Fact]
    public void The_typed_reader_stops_a_deep_tree_built_in_memory_at_the_same_limit()
    {
        // JSONSchemaProps is recursive (properties of properties): only the reader's own depth check ends the descent.
        var root = new DocMapping(1, 1);
        var current = root;
        for (var i = 0; i < 20_000; i++)
        {
            var props = new DocMapping(i + 2, 1);
            var next = new DocMapping(i + 2, 3);
            current.Add("properties", props);
            props.Add("a", next);
            current = next;
        }

        var reader = new KubeReader("schema.yaml");
        JSONSchemaProps.ReadFrom(root, reader);
        var error = Assert.Single(reader.Errors);
        Assert.Contains("nesting deeper than", error.Message);
    }

    [Fact]
    public void Documents_are_read_one_at_a_time_as_the_caller_asks()
    {
        // The stream fails once read past the first document: a reader that held the whole text would fail first.
        var reader = new FailAfter("a: 1\n---\nb: 2\n", "a: 1\n---\n".Length);
        using var docs = YamlDocReader.Read(reader, "s.yaml").GetEnumerator();
        Assert.True(docs.MoveNext());
        Assert.Equal("1", ((DocScalar)((DocMapping)docs.Current.Node!).Get("a")!).Value);
        Assert.Throws<IOException>(() => docs.MoveNext());
    }

    private sealed class FailAfter : TextReader
    {
        private readonly string _text;
        private readonly int _limit;
        private int _pos;

        public FailAfter(string text, int limit)
        {
            _text = text;
            _limit = limit;
        }

        public override int Peek() => _pos < _text.Length ? _text[_pos] : -1;

        public override int Read()
        {
            if (_pos >= _limit)
            {
                throw new IOException("read past the first document");
            }

            return _pos < _text.Length ? _text[_pos++] : -1;
        }
    }
}
