using Kurator.Sdk.Kubernetes.Core.V1;
using Kurator.Sdk.Serialization;
using Kurator.Sdk.Tests.Support;
using Xunit;

namespace Kurator.Sdk.Tests.Serialization;

/// <summary>Output YAML is stable, kubectl-shaped and reads back as the same values.</summary>
public class YamlWriterTests
{
    [Fact]
    public void Output_has_kind_header_first_no_nulls_and_schema_field_order()
    {
        var cm = new ConfigMap("settings", "apps") { Data = new() { ["b"] = "2", ["a"] = "1" } };
        Assert.Equal("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  namespace: apps\ndata:\n  b: \"2\"\n  a: \"1\"\n", cm.ToYaml());
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("on")]
    [InlineData("123")]
    [InlineData("1.5")]
    [InlineData("true")]
    [InlineData("null")]
    [InlineData("")]
    [InlineData(" padded")]
    [InlineData("a: b")]
    [InlineData("- item")]
    [InlineData("#comment")]
    [InlineData("2024-01-01")]
    [InlineData("tab\there")]
    [InlineData("quote\"and\\slash")]
    [InlineData("multi\nline\n")]
    [InlineData("multi\nline no newline")]
    [InlineData("trailing newlines\n\n\n")]
    [InlineData("unicode ünïcödé")]
    public void Strings_that_would_read_back_differently_are_quoted(string value)
    {
        var cm = new ConfigMap("c") { Data = new() { ["v"] = value } };
        var yaml = cm.ToYaml();
        var back = KubeYaml.Deserialize<ConfigMap>(yaml);
        Assert.Equal(value, back.Data!["v"]);
    }

    [Fact]
    public void Empty_collections_that_were_set_are_written()
    {
        var pod = new Pod("p") { Spec = new() { Containers = [new() { Name = "c", Args = [] }], NodeSelector = new() } };
        var yaml = pod.ToYaml();
        Assert.Contains("args: []", yaml);
        Assert.Contains("nodeSelector: {}", yaml);
        JsonAssert.SameYaml(yaml, KubeYaml.Deserialize<Pod>(yaml).ToYaml());
    }

    [Fact]
    public void Nested_sequences_and_maps_in_sequences_use_compact_dashes()
    {
        var pod = new Pod("p")
        {
            Spec = new()
            {
                Containers = [new() { Name = "a", Command = ["sh", "-c"] }, new() { Name = "b" }],
            },
        };
        Assert.Contains("  containers:\n  - command:\n    - sh\n    - -c\n    name: a\n  - name: b\n", pod.ToYaml());
    }

    [Fact]
    public void Multi_document_output_is_separated()
    {
        var yaml = KubeYaml.Serialize(new KubeModel[] { new Namespace("a"), new Namespace("b") });
        Assert.Equal("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: b\n", yaml);
    }
}
