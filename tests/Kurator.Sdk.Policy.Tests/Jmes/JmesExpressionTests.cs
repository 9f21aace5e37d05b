using Kurator.Sdk.Policy.Kyverno.Jmes;

namespace Kurator.Sdk.Policy.Tests.Jmes;

/// <summary>Each kind of expression of the JMESPath specification, with its examples' semantics.</summary>
public class JmesExpressionTests
{
    private const string Doc = """
        {"a": {"b": {"c": 1}}, "list": [0, 1, 2, 3, 4, 5], "s": "text", "n": null, "t": true, "f": false,
         "people": [{"name": "b", "age": 30}, {"name": "a", "age": 20}, {"name": "c"}, {"age": 40}],
         "nested": [[1, 2], [3, [4]], 5], "ops": {"x": {"v": 1}, "y": {"v": 2}, "z": {"w": 3}},
         "weird key": 7, "empty": [], "eobj": {}, "estr": ""}
        """;

    [Theory]
    [InlineData("a", """{"b":{"c":1}}""")]
    [InlineData("a.b.c", "1")]
    [InlineData("a.missing.c", "null")]
    [InlineData("\"weird key\"", "7")]
    [InlineData("\"a\".\"b\"", """{"c":1}""")]
    [InlineData("s.a", "null")]
    [InlineData("@", null)]
    [InlineData("@.a.b.c", "1")]
    public void Identifiers_and_subexpressions(string expression, string? expected)
    {
        Assert.Equal(expected ?? System.Text.Json.Nodes.JsonNode.Parse(Doc)!.ToJsonString(new System.Text.Json.JsonSerializerOptions
        {
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }), Jmes.Eval(expression, Doc));
    }

    [Theory]
    [InlineData("list[0]", "0")]
    [InlineData("list[5]", "5")]
    [InlineData("list[6]", "null")]
    [InlineData("list[-1]", "5")]
    [InlineData("list[-6]", "0")]
    [InlineData("list[-7]", "null")]
    [InlineData("a[0]", "null")]
    [InlineData("nested[1][1][0]", "4")]
    public void Indexes_count_from_either_end(string expression, string expected)
    {
        Assert.Equal(expected, Jmes.Eval(expression, Doc));
    }

    [Theory]
    [InlineData("list[0:3]", "[0,1,2]")]
    [InlineData("list[:3]", "[0,1,2]")]
    [InlineData("list[3:]", "[3,4,5]")]
    [InlineData("list[::2]", "[0,2,4]")]
    [InlineData("list[1::2]", "[1,3,5]")]
    [InlineData("list[::-1]", "[5,4,3,2,1,0]")]
    [InlineData("list[4:1:-1]", "[4,3,2]")]
    [InlineData("list[-2:]", "[4,5]")]
    [InlineData("list[:-4]", "[0,1]")]
    [InlineData("list[-1:-4:-2]", "[5,3]")]
    [InlineData("list[10:]", "[]")]
    [InlineData("list[:100]", "[0,1,2,3,4,5]")]
    [InlineData("list[100:0:-1]", "[5,4,3,2,1]")]
    [InlineData("list[-100::-1]", "[]")]
    [InlineData("people[:2].name", """["b","a"]""")]
    [InlineData("a[1:]", "null")]
    [InlineData("s[1:3]", "\"ex\"")]
    [InlineData("s[::-1]", "\"txet\"")]
    public void Slices_follow_the_specification_with_negative_steps_and_clamping(string expression, string expected)
    {
        Assert.Equal(expected, Jmes.Eval(expression, Doc));
    }

    [Fact]
    public void A_zero_slice_step_is_a_parse_error()
    {
        Assert.Throws<System.FormatException>(() => Jmes.Eval("list[::0]", Doc));
    }

