using System.Text.Json.Nodes;
using Kurator.Sdk.Schema.Documents;
using Kurator.Sdk.Serialization;
using Xunit;

namespace Kurator.Sdk.Tests.Documents;

/// <summary>
/// The YAML 1.2.2 core schema's tag resolution table, row by row, against the one routine every YAML front end calls;
/// the JSON column is what those front ends produce (null when the value stays a string).
/// </summary>
public class CoreSchemaScalarTests
{
    [Theory]
    // null: null | Null | NULL | ~ | empty
    [InlineData("null", ScalarKind.Null, "null")]
    [InlineData("Null", ScalarKind.Null, "null")]
    [InlineData("NULL", ScalarKind.Null, "null")]
    [InlineData("~", ScalarKind.Null, "null")]
    [InlineData("", ScalarKind.Null, "null")]
    // bool: true | True | TRUE | false | False | FALSE
    [InlineData("true", ScalarKind.Bool, "true")]
    [InlineData("True", ScalarKind.Bool, "true")]
    [InlineData("TRUE", ScalarKind.Bool, "true")]
    [InlineData("false", ScalarKind.Bool, "false")]
    [InlineData("False", ScalarKind.Bool, "false")]
    [InlineData("FALSE", ScalarKind.Bool, "false")]
    // int, base 10: [-+]? [0-9]+ (a leading zero is still decimal)
    [InlineData("0", ScalarKind.Integer, "0")]
    [InlineData("-19", ScalarKind.Integer, "-19")]
    [InlineData("+12", ScalarKind.Integer, "12")]
    [InlineData("012", ScalarKind.Integer, "12")]
    [InlineData("99999999999999999999", ScalarKind.Integer, "99999999999999999999")]
    // int, base 8: 0o [0-7]+ (no sign)
    [InlineData("0o17", ScalarKind.Integer, "15")]
    [InlineData("0o8", ScalarKind.String, null)]
    [InlineData("-0o17", ScalarKind.String, null)]
    // int, base 16: 0x [0-9a-fA-F]+ (no sign)
    [InlineData("0x1F", ScalarKind.Integer, "31")]
    [InlineData("0xff", ScalarKind.Integer, "255")]
    [InlineData("-0x1F", ScalarKind.String, null)]
    [InlineData("0X1F", ScalarKind.String, null)]
    [InlineData("0x", ScalarKind.String, null)]
    // float: [-+]? ( . [0-9]+ | [0-9]+ ( . [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?
    [InlineData("1.5", ScalarKind.Float, "1.5")]
    [InlineData("-.5", ScalarKind.Float, "-0.5")]
    [InlineData("1.", ScalarKind.Float, "1")]
    [InlineData("1e3", ScalarKind.Float, "1e3")]
    [InlineData("+12e03", ScalarKind.Float, "12e03")]
    [InlineData("6.8523015e+5", ScalarKind.Float, "6.8523015e+5")]
    [InlineData("1e400", ScalarKind.Float, null)]
    [InlineData("-1e400", ScalarKind.Float, null)]
    [InlineData("1e", ScalarKind.String, null)]
    [InlineData(".", ScalarKind.String, null)]
    [InlineData("1.2.3", ScalarKind.String, null)]
    // float: [-+]? ( .inf | .Inf | .INF ) and .nan | .NaN | .NAN, which JSON cannot write: they stay text
    [InlineData(".inf", ScalarKind.Float, null)]
    [InlineData("-.Inf", ScalarKind.Float, null)]
    [InlineData("+.INF", ScalarKind.Float, null)]
    [InlineData(".INF", ScalarKind.Float, null)]
    [InlineData(".nan", ScalarKind.Float, null)]
    [InlineData(".NaN", ScalarKind.Float, null)]
    [InlineData(".NAN", ScalarKind.Float, null)]
    [InlineData("-.nan", ScalarKind.String, null)]
    [InlineData("inf", ScalarKind.String, null)]
    // YAML 1.1 spellings (go-yaml v2, which kubectl uses) are strings in the core schema
    [InlineData("yes", ScalarKind.String, null)]
    [InlineData("No", ScalarKind.String, null)]
    [InlineData("on", ScalarKind.String, null)]
    [InlineData("y", ScalarKind.String, null)]
    [InlineData("tRUE", ScalarKind.String, null)]
    [InlineData("1_000", ScalarKind.String, null)]
    [InlineData("0b101", ScalarKind.String, null)]
    [InlineData("1:20", ScalarKind.String, null)]
    public void Plain_scalars_resolve_by_the_core_schema_table(string text, ScalarKind kind, string? json)
    {
        Assert.Equal(kind, CoreSchemaScalar.Resolve(text));
        Assert.Equal(kind, DocScalar.ResolvePlain(text));
        Assert.Equal(json, CoreSchemaScalar.ToJson(kind, text));
        if (json is not null)
        {
            JsonNode.Parse(json); // valid JSON
        }
    }

    [Fact]
    public void Quoted_scalars_stay_strings_whatever_they_spell()
    {
        var doc = YamlDocReader.ParseAll("a: \"0x1F\"\nb: '.inf'\nc: \"true\"\n", "q.yaml")[0];

        Assert.Equal("""{"a":"0x1F","b":".inf","c":"true"}""", DocJson.ToNode(doc)!.ToJsonString());
    }

    [Fact]
    public void The_runtime_json_front_end_follows_the_table()
    {
        var doc = YamlDocReader.ParseAll("a: 0x1F\nb: 0o17\nc: -0x1F\nd: .INF\ne: yes\nf: 1.\ng: ~\n", "t.yaml")[0];

        Assert.Equal("""{"a":31,"b":15,"c":"-0x1F","d":".INF","e":"yes","f":1,"g":null}""", DocJson.ToNode(doc)!.ToJsonString());
    }
}
