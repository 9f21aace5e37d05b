using System.Text.Json.Nodes;
using Kurator.Sdk.Emulator.Errors;
using Kurator.Sdk.Emulator.Patch;
using Xunit;

namespace Kurator.Sdk.Emulator.Tests;

/// <summary>
/// application/json-patch+json requests go through the SDK's one RFC 6902 implementation. The emulator's own copy
/// replaced by remove-then-add (moving the member to the end) and accepted array indexes with leading zeros.
/// </summary>
public sealed class JsonPatchRequestTests
{
    private static JsonNode Doc(string json) => JsonNode.Parse(json)!;

    [Fact]
    public void Replace_keeps_the_field_order()
    {
        var patched = JsonPatchRequest.Apply(Doc("""{"data":{"a":"1","b":"2","c":"3"}}"""), Doc("""[{"op":"replace","path":"/data/b","value":"5"}]"""));

        Assert.Equal("""{"data":{"a":"1","b":"5","c":"3"}}""", patched.ToJsonString());
    }

    [Fact]
    public void A_leading_zero_array_index_is_a_422()
    {
        var ex = Assert.Throws<ApiError>(() => JsonPatchRequest.Apply(Doc("""{"spec":{"ports":[1,2]}}"""), Doc("""[{"op":"remove","path":"/spec/ports/01"}]""")));

        Assert.Equal(422, ex.Code);
        Assert.Contains("'01' is not an array index", ex.Message);
    }

    [Theory]
    [InlineData("""{"op":"add","path":"/a"}""")]
    [InlineData("""{"op":7,"path":"/a"}""")]
    [InlineData("\"add\"")]
    public void A_malformed_patch_is_a_400(string operation)
    {
        var ex = Assert.Throws<ApiError>(() => JsonPatchRequest.Apply(Doc("{}"), Doc($"[{operation}]")));

        Assert.Equal(400, ex.Code);
        Assert.StartsWith("error decoding patch: operation 0", ex.Message);
    }
}
