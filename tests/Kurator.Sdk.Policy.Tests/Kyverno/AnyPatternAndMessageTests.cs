using Kurator.Sdk.Policy.Kyverno.Patterns.Runtime;
using static Kurator.Sdk.Policy.Tests.Kyverno.Json;

namespace Kurator.Sdk.Policy.Tests.Kyverno;

public class AnyPatternAndMessageTests
{
    private static readonly System.Collections.Generic.IReadOnlyList<KyvernoPattern> RunAsNonRoot = KyvernoPattern.CompileAny(Parse(
        "[{'spec': {'securityContext': {'runAsNonRoot': true}}}, {'spec': {'containers': [{'securityContext': {'runAsNonRoot': true}}]}}]"));

    [Fact]
    public void Any_pattern_passes_when_one_pattern_passes()
    {
        var result = KyvernoPattern.MatchAny(RunAsNonRoot, Parse("{'spec': {'containers': [{'securityContext': {'runAsNonRoot': true}}]}}"));

        Assert.Equal(KyvernoPatternStatus.Pass, result.Status);
        Assert.Equal(1, result.PatternIndex);
        Assert.Equal("validation rule 'check' anyPattern[1] passed.", result.RuleMessage("check", null));
    }

    [Fact]
    public void Any_pattern_fails_with_every_pattern_path_in_the_message()
    {
        var result = KyvernoPattern.MatchAny(RunAsNonRoot, Parse("{'spec': {'containers': [{'name': 'a'}]}}"));

        Assert.Equal(KyvernoPatternStatus.Fail, result.Status);
        Assert.Equal(2, result.PatternResults.Count);
        Assert.Equal(
            "validation error: Running as root is not allowed. rule check[0] failed at path /spec/securityContext/ rule check[1] failed at path /spec/containers/0/securityContext/",
            result.RuleMessage("check", "Running as root is not allowed."));
    }

    [Fact]
    public void Any_pattern_skips_only_when_every_pattern_skipped()
    {
        var patterns = KyvernoPattern.CompileAny(Parse("[{'(kind)': 'Pod', 'x': 1}, {'(kind)': 'Job', 'x': 1}]"));

        Assert.Equal(KyvernoPatternStatus.Skip, KyvernoPattern.MatchAny(patterns, Parse("{'kind': 'Service', 'x': 2}")).Status);
        Assert.Equal(KyvernoPatternStatus.Fail, KyvernoPattern.MatchAny(patterns, Parse("{'kind': 'Pod', 'x': 2}")).Status);
    }

    [Fact]
    public void Any_pattern_must_be_a_list()
    {
        Assert.Throws<System.ArgumentException>(() => KyvernoPattern.CompileAny(Parse("{'a': 1}")));
    }

    [Fact]
    public void Failure_message_names_the_rule_and_Kyverno_path()
    {
        var result = Match("{'spec': {'containers': [{'image': '!*:latest'}]}}", "{'spec': {'containers': [{'image': 'app:latest'}]}}");

        Assert.Equal("validation error: Using a mutable image tag e.g. 'latest' is not allowed. rule validate-image-tag failed at path /spec/containers/0/image/",
            result.RuleMessage("validate-image-tag", "Using a mutable image tag e.g. 'latest' is not allowed."));
        Assert.Equal("validation error: rule r failed at path /spec/containers/0/image/", result.RuleMessage("r", null));
        Assert.Equal("the value does not match '!*:latest'", result.Detail);
    }

    [Fact]
    public void Failure_details_never_carry_the_resource_value()
    {
        var result = Match("{'data': {'password': 'x*'}}", "{'kind': 'Secret', 'data': {'password': 'c2VjcmV0LXZhbHVl'}}");

        Assert.Equal(KyvernoPatternStatus.Fail, result.Status);
        Assert.DoesNotContain("c2VjcmV0LXZhbHVl", result.Detail);
        Assert.DoesNotContain("c2VjcmV0LXZhbHVl", result.RuleMessage("r", null));
    }

    [Fact]
    public void Keys_that_are_no_plain_names_are_quoted_in_the_dotted_path()
    {
        var result = Match("{'metadata': {'annotations': {'example.com/owner': '?*'}}}", "{'metadata': {'annotations': {}}}");

        Assert.Equal("metadata.annotations[\"example.com/owner\"]", result.Path);
        Assert.Equal("/metadata/annotations/example.com/owner/", result.KyvernoPath);
    }

    [Fact]
    public void A_plain_failure_where_an_anchor_key_never_occurs_is_an_error_as_in_Kyverno()
    {
        // Kyverno reports a rule error (no path) when an anchor key of the pattern is absent from the resource and
        // another field fails.
        var result = Match("{'spec': {'=(x)': 1, 'containers': [{'X(hostPort)': 'null', 'name': 'a'}]}}", "{'spec': {'containers': [{'name': 'b'}]}}");

        Assert.Equal(KyvernoPatternStatus.Error, result.Status);
        Assert.Null(result.Path);
    }
}
