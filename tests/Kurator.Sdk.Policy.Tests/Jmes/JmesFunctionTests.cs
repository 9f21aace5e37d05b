using System;
using Kurator.Sdk.Policy.Kyverno.Jmes;

namespace Kurator.Sdk.Policy.Tests.Jmes;

/// <summary>The specification's built-in functions and Kyverno's, with their type and arity errors.</summary>
public class JmesFunctionTests
{
    private const string Doc = """
        {"nums": [3, 1, 2], "strs": ["b", "c", "a"], "mixed": [1, "a"], "empty": [], "obj": {"x": 1, "y": "two"},
         "people": [{"name": "b", "age": 30}, {"name": "a", "age": 20}, {"name": "c", "age": 30}],
         "s": "héllo", "neg": -2.5, "n": null}
        """;

    [Theory]
    [InlineData("abs(neg)", "2.5")]
    [InlineData("abs(`3`)", "3")]
    [InlineData("avg(nums)", "2")]
    [InlineData("avg(empty)", "null")]
    [InlineData("ceil(`1.2`)", "2")]
    [InlineData("ceil(neg)", "-2")]
    [InlineData("floor(`1.8`)", "1")]
    [InlineData("floor(neg)", "-3")]
    [InlineData("contains(strs, 'a')", "true")]
    [InlineData("contains(nums, `4`)", "false")]
    [InlineData("contains(`[1.0, {\"a\": 1}]`, `{\"a\": 1}`)", "true")]
    [InlineData("contains(s, 'll')", "true")]
    [InlineData("contains(s, `1`)", "false")]
    [InlineData("ends_with(s, 'lo')", "true")]
    [InlineData("ends_with(s, 'he')", "false")]
    [InlineData("starts_with(s, 'hé')", "true")]
    [InlineData("starts_with(s, 'lo')", "false")]
    [InlineData("join(', ', strs)", "\"b, c, a\"")]
    [InlineData("join('', empty)", "\"\"")]
    [InlineData("keys(obj)", """["x","y"]""")]
    [InlineData("values(obj)", """[1,"two"]""")]
    [InlineData("length(s)", "5")]
    [InlineData("length('😀')", "1")]
    [InlineData("length(nums)", "3")]
    [InlineData("length(obj)", "2")]
    [InlineData("map(&age, people)", "[30,20,30]")]
    [InlineData("map(&missing, people)", "[null,null,null]")]
    [InlineData("map(&[name], people)", """[["b"],["a"],["c"]]""")]
    [InlineData("max(nums)", "3")]
    [InlineData("max(strs)", "\"c\"")]
    [InlineData("max(empty)", "null")]
    [InlineData("min(nums)", "1")]
    [InlineData("min(strs)", "\"a\"")]
    [InlineData("max_by(people, &age).name", "\"b\"")]
    [InlineData("min_by(people, &age).name", "\"a\"")]
    [InlineData("max_by(people, &name).name", "\"c\"")]
    [InlineData("max_by(empty, &age)", "null")]
    [InlineData("merge(obj, `{\"y\": 2, \"z\": 3}`)", """{"x":1,"y":2,"z":3}""")]
    [InlineData("merge(`{}`)", "{}")]
    [InlineData("not_null(n, missing, s)", "\"héllo\"")]
    [InlineData("not_null(n)", "null")]
    [InlineData("reverse(nums)", "[2,1,3]")]
    [InlineData("reverse(s)", "\"olléh\"")]
    [InlineData("reverse('a😀b')", "\"b😀a\"")]
    [InlineData("sort(nums)", "[1,2,3]")]
    [InlineData("sort(strs)", """["a","b","c"]""")]
    [InlineData("sort(empty)", "[]")]
    [InlineData("sort_by(people, &age)[*].name", """["a","b","c"]""")]
    [InlineData("sort_by(people, &name)[*].name", """["a","b","c"]""")]
    [InlineData("sum(nums)", "6")]
    [InlineData("sum(empty)", "0")]
    [InlineData("to_array(s)", "[\"héllo\"]")]
    [InlineData("to_array(nums)", "[3,1,2]")]
    [InlineData("to_number('12.5')", "12.5")]
    [InlineData("to_number('-1e2')", "-100")]
    [InlineData("to_number('x')", "null")]
    [InlineData("to_number(`7`)", "7")]
    [InlineData("to_number(obj)", "null")]
    [InlineData("to_string(s)", "\"héllo\"")]
    [InlineData("to_string(obj)", "\"{\\\"x\\\":1,\\\"y\\\":\\\"two\\\"}\"")]
    [InlineData("to_string(`2`)", "\"2\"")]
    [InlineData("type(s)", "\"string\"")]
    [InlineData("type(nums)", "\"array\"")]
    [InlineData("type(obj)", "\"object\"")]
    [InlineData("type(n)", "\"null\"")]
    [InlineData("type(`true`)", "\"boolean\"")]
    [InlineData("type(neg)", "\"number\"")]
    [InlineData("nums[?@ > `1`] | length(@)", "2")]
    [InlineData("people[*].name.to_upper(@)", """["B","A","C"]""")]
    [InlineData("n.length(@)", "null")]
    public void Builtins_follow_the_specification(string expression, string expected)
    {
        Assert.Equal(expected, Jmes.Eval(expression, Doc));
    }

