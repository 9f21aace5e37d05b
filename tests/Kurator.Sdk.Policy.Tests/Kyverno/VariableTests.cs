using System.Text.Json.Nodes;
using Kurator.Sdk.Policy.Kyverno.Patterns.Runtime;
using static Kurator.Sdk.Policy.Tests.Kyverno.Json;

namespace Kurator.Sdk.Policy.Tests.Kyverno;

public class VariableTests
{
    private static bool Resolve(string expression, out JsonNode? value)
    {
        value = expression switch
        {
            "request.object.metadata.name" => JsonValue.Create("web"),
            "limit" => JsonValue.Create(3),
            "labels" => Parse("{'app': 'web'}"),
            _ => null,
        };
        return expression is "request.object.metadata.name" or "limit" or "labels";
    }

    [Fact]
    public void A_whole_value_variable_is_replaced_by_its_typed_value()
    {
        var pattern = KyvernoPattern.Compile(Parse("{'spec': {'replicas': '{{ limit }}'}}"));

        Assert.True(pattern.UsesVariables);
        Assert.Equal(KyvernoPatternStatus.Pass, pattern.Match(Parse("{'spec': {'replicas': 3}}"), Resolve).Status);
        Assert.Equal(KyvernoPatternStatus.Fail, pattern.Match(Parse("{'spec': {'replicas': 4}}"), Resolve).Status);
    }

    [Fact]
    public void A_variable_inside_text_is_spliced_in_before_operators_apply()
    {
        var pattern = KyvernoPattern.Compile(Parse("{'metadata': {'labels': {'app': '{{request.object.metadata.name}}-*'}}}"));

        Assert.Equal(KyvernoPatternStatus.Pass, pattern.Match(Parse("{'metadata': {'labels': {'app': 'web-1'}}}"), Resolve).Status);
        Assert.Equal(KyvernoPatternStatus.Fail, pattern.Match(Parse("{'metadata': {'labels': {'app': 'api-1'}}}"), Resolve).Status);
    }

    [Fact]
    public void A_variable_may_stand_for_a_map()
    {
        var pattern = KyvernoPattern.Compile(Parse("{'metadata': {'labels': '{{labels}}'}}"));

        Assert.Equal(KyvernoPatternStatus.Pass, pattern.Match(Parse("{'metadata': {'labels': {'app': 'web', 'x': 'y'}}}"), Resolve).Status);
        Assert.Equal(KyvernoPatternStatus.Fail, pattern.Match(Parse("{'metadata': {'labels': {'app': 'api'}}}"), Resolve).Status);
    }

    [Fact]
    public void Unresolvable_or_unsupplied_variables_are_errors_never_passes()
    {
        var pattern = KyvernoPattern.Compile(Parse("{'a': '{{ missing }}'}"));

        var unresolved = pattern.Match(Parse("{'a': 1}"), Resolve);
        Assert.Equal(KyvernoPatternStatus.Error, unresolved.Status);
        Assert.Contains("{{missing}}", unresolved.Detail);
        Assert.Equal(KyvernoPatternStatus.Error, pattern.Match(Parse("{'a': 1}")).Status);
    }

    [Fact]
    public void Escaped_braces_are_literal_text()
    {
        var pattern = KyvernoPattern.Compile(Parse("{'a': '\\\\{{x}}'}"));

        Assert.False(pattern.UsesVariables);
        Assert.Equal(KyvernoPatternStatus.Pass, pattern.Match(Parse("{'a': '{{x}}'}")).Status);
    }

    [Fact]
    public void Variables_in_keys_are_reported_as_not_evaluated()
    {
        var result = KyvernoPattern.Compile(Parse("{'metadata': {'labels': {'{{ labels }}': '?*'}}}")).Match(Parse("{'metadata': {'labels': {}}}"), Resolve);

        Assert.Equal(KyvernoPatternStatus.Error, result.Status);
        Assert.Contains("variables in pattern keys", result.Detail);
    }

    [Fact]
    public void References_are_reported_as_not_evaluated()
    {
        Assert.Equal(KyvernoPatternStatus.Error, Status("{'a': '$(./../b)'}", "{'a': 1, 'b': 1}"));
    }
}
