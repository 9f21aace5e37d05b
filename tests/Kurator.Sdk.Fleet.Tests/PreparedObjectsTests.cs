using System.Text.Json.Nodes;
using Kurator.Sdk.Fleet.Apply;
using Xunit;

namespace Kurator.Sdk.Fleet.Tests;

public sealed class PreparedObjectsTests
{
    private static JsonObject ConfigMap() => JsonNode.Parse("""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"settings"},"data":{"mode":"fast"}}""")!.AsObject();

    [Fact]
    public void Clusters_receiving_one_object_share_its_preparation_and_the_source_is_left_as_it_was()
    {
        var prepared = new PreparedObjects();
        var set = new ApplySetIdentity("shop", "default");
        var source = ConfigMap();
        var before = source.ToJsonString();

        var first = prepared.For(source, set, "default");
        var second = prepared.For(source, set, "default");

        Assert.Same(first, second);
        Assert.Equal(before, source.ToJsonString());
        Assert.Equal(set.Id, (string?)first.Body["metadata"]!["labels"]![ApplySetIdentity.PartOfLabel]);
    }

    [Fact]
    public void Another_namespace_set_or_source_object_is_prepared_on_its_own()
    {
        var prepared = new PreparedObjects();
        var set = new ApplySetIdentity("shop", "default");
        var source = ConfigMap();
        var first = prepared.For(source, set, "default");

        var otherNamespace = prepared.For(source, set, "team-a");
        var otherSet = prepared.For(source, new ApplySetIdentity("shop-2", "default"), "default");
        // Equal content in another object: keyed by the object, never by content (it may change between applies).
        var equalCopy = prepared.For(ConfigMap(), set, "default");

        Assert.Equal("team-a", (string?)otherNamespace.Body["metadata"]!["namespace"]);
        Assert.NotSame(first, otherNamespace);
        Assert.NotEqual(first.Digest, otherSet.Digest);
        Assert.NotSame(first, equalCopy);
        Assert.Equal(first.Digest, equalCopy.Digest);
    }
}