    [Theory]
    [InlineData("to_upper(s)", "\"HÉLLO\"")]
    [InlineData("to_lower('ABC')", "\"abc\"")]
    [InlineData("trim_prefix('prefix-name', 'prefix-')", "\"name\"")]
    [InlineData("trim_prefix('name', 'prefix-')", "\"name\"")]
    [InlineData("truncate('abcdef', `3`)", "\"abc\"")]
    [InlineData("truncate('ab', `3`)", "\"ab\"")]
    [InlineData("truncate('ab', `-1`)", "\"\"")]
    [InlineData("equal_fold('Abc', 'aBC')", "true")]
    [InlineData("equal_fold('Abc', 'abd')", "false")]
    public void Kyverno_functions(string expression, string expected)
    {
        Assert.Equal(expected, Jmes.Eval(expression, Doc));
    }

    [Theory]
    [InlineData("abs(s)", "abs")]
    [InlineData("avg(strs)", "avg")]
    [InlineData("avg(s)", "avg")]
    [InlineData("ceil(s)", "ceil")]
    [InlineData("contains(obj, 'x')", "contains")]
    [InlineData("ends_with(nums, 'x')", "ends_with")]
    [InlineData("ends_with(s, `1`)", "ends_with")]
    [InlineData("floor(n)", "floor")]
    [InlineData("join(',', mixed)", "join")]
    [InlineData("join(`1`, strs)", "join")]
    [InlineData("keys(nums)", "keys")]
    [InlineData("length(`1`)", "length")]
    [InlineData("length(n)", "length")]
    [InlineData("map(nums, &age)", "map")]
    [InlineData("map(&age, obj)", "map")]
    [InlineData("max(mixed)", "max")]
    [InlineData("max(obj)", "max")]
    [InlineData("max_by(people, &missing)", "max_by")]
    [InlineData("max_by(people, age)", "max_by")]
    [InlineData("merge(obj, nums)", "merge")]
    [InlineData("min(mixed)", "min")]
    [InlineData("min_by(people, &[age])", "min_by")]
    [InlineData("reverse(obj)", "reverse")]
    [InlineData("sort(mixed)", "sort")]
    [InlineData("sort_by(people, &obj)", "sort_by")]
    [InlineData("sort_by(`[{\"k\": 1}, {\"k\": \"a\"}]`, &k)", "sort_by")]
    [InlineData("starts_with(`1`, 's')", "starts_with")]
    [InlineData("sum(mixed)", "sum")]
    [InlineData("values(s)", "values")]
    [InlineData("to_upper(nums)", "to_upper")]
    [InlineData("to_lower(`1`)", "to_lower")]
    [InlineData("trim_prefix(s, `1`)", "trim_prefix")]
    [InlineData("truncate(s, 'x')", "truncate")]
    [InlineData("equal_fold(s, n)", "equal_fold")]
    public void A_wrong_argument_type_is_an_evaluation_error_naming_the_function(string expression, string function)
    {
        var e = Assert.Throws<JmesException>(() => Jmes.Eval(expression, Doc));
        Assert.Contains(function + "()", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abs()", "abs")]
    [InlineData("abs(`1`, `2`)", "abs")]
    [InlineData("length(nums, s)", "length")]
    [InlineData("merge()", "merge")]
    [InlineData("not_null()", "not_null")]
    [InlineData("sort_by(people)", "sort_by")]
    [InlineData("truncate(s)", "truncate")]
    [InlineData("nosuch(s)", "nosuch")]
    public void A_wrong_arity_or_an_unknown_function_is_a_parse_error_naming_it(string expression, string function)
    {
        var e = Assert.Throws<FormatException>(() => JmesExpression.Parse(expression));
        Assert.Contains(function + "()", e.Message, StringComparison.Ordinal);
        Assert.Contains("position 0", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_is_no_value_outside_a_function()
    {
        Assert.Throws<JmesException>(() => Jmes.Eval("&nums", Doc));
    }
}