    [Theory]
    [InlineData("people[*].name", """["b","a","c"]""")]
    [InlineData("people[*].age", "[30,20,40]")]
    [InlineData("people[*]", null)]
    [InlineData("people[*].missing", "[]")]
    [InlineData("a[*].b", "null")]
    [InlineData("ops.*.v", "[1,2]")]
    [InlineData("ops.*", """[{"v":1},{"v":2},{"w":3}]""")]
    [InlineData("*.c", "[]")]
    [InlineData("list.*", "null")]
    [InlineData("people[*].name | [0]", "\"b\"")]
    [InlineData("people[*].name[0]", "[]")]
    [InlineData("people[*].[name, age]", """[["b",30],["a",20],["c",null],[null,40]]""")]
    public void Projections_drop_nulls_and_stop_at_pipes(string expression, string? expected)
    {
        var result = Jmes.Eval(expression, Doc);
        if (expected is null)
        {
            Assert.Equal(Jmes.Eval("people", Doc), result);
        }
        else
        {
            Assert.Equal(expected, result);
        }
    }

    [Theory]
    [InlineData("nested[]", "[1,2,3,[4],5]")]
    [InlineData("nested[][]", "[1,2,3,4,5]")]
    [InlineData("[[1, null], null, [2]][]", "[1,2]")]
    [InlineData("s[]", "null")]
    [InlineData("people[].name", """["b","a","c"]""")]
    [InlineData("ops.*.v[]", "[1,2]")]
    public void Flatten_merges_one_level_and_projects(string expression, string expected)
    {
        Assert.Equal(expected, Jmes.Eval(expression.Replace("[[1, null], null, [2]]", "`[[1, null], null, [2]]`", System.StringComparison.Ordinal), Doc));
    }

    [Theory]
    [InlineData("people[?age == `30`].name", """["b"]""")]
    [InlineData("people[?age != `30`].name", """["a","c"]""")]
    [InlineData("people[?age < `30`].name", """["a"]""")]
    [InlineData("people[?age <= `30`].name", """["b","a"]""")]
    [InlineData("people[?age > `30`].age", "[40]")]
    [InlineData("people[?age >= `30`].age", "[30,40]")]
    [InlineData("people[?name > 'a'].name", """["b","c"]""")]
    [InlineData("people[?name].name", """["b","a","c"]""")]
    [InlineData("people[?!name].age", "[40]")]
    [InlineData("people[?age > `25` && name].name", """["b"]""")]
    [InlineData("people[?age < `25` || !age].name", """["a","c"]""")]
    [InlineData("list[?@ > `3`]", "[4,5]")]
    [InlineData("a[?b]", "null")]
    [InlineData("people[?age == `20`] | [0].name", "\"a\"")]
    [InlineData("nested[?@ == `5`][]", "[5]")]
    public void Filters_keep_the_items_whose_condition_is_truthy(string expression, string expected)
    {
        Assert.Equal(expected, Jmes.Eval(expression, Doc));
    }

    [Theory]
    [InlineData("`1` == `1.0`", "true")]
    [InlineData("`[1, {\"a\": 2}]` == `[1.0, {\"a\": 2.0}]`", "true")]
    [InlineData("`{\"a\": 1, \"b\": 2}` == `{\"b\": 2, \"a\": 1}`", "true")]
    [InlineData("`{\"a\": 1}` == `{\"a\": 1, \"b\": 2}`", "false")]
    [InlineData("'1' == `1`", "false")]
    [InlineData("n == `null`", "true")]
    [InlineData("missing == n", "true")]
    [InlineData("`1` < 'a'", "null")]
    [InlineData("'a' < 'b'", "true")]
    [InlineData("'B' < 'a'", "true")]
    [InlineData("t < f", "null")]
    [InlineData("`[1]` < `[2]`", "null")]
    [InlineData("`2` >= `2`", "true")]
    public void Comparisons_use_deep_equality_and_order_only_numbers_and_strings(string expression, string expected)
    {
        Assert.Equal(expected, Jmes.Eval(expression, Doc));
    }

    [Theory]
    [InlineData("n || 'x'", "\"x\"")]
    [InlineData("f || 'x'", "\"x\"")]
    [InlineData("empty || 'x'", "\"x\"")]
    [InlineData("eobj || 'x'", "\"x\"")]
    [InlineData("estr || 'x'", "\"x\"")]
    [InlineData("`0` || 'x'", "0")]
    [InlineData("s || 'x'", "\"text\"")]
    [InlineData("s && list[0]", "0")]
    [InlineData("empty && 'x'", "[]")]
    [InlineData("!empty", "true")]
    [InlineData("!`0`", "false")]
    [InlineData("!s", "false")]
    [InlineData("!!n", "false")]
    [InlineData("t && f || 'y'", "\"y\"")]
    [InlineData("n || f", "false")]
    public void And_or_not_follow_JMESPath_truthiness(string expression, string expected)
    {
        Assert.Equal(expected, Jmes.Eval(expression, Doc));
    }

