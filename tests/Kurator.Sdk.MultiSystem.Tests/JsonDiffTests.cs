using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Fleet.Overrides;
using Kurator.Sdk.Json;
using Xunit;

namespace Kurator.Sdk.MultiSystem.Tests;

/// <summary>The add/remove/replace diff every target relies on (RFC 6902 itself is tested with the runtime, Kurator.Sdk.Tests).</summary>
public class JsonDiffTests
{
    private static JsonNode Doc(string json) => JsonNode.Parse(json)!;

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
}
