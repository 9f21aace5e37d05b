using System;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using Kurator.Sdk.Policy.Kyverno.Jmes;

namespace Kurator.Sdk.Policy.Tests.Jmes;

/// <summary>Malformed and hostile expressions: a FormatException naming the position, never a crash or a long wait.</summary>
public class JmesParseTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("a.", 2)]
    [InlineData("a[", 2)]
    [InlineData("a[0", 3)]
    [InlineData("[a, ]", 4)]
    [InlineData("{a: }", 4)]
    [InlineData("{a b}", 3)]
    [InlineData("{}", 1)]
    [InlineData("a b", 2)]
    [InlineData("a[1:2:3:4]", 7)]
    [InlineData("a[x]", 2)]
    [InlineData("a.[0]", 3)]
    [InlineData("'open", 0)]
    [InlineData("`[1, 2`", 0)]
    [InlineData("`open", 0)]
    [InlineData("\"open", 0)]
    [InlineData("a ~ b", 2)]
    [InlineData("(a", 2)]
    [InlineData("a)", 1)]
    [InlineData("let $x = a", 10)]
    [InlineData("let $x a in b", 7)]
    [InlineData("\"f\"(a)", 3)]
    [InlineData("-1", 0)]
    [InlineData("a[99999999999]", 2)]
    public void Malformed_expressions_are_format_errors_naming_the_position(string text, int position)
    {
        var e = Assert.Throws<FormatException>(() => JmesExpression.Parse(text));
        Assert.Contains($"at position {position}", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("(", ")")]
    [InlineData("[", "]")]
    [InlineData("{a: ", "}")]
    [InlineData("!", "")]
    [InlineData("to_upper(", ")")]
    [InlineData("a[?", "]")]
    public void Deep_nesting_is_refused(string open, string close)
    {
        var deep = string.Concat(Enumerable.Repeat(open, 10_000)) + "a" + string.Concat(Enumerable.Repeat(close, 10_000));
        var e = Assert.Throws<FormatException>(() => JmesExpression.Parse(deep));
        Assert.Contains("nests deeper than 100 levels", e.Message, StringComparison.Ordinal);
        var fine = string.Concat(Enumerable.Repeat(open, 50)) + "a" + string.Concat(Enumerable.Repeat(close, 50));
        JmesExpression.Parse(fine);
    }

    [Fact]
    public void Long_flat_chains_parse_and_evaluate()
    {
        // 20,000 steps: kept flat, so neither parsing nor evaluation recurses per step.
        var chain = string.Join(".", Enumerable.Repeat("a", 20_000));
        Assert.Equal("null", Jmes.Eval(chain, """{"a": {"a": 1}}"""));
        Assert.Equal("1", Jmes.Eval("a" + string.Concat(Enumerable.Repeat("[0]", 20_000)) + " || `1`", "{}"));
        var longString = new string('x', 200_000);
        Assert.Equal(200_000 + 2, Jmes.Eval($"'{longString}'", "{}").Length);
        var wide = "[" + string.Join(", ", Enumerable.Range(0, 5_000).Select(i => $"`{i}`")) + "] | length(@)";
        Assert.Equal("5000", Jmes.Eval(wide, "{}"));
    }

    [Fact]
    public void Long_left_leaning_chains_are_refused_past_the_height_bound_not_overflowing()
    {
        var ors = string.Join(" || ", Enumerable.Repeat("a", 50_000));
        var e = Assert.Throws<FormatException>(() => JmesExpression.Parse(ors));
        Assert.Contains("too deeply nested", e.Message, StringComparison.Ordinal);
        var flattens = "a" + string.Concat(Enumerable.Repeat("[]", 50_000));
        Assert.Throws<FormatException>(() => JmesExpression.Parse(flattens));
        Assert.Equal("\"x\"", Jmes.Eval(string.Join(" || ", Enumerable.Repeat("a", 500)) + " || 'x'", "{}"));
    }

    [Fact]
    public void Deep_literals_are_refused()
    {
        var deep = "`" + new string('[', 5_000) + new string(']', 5_000) + "`";
        Assert.Throws<FormatException>(() => JmesExpression.Parse(deep));
    }

    [Fact]
    public void Projections_over_projections_take_linear_time()
    {
        var data = "[" + string.Join(",", Enumerable.Repeat("[[1,2],[3,4]]", 2_000)) + "]";
        var watch = Stopwatch.StartNew();
        Assert.Equal(Jmes.Eval("[][][]", data), Jmes.Eval("[*][*][*] | [][]", data));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Parsing_ends_on_every_prefix_of_a_valid_expression()
    {
        const string text = "let $v = request.object.spec.containers[?name == 'a' && !(image < `1`)] in {x: sort_by($v, &name)[::-1].to_upper(name), y: $.a.*[]}";
        JmesExpression.Parse(text);
        for (var i = 0; i < text.Length; i++)
        {
            try
            {
                JmesExpression.Parse(text[..i]);
            }
            catch (FormatException)
            {
                // Expected for most prefixes: the point is no other exception and no hang.
            }
        }
    }

    [Fact]
    public void One_parsed_expression_is_evaluated_from_many_threads_at_once()
    {
        var expression = JmesExpression.Parse("let $n = name in {n: to_upper($n), items: items[?@ > `2`] | sort(@), root: $.name, each: items[*].to_string(@)}");
        var docs = Enumerable.Range(0, 200).Select(i => System.Text.Json.Nodes.JsonNode.Parse($$"""{"name": "n{{i}}", "items": [{{i % 7}}, 5, {{i % 3}}, 9]}""")!).ToList();
        var expected = docs.Select(d => JmesJson.Serialize(expression.Evaluate(JmesValue.From(d)))).ToList();
        var failures = 0;
        using var start = new Barrier(6);
        var threads = Enumerable.Range(0, 6).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            for (var round = 0; round < 20; round++)
            {
                for (var k = 0; k < docs.Count; k++)
                {
                    var i = (k * 13 + t * 31 + round) % docs.Count;
                    if (JmesJson.Serialize(expression.Evaluate(JmesValue.From(docs[i]))) != expected[i])
                    {
                        Interlocked.Increment(ref failures);
                    }
                }
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.Equal(0, failures);
        Assert.Equal("""{"n":"N10","items":[3,5,9],"root":"n10","each":["3","5","1","9"]}""", expected[10]);
    }
}
