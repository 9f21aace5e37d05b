using System.Linq;
using System.Text;
using Kurator.Sdk.Emulator.Errors;
using Kurator.Sdk.Emulator.Json;
using Xunit;

namespace Kurator.Sdk.Emulator.Tests;

/// <summary>The emulator's YAML request bodies go through the shared document limits: a 400, never a crash or a blow-up.</summary>
public sealed class BodyReaderLimitsTests
{
    [Fact]
    public void Deep_nesting_is_a_bad_request()
    {
        // Too deep for JSON (64 levels) and then for the YAML fallback (512): it used to overflow the stack there.
        var body = "{\"a\": " + new string('[', 20_000) + new string(']', 20_000) + "}";
        var ex = Assert.Throws<ApiError>(() => BodyReader.Parse(body, allowYaml: true));
        Assert.Equal(400, ex.Code);
        Assert.Contains("nesting deeper than 512 levels", ex.Message);
    }

    [Fact]
    public void An_alias_bomb_is_a_bad_request()
    {
        var sb = new StringBuilder("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: bomb}\ndata:\n  a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i < 6; i++)
        {
            sb.Append($"  a{i}: &a{i} [").Append(string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9))).Append("]\n");
        }

        var ex = Assert.Throws<ApiError>(() => BodyReader.Parse(sb.ToString(), allowYaml: true));
        Assert.Equal(400, ex.Code);
        Assert.Contains("excessive aliasing", ex.Message);
    }

    [Fact]
    public void Yaml_bodies_keep_core_schema_types_and_reject_duplicate_fields()
    {
        var obj = BodyReader.ParseObject("a: 1\nb: 1.5\nc: \"1\"\nd: true\ne: ~\nf: [x]\n", allowYaml: true);
        Assert.Equal("{\"a\":1,\"b\":1.5,\"c\":\"1\",\"d\":true,\"e\":null,\"f\":[\"x\"]}", obj.ToJsonString());
        var ex = Assert.Throws<ApiError>(() => BodyReader.Parse("a: 1\na: 2\n", allowYaml: true));
        Assert.Equal("error strict decoding YAML: line 2: duplicate field \"a\"", ex.Message);
    }
}
