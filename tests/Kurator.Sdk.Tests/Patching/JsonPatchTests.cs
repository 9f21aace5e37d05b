using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Json;
using Xunit;

namespace Kurator.Sdk.Tests.Patching;

/// <summary>
/// The SDK's one RFC 6902 implementation (used by fleet overrides and the emulator's PATCH): the RFC's Appendix A
/// cases, written as our own tests, plus field order after replace and RFC 6901's array-index grammar.
/// </summary>
public class JsonPatchTests
{
    private static JsonNode Doc(string json) => JsonNode.Parse(json)!;

    private static JsonNode? Apply(string document, string patch) => JsonPatch.Apply(Doc(document), JsonPatch.Parse(Doc(patch)));

    [Theory]
    // A.1 adding an object member
    [InlineData("""{"foo":"bar"}""", """[{"op":"add","path":"/baz","value":"qux"}]""", """{"baz":"qux","foo":"bar"}""")]
    // A.2 adding an array element
    [InlineData("""{"foo":["bar","baz"]}""", """[{"op":"add","path":"/foo/1","value":"qux"}]""", """{"foo":["bar","qux","baz"]}""")]
    // A.3 removing an object member
    [InlineData("""{"baz":"qux","foo":"bar"}""", """[{"op":"remove","path":"/baz"}]""", """{"foo":"bar"}""")]
    // A.4 removing an array element
    [InlineData("""{"foo":["bar","qux","baz"]}""", """[{"op":"remove","path":"/foo/1"}]""", """{"foo":["bar","baz"]}""")]
    // A.5 replacing a value
    [InlineData("""{"baz":"qux","foo":"bar"}""", """[{"op":"replace","path":"/baz","value":"boo"}]""", """{"baz":"boo","foo":"bar"}""")]
    // A.6 moving a value
    [InlineData("""{"foo":{"bar":"baz","waldo":"fred"},"qux":{"corge":"grault"}}""", """[{"op":"move","from":"/foo/waldo","path":"/qux/thud"}]""", """{"foo":{"bar":"baz"},"qux":{"corge":"grault","thud":"fred"}}""")]
    // A.7 moving an array element
    [InlineData("""{"foo":["all","grass","cows","eat"]}""", """[{"op":"move","from":"/foo/1","path":"/foo/3"}]""", """{"foo":["all","cows","eat","grass"]}""")]
    // A.8 testing a value: success
    [InlineData("""{"baz":"qux","foo":["a",2,"c"]}""", """[{"op":"test","path":"/baz","value":"qux"},{"op":"test","path":"/foo/1","value":2}]""", """{"baz":"qux","foo":["a",2,"c"]}""")]
    // A.10 adding a nested member object
    [InlineData("""{"foo":"bar"}""", """[{"op":"add","path":"/child","value":{"grandchild":{}}}]""", """{"foo":"bar","child":{"grandchild":{}}}""")]
    // A.11 ignoring unrecognized elements
    [InlineData("""{"foo":"bar"}""", """[{"op":"add","path":"/baz","value":"qux","xyz":123}]""", """{"foo":"bar","baz":"qux"}""")]
    // A.14 ~ escape ordering
    [InlineData("""{"/":9,"~1":10}""", """[{"op":"test","path":"/~01","value":10}]""", """{"/":9,"~1":10}""")]
    // A.16 adding an array value
    [InlineData("""{"foo":["bar"]}""", """[{"op":"add","path":"/foo/-","value":["abc","def"]}]""", """{"foo":["bar",["abc","def"]]}""")]
    // copy (section 4.5), then the whole document replaced through the empty pointer
    [InlineData("""{"foo":"bar"}""", """[{"op":"copy","from":"/foo","path":"/baz"},{"op":"test","path":"/baz","value":"bar"}]""", """{"foo":"bar","baz":"bar"}""")]
    [InlineData("""{"foo":"bar"}""", """[{"op":"replace","path":"","value":[1]},{"op":"add","path":"/-","value":2}]""", """[1,2]""")]
    public void Rfc6902_appendix_a_examples_apply(string document, string patch, string expected)
    {
        var before = Doc(document);
        var after = JsonPatch.Apply(before, JsonPatch.Parse(Doc(patch)));
        Assert.True(JsonNode.DeepEquals(Doc(expected), after), after?.ToJsonString());
        Assert.True(JsonNode.DeepEquals(Doc(document), before), "the input must not change");
    }

