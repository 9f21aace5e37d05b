using static Kurator.Sdk.Policy.Tests.Kyverno.Json;

namespace Kurator.Sdk.Policy.Tests.Kyverno;

public class ValueOperatorTests
{
    [Theory]
    [InlineData("'nginx'", "'nginx'", true)]
    [InlineData("'nginx'", "'nginx2'", false)]
    [InlineData("'*'", "'anything'", true)]
    [InlineData("'*'", "''", true)]
    [InlineData("'?*'", "'x'", true)]
    [InlineData("'?*'", "''", false)]
    [InlineData("'nginx:?.*'", "'nginx:1.25'", true)]
    [InlineData("'nginx:?.*'", "'nginx:.25'", false)]
    [InlineData("'*:latest'", "'repo/app:latest'", true)]
    [InlineData("'*:latest'", "'repo/app:1.0'", false)]
    public void Wildcards_star_any_run_and_question_mark_one_character(string pattern, string value, bool matches) =>
        Assert.Equal(matches, Value(pattern, value));

    [Theory]
    [InlineData("'!*:latest'", "'app:1.0'", true)]
    [InlineData("'!*:latest'", "'app:latest'", false)]
    [InlineData("'!default'", "'prod'", true)]
    [InlineData("'!default'", "'default'", false)]
    public void Negation_operator_inverts_a_wildcard(string pattern, string value, bool matches) =>
        Assert.Equal(matches, Value(pattern, value));

    [Theory]
    [InlineData("'Always | IfNotPresent'", "'IfNotPresent'", true)]
    [InlineData("'Always|IfNotPresent'", "'Always'", true)]
    [InlineData("'Always | IfNotPresent'", "'Never'", false)]
    [InlineData("'>1 & <5'", "3", true)]
    [InlineData("'>1 & <5'", "5", false)]
    public void Or_and_and_combine_conditions(string pattern, string value, bool matches) =>
        Assert.Equal(matches, Value(pattern, value));

    [Theory]
    [InlineData("'>1'", "2", true)]
    [InlineData("'>1'", "1", false)]
    [InlineData("'>=1'", "1", true)]
    [InlineData("'>=1'", "0", false)]
    [InlineData("'<10'", "9", true)]
    [InlineData("'<10'", "10", false)]
    [InlineData("'<=10'", "10", true)]
    [InlineData("'<=10'", "11", false)]
    [InlineData("'>1.5'", "1.75", true)]
    [InlineData("'>1.5'", "'1.25'", false)]
    [InlineData("'>abc'", "'abd'", false)]
    public void Numeric_comparisons(string pattern, string value, bool matches) =>
        Assert.Equal(matches, Value(pattern, value));

    [Theory]
    [InlineData("'<=2Gi'", "'1024Mi'", true)]
    [InlineData("'<=2Gi'", "'3Gi'", false)]
    [InlineData("'<=2Gi'", "'2048Mi'", true)]
    [InlineData("'>500m'", "'1'", true)]
    [InlineData("'>500m'", "'0.5'", false)]
    [InlineData("'1Gi'", "'1024Mi'", true)]
    [InlineData("'>=100m'", "'0.1'", true)]
    [InlineData("'<1k'", "'999'", true)]
    [InlineData("'<1k'", "1000", false)]
    [InlineData("'>1e3'", "'1001'", true)]
    public void Kubernetes_quantities_compare_by_value(string pattern, string value, bool matches) =>
        Assert.Equal(matches, Value(pattern, value));

    [Theory]
    [InlineData("'<=1h'", "'30m'", true)]
    [InlineData("'<=1h'", "'1h30m'", false)]
    [InlineData("'>30s'", "'1m'", true)]
    [InlineData("'30s'", "'0.5m'", true)]
    [InlineData("'>1.5s'", "'1500ms'", false)]
    public void Durations_compare_by_length(string pattern, string value, bool matches) =>
        Assert.Equal(matches, Value(pattern, value));

    [Theory]
    [InlineData("'1-10'", "5", true)]
    [InlineData("'1-10'", "1", true)]
    [InlineData("'1-10'", "10", true)]
    [InlineData("'1-10'", "11", false)]
    [InlineData("'1!-10'", "11", true)]
    [InlineData("'1!-10'", "0", true)]
    [InlineData("'1!-10'", "5", false)]
    [InlineData("'1Gi-2Gi'", "'1536Mi'", true)]
    [InlineData("'1Gi-2Gi'", "'3Gi'", false)]
    [InlineData("'-10-10'", "-5", true)]
    [InlineData("'0.5-1.5'", "'1'", true)]
    public void Ranges_are_inclusive_and_not_in_range_is_exclusive(string pattern, string value, bool matches) =>
        Assert.Equal(matches, Value(pattern, value));

    [Theory]
    [InlineData("true", "true", true)]
    [InlineData("false", "true", false)]
    [InlineData("true", "'true'", false)]
    [InlineData("80", "80", true)]
    [InlineData("80", "'80'", true)]
    [InlineData("80", "81", false)]
    [InlineData("80", "80.0", true)]
    [InlineData("1.5", "1.5", true)]
    [InlineData("1.5", "'1.5'", true)]
    [InlineData("2.0", "2", true)]
    [InlineData("'80'", "80", true)]
    public void Typed_pattern_values_compare_across_number_types_but_not_booleans_and_strings(string pattern, string value, bool matches) =>
        Assert.Equal(matches, Value(pattern, value));

    [Theory]
    [InlineData("null", "null", true)]
    [InlineData("null", "''", true)]
    [InlineData("null", "0", true)]
    [InlineData("null", "false", true)]
    [InlineData("null", "'x'", false)]
    [InlineData("null", "{}", false)]
    public void Null_pattern_matches_null_and_empty_values(string pattern, string value, bool matches) =>
        Assert.Equal(matches, Value(pattern, value));

    [Fact]
    public void An_absent_field_reads_as_zero_in_numeric_comparisons_as_in_Kyverno()
    {
        Assert.Equal(Policy.Kyverno.Patterns.Runtime.KyvernoPatternStatus.Pass, Status("{'v': '<5'}", "{}"));
        Assert.Equal(Policy.Kyverno.Patterns.Runtime.KyvernoPatternStatus.Fail, Status("{'v': '>=1'}", "{}"));
        Assert.Equal(Policy.Kyverno.Patterns.Runtime.KyvernoPatternStatus.Fail, Status("{'v': '?*'}", "{}"));
    }
}