    [Theory]
    [InlineData("[s, a.b.c, missing]", """["text",1,null]""")]
    [InlineData("{x: s, y: a.b}", """{"x":"text","y":{"c":1}}""")]
    [InlineData("{\"quoted key\": s}", """{"quoted key":"text"}""")]
    [InlineData("n.[s]", "null")]
    [InlineData("n.{x: s}", "null")]
    [InlineData("a.b.[c, c]", "[1,1]")]
    [InlineData("people[0].{n: name, a: age}", """{"n":"b","a":30}""")]
    [InlineData("{z: s, a: s, m: s}", """{"z":"text","a":"text","m":"text"}""")]
    public void Multiselects_build_lists_and_objects_in_order(string expression, string expected)
    {
        Assert.Equal(expected, Jmes.Eval(expression, Doc));
    }

    [Theory]
    [InlineData("`\"lit\"`", "\"lit\"")]
    [InlineData("`[1, 2.5, \"x\", true, null, {\"k\": []}]`", """[1,2.5,"x",true,null,{"k":[]}]""")]
    [InlineData("`\"with \\` tick\"`", "\"with ` tick\"")]
    [InlineData("'raw'", "\"raw\"")]
    [InlineData("'it\\'s'", "\"it's\"")]
    [InlineData("'back\\\\slash'", "\"back\\\\slash\"")]
    [InlineData("'keep\\n'", "\"keep\\\\n\"")]
    [InlineData("'<é&>'", "\"<é&>\"")]
    public void Literals_and_raw_strings(string expression, string expected)
    {
        Assert.Equal(expected, Jmes.Eval(expression, Doc));
    }

    [Theory]
    [InlineData("a | b | c", "1")]
    [InlineData("list | [0]", "0")]
    [InlineData("list[*] | [0]", "0")]
    [InlineData("(a).b.c", "1")]
    [InlineData("(people[*].name)[0]", "\"b\"")]
    [InlineData("people[*].name[0]", "[]")]
    public void Pipes_and_parentheses_group(string expression, string expected)
    {
        Assert.Equal(expected, Jmes.Eval(expression, Doc));
    }

    [Theory]
    [InlineData("let $x = a.b in $x.c", "1")]
    [InlineData("let $x = s, $y = list[1] in [$x, $y]", """["text",1]""")]
    [InlineData("let $x = `1` in let $x = `2` in $x", "2")]
    [InlineData("let $x = `1` in [let $x = `2` in $x, $x]", "[2,1]")]
    [InlineData("people[*].[name, $.s]", """[["b","text"],["a","text"],["c","text"],[null,"text"]]""")]
    [InlineData("let $min = `25` in people[?age > $min].name", """["b"]""")]
    [InlineData("a.b | $.s", "\"text\"")]
    [InlineData("let $x = a in $x.b | c", "1")]
    [InlineData("let", "null")]
    [InlineData("{let: s}.let", "\"text\"")]
    public void Let_binds_variables_lexically_and_dollar_is_the_root(string expression, string expected)
    {
        Assert.Equal(expected, Jmes.Eval(expression, Doc));
    }

    [Fact]
    public void An_undefined_variable_is_an_evaluation_error()
    {
        var e = Assert.Throws<JmesException>(() => Jmes.Eval("let $x = a in $y", Doc));
        Assert.Contains("$y", e.Message, System.StringComparison.Ordinal);
        Assert.Throws<JmesException>(() => Jmes.Eval("let $x = $x in $x", Doc));
    }

    [Fact]
    public void Numbers_of_the_document_print_as_written_and_computed_whole_numbers_without_a_fraction()
    {
        Assert.Equal("[1.0,2,1e3]", Jmes.Eval("@", "[1.0, 2, 1e3]"));
        Assert.Equal("3", Jmes.Eval("sum(@)", "[1, 2]"));
        Assert.Equal("1.5", Jmes.Eval("avg(@)", "[1, 2]"));
        Assert.Equal("{\"b\":1,\"a\":2}", Jmes.Eval("@", "{\"b\": 1, \"a\": 2}"));
    }
}