    [Theory]
    // A.9 testing a value: error
    [InlineData("""{"baz":"qux"}""", """[{"op":"test","path":"/baz","value":"bar"}]""", "operation 0 (test /baz): test failed: the value differs")]
    // A.12 adding to a nonexistent target
    [InlineData("""{"foo":"bar"}""", """[{"op":"add","path":"/baz/bat","value":"qux"}]""", "operation 0 (add /baz/bat): '/baz' does not exist")]
    // A.15 comparing strings and numbers
    [InlineData("""{"/":9,"~1":10}""", """[{"op":"test","path":"/~01","value":"10"}]""", "operation 0 (test /~01): test failed: the value differs")]
    [InlineData("""{"foo":"bar"}""", """[{"op":"remove","path":"/baz"}]""", "operation 0 (remove /baz): '/baz' does not exist")]
    [InlineData("""{"foo":"bar"}""", """[{"op":"replace","path":"/baz","value":1}]""", "operation 0 (replace /baz): '/baz' does not exist")]
    [InlineData("""{"foo":["bar"]}""", """[{"op":"replace","path":"/foo/3","value":1}]""", "operation 0 (replace /foo/3): array index '3' is out of range (the array has 1 items)")]
    [InlineData("""{"a":{"b":1}}""", """[{"op":"move","from":"/a","path":"/a/c"}]""", "operation 0 (move /a/c): cannot move a value into itself")]
    [InlineData("""{"a":1}""", """[{"op":"add","path":"/b","value":1},{"op":"remove","path":""}]""", "operation 1 (remove ): cannot remove the whole document")]
    public void Failures_name_the_operation_and_path(string document, string patch, string message)
    {
        var e = Assert.Throws<JsonPatchException>(() => Apply(document, patch));
        Assert.Equal(message, e.Message);
    }

    [Theory]
    [InlineData("01")]
    [InlineData("00")]
    [InlineData("+1")]
    [InlineData(" 1")]
    [InlineData("1e0")]
    [InlineData("")]
    public void Array_indexes_with_leading_zeros_or_other_spellings_are_refused(string token)
    {
        foreach (var op in new[] { "add", "replace", "remove", "test" })
        {
            var patch = $$"""[{"op":"{{op}}","path":"/foo/{{token}}","value":0}]""";
            var e = Assert.Throws<JsonPatchException>(() => Apply("""{"foo":[1,2]}""", patch));
            Assert.Contains($"'{token}' is not an array index", e.Message);
        }
    }

    [Fact]
    public void Replace_keeps_the_member_in_place_so_output_keeps_its_field_order()
    {
        Assert.Equal("""{"a":1,"b":5,"c":3}""", Apply("""{"a":1,"b":2,"c":3}""", """[{"op":"replace","path":"/b","value":5}]""")!.ToJsonString());
        Assert.Equal("""{"a":1,"b":5,"c":3}""", Apply("""{"a":1,"b":2,"c":3}""", """[{"op":"add","path":"/b","value":5}]""")!.ToJsonString());
        Assert.Equal("[1,5,3]", Apply("[1,2,3]", """[{"op":"replace","path":"/1","value":5}]""")!.ToJsonString());
    }

    [Theory]
    [InlineData("""{"op":"add","path":"/a"}""", "operation 0: JSON patch operation 'add /a' needs \"value\"")]
    [InlineData("""{"op":"move","path":"/a"}""", "operation 0: JSON patch operation 'move /a' needs \"from\"")]
    [InlineData("""{"op":"frob","path":"/a"}""", "operation 0: unknown JSON patch operation 'frob'")]
    [InlineData("""{"op":1,"path":"/a"}""", "operation 0: JSON patch operation: \"op\" must be a string")]
    [InlineData("""{"op":"remove","path":["a"]}""", "operation 0: JSON patch operation 'remove': \"path\" must be a string")]
    [InlineData("""{"path":"/a"}""", "operation 0: a JSON patch operation needs \"op\"")]
    [InlineData("\"remove\"", "operation 0: expected an object")]
    public void Malformed_operations_are_refused_when_read(string operation, string message)
    {
        var e = Assert.Throws<JsonPatchException>(() => JsonPatch.Parse(Doc($"[{operation}]")));
        Assert.Equal(message, e.Message);
    }

    [Theory]
    [InlineData("/a~2b")]
    [InlineData("/a~")]
    [InlineData("a/b")]
    public void Malformed_pointers_are_refused(string pointer)
    {
        var e = Assert.Throws<JsonPatchException>(() => JsonPointer.Parse(pointer));
        Assert.Contains($"'{pointer}' is not a JSON pointer", e.Message);
    }

    [Fact]
    public void Pointer_tokens_round_trip_through_their_escapes()
    {
        var tokens = JsonPointer.Parse("/a~1b/m~0n/~01/");
        Assert.Equal(["a/b", "m~n", "~1", ""], tokens.ToArray());
        Assert.Equal("/a~1b/m~0n/~01/", JsonPointer.Format(tokens));
    }
}
