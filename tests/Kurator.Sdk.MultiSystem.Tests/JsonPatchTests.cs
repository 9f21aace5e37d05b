using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Fleet.Overrides;
using Xunit;

namespace Kurator.Sdk.MultiSystem.Tests;

/// <summary>RFC 6902 application and the add/remove/replace diff every target relies on.</summary>
public class JsonPatchTests
{
    private static JsonNode Doc(string json) => JsonNode.Parse(json)!;

    [Theory]
    // RFC 6902 appendix A examples.
    [InlineData("""{"foo":"bar"}""", """[{"op":"add","path":"/baz","value":"qux"}]""", """{"foo":"bar","baz":"qux"}""")]
    [InlineData("""{"foo":["bar","baz"]}""", """[{"op":"add","path":"/foo/1","value":"qux"}]""", """{"foo":["bar","qux","baz"]}""")]
    [InlineData("""{"baz":"qux","foo":"bar"}""", """[{"op":"remove","path":"/baz"}]""", """{"foo":"bar"}""")]
    [InlineData("""{"foo":["bar","qux","baz"]}""", """[{"op":"remove","path":"/foo/1"}]""", """{"foo":["bar","baz"]}""")]
    [InlineData("""{"baz":"qux","foo":"bar"}""", """[{"op":"replace","path":"/baz","value":"boo"}]""", """{"baz":"boo","foo":"bar"}""")]
    [InlineData("""{"foo":{"bar":"baz","waldo":"fred"},"qux":{"corge":"grault"}}""", """[{"op":"move","from":"/foo/waldo","path":"/qux/thud"}]""", """{"foo":{"bar":"baz"},"qux":{"corge":"grault","thud":"fred"}}""")]
    [InlineData("""{"foo":["all","grass","cows","eat"]}""", """[{"op":"move","from":"/foo/1","path":"/foo/3"}]""", """{"foo":["all","cows","eat","grass"]}""")]
    [InlineData("""{"foo":["bar"]}""", """[{"op":"add","path":"/foo/-","value":["abc","def"]}]""", """{"foo":["bar",["abc","def"]]}""")]
    [InlineData("""{"a/b":1,"m~n":2}""", """[{"op":"replace","path":"/a~1b","value":3},{"op":"remove","path":"/m~0n"}]""", """{"a/b":3}""")]
    [InlineData("""{"foo":"bar"}""", """[{"op":"copy","from":"/foo","path":"/baz"},{"op":"test","path":"/baz","value":"bar"}]""", """{"foo":"bar","baz":"bar"}""")]
    public void Applies_the_rfc_examples(string document, string patch, string expected)
    {
        var ops = Doc(patch).AsArray().Select(o => JsonPatchOperation.FromJson(o!.AsObject())).ToList();
        var before = Doc(document);
        var after = JsonPatch.Apply(before, ops);
        Assert.True(JsonNode.DeepEquals(Doc(expected), after), after!.ToJsonString());
        Assert.True(JsonNode.DeepEquals(Doc(document), before), "the input must not change");
    }

    [Theory]
    [InlineData("""{"foo":"bar"}""", """[{"op":"remove","path":"/baz"}]""", "operation 0 (remove /baz): '/baz' does not exist")]
    [InlineData("""{"foo":["bar"]}""", """[{"op":"replace","path":"/foo/3","value":1}]""", "operation 0 (replace /foo/3): array index '3' is out of range (the array has 1 items)")]
    [InlineData("""{"foo":"bar"}""", """[{"op":"add","path":"/a/b","value":1}]""", "operation 0 (add /a/b): '/a' does not exist")]
    [InlineData("""{"foo":"bar"}""", """[{"op":"test","path":"/foo","value":"baz"}]""", "operation 0 (test /foo): test failed: the value differs")]
    [InlineData("""{"foo":[1]}""", """[{"op":"add","path":"/foo/01","value":1}]""", "operation 0 (add /foo/01): array index '01' is out of range (the array has 1 items)")]
    public void Failures_name_the_operation_and_path(string document, string patch, string message)
    {
        var ops = Doc(patch).AsArray().Select(o => JsonPatchOperation.FromJson(o!.AsObject())).ToList();
        var e = Assert.Throws<JsonPatchException>(() => JsonPatch.Apply(Doc(document), ops));
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void Reading_an_operation_without_its_value_names_it()
    {
        var e = Assert.Throws<JsonPatchException>(() => JsonPatchOperation.FromJson(new JsonObject { ["op"] = "replace", ["path"] = "/spec/replicas" }));
        Assert.Equal("JSON patch operation 'replace /spec/replicas' needs \"value\"", e.Message);
    }

    [Theory]
    [InlineData("""{"a":1,"b":{"c":[1,2]}}""", """{"a":2,"b":{"c":[1,2,3]},"d":true}""")]
    [InlineData("""{"a":[{"n":"x","v":1},{"n":"y"}]}""", """{"a":[{"n":"x","v":2},{"n":"y","w":0}]}""")]
    [InlineData("""{"a":[1,2,3]}""", """{"a":[3]}""")]
    [InlineData("""{"a":{"x/y":1,"k":null}}""", """{"a":{"x/y":2}}""")]
    public void A_diff_applied_gives_the_target_and_uses_only_add_remove_replace(string from, string to)
    {
        var ops = JsonDiff.Diff(Doc(from), Doc(to));
        Assert.All(ops, o => Assert.Contains(o.Op, new[] { "add", "remove", "replace" }));
        Assert.True(JsonNode.DeepEquals(Doc(to), JsonPatch.Apply(Doc(from), ops)));
    }

    [Fact]
    public void The_diff_is_field_level()
    {
        var ops = JsonDiff.Diff(Doc("""{"spec":{"replicas":3,"template":{"spec":{"containers":[{"name":"web","image":"nginx:1.25"}]}}}}"""),
            Doc("""{"spec":{"replicas":5,"template":{"spec":{"containers":[{"name":"web","image":"nginx:1.26"}]}}}}"""));
        Assert.Equal(["""{"op":"replace","path":"/spec/replicas","value":5}""", """{"op":"replace","path":"/spec/template/spec/containers/0/image","value":"nginx:1.26"}"""], ops.Select(o => o.ToString()));
    }

    [Fact]
    public void Replace_keeps_the_member_in_place_so_output_keeps_its_field_order()
    {
        var after = JsonPatch.Apply(Doc("""{"a":1,"b":2,"c":3}"""), [JsonPatchOperation.Replace("/b", 5)]);
        Assert.Equal("""{"a":1,"b":5,"c":3}""", after!.ToJsonString());
        var list = JsonPatch.Apply(Doc("""[1,2,3]"""), [JsonPatchOperation.Replace("/1", 5)]);
        Assert.Equal("[1,5,3]", list!.ToJsonString());
    }
}
