using Kurator.Sdk.Analyzers.Model;
using Microsoft.CodeAnalysis;

namespace Kurator.Sdk.Analyzers.Tests.Kyverno;

/// <summary>Constant JSON text (<c>JsonNode.Parse("...")</c>) read into tracked values; anything not strict JSON is unknown.</summary>
public class JsonTextTests
{
    [Fact]
    public void Objects_arrays_and_scalars_become_maps_lists_and_typed_scalars()
    {
        var value = JsonText.Read("""{ "spec": { "containers": [ { "image": "!*:latest", "n": 2, "q": 1.50, "b": true, "z": null } ] } }""", Location.None);
        var container = value.Map!.Entries["spec"].Value.Map!.Entries["containers"].Value.List!.Items[0].Value.Map!;
        Assert.Equal("!*:latest", container.Entries["image"].Value.Constant);
        Assert.Equal(2L, container.Entries["n"].Value.Constant);
        Assert.Equal("1.50", container.Entries["q"].Value.Text);
        Assert.Equal(true, container.Entries["b"].Value.Constant);
        Assert.True(container.Entries["z"].Value.IsNull);
        Assert.False(container.IsOpen);
    }

    [Fact]
    public void Escapes_are_decoded()
    {
        var value = JsonText.Read("""{ "a\"b": "x\u0041\n\\" }""", Location.None);
        Assert.Equal("xA\n\\", value.Map!.Entries["a\"b"].Value.Text);
    }

    [Theory]
    [InlineData("{ \"a\": 1, }")]
    [InlineData("{ 'a': 1 }")]
    [InlineData("[1, 2")]
    [InlineData("{ \"a\": 01 }")]
    [InlineData("{ \"a\": tru }")]
    [InlineData("{ \"a\": 1 } trailing")]
    [InlineData("")]
    [InlineData("{ \"a\": \"\u0001\" }")]
    [InlineData("{ \"a\": \"\\x\" }")]
    [InlineData("{ \"a\": \"\\u12\" }")]
    [InlineData("{ \"a\": ١ }")]
    public void Text_that_is_not_strict_json_is_unknown(string text)
    {
        Assert.Equal(KubeValueKind.Unknown, JsonText.Read(text, Location.None).Kind);
    }

    [Fact]
    public void Nesting_beyond_the_limit_is_unknown_not_a_stack_overflow()
    {
        var deep = new string('[', 100_000) + new string(']', 100_000);
        Assert.Equal(KubeValueKind.Unknown, JsonText.Read(deep, Location.None).Kind);
        var fine = new string('[', JsonText.MaxDepth) + new string(']', JsonText.MaxDepth);
        Assert.Equal(KubeValueKind.List, JsonText.Read(fine, Location.None).Kind);
    }

    [Fact]
    public void Text_longer_than_the_limit_is_unknown()
    {
        var text = "\"" + new string('a', JsonText.MaxLength) + "\"";
        Assert.Equal(KubeValueKind.Unknown, JsonText.Read(text, Location.None).Kind);
    }
}
