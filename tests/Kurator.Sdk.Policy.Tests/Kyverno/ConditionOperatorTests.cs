using Kurator.Sdk.Policy.Kyverno.Conditions;
using static Kurator.Sdk.Policy.Tests.Kyverno.Json;

namespace Kurator.Sdk.Policy.Tests.Kyverno;

public class ConditionOperatorTests
{
    private static bool Eval(string op, string key, string value) =>
        KyvernoConditionOperator.Parse(op).Evaluate(Parse(key), Parse(value));

    [Theory]
    [InlineData("'kube-system'", "'kube-*'", true)]
    [InlineData("'default'", "'kube-*'", false)]
    [InlineData("3", "3", true)]
    [InlineData("3", "'3'", true)]
    [InlineData("3", "3.0", true)]
    [InlineData("1.5", "'1.5'", true)]
    [InlineData("true", "true", true)]
    [InlineData("true", "'true'", false)]
    [InlineData("'1Gi'", "'1024Mi'", true)]
    [InlineData("'1h'", "'60m'", true)]
    [InlineData("'1m'", "60", true)]
    [InlineData("{'a': [1, 'x']}", "{'a': [1, 'x']}", true)]
    [InlineData("{'a': 1}", "{'a': 2}", false)]
    [InlineData("['a', 'b']", "['a', 'b']", true)]
    [InlineData("['a', 'b']", "['b', 'a']", false)]
    [InlineData("null", "null", false)]
    public void Equals_compares_by_the_key_type(string key, string value, bool expected) => Assert.Equal(expected, Eval("Equals", key, value));

    [Theory]
    [InlineData("'kube-system'", "'kube-*'", false)]
    [InlineData("'default'", "'kube-*'", true)]
    [InlineData("2", "3", true)]
    [InlineData("'500m'", "'0.5'", false)]
    [InlineData("null", "'x'", false)]
    public void NotEquals_is_the_negation_of_Equals_for_comparable_keys(string key, string value, bool expected) => Assert.Equal(expected, Eval("NotEquals", key, value));

    [Theory]
    [InlineData("'a'", "['a', 'b']", true)]
    [InlineData("'c'", "['a', 'b']", false)]
    [InlineData("'kube-system'", "['kube-*']", true)]
    [InlineData("'a'", "'[\\'a\\', \\'b\\']'", true)]
    [InlineData("['a', 'b']", "['a', 'b', 'c']", true)]
    [InlineData("['a', 'd']", "['a', 'b', 'c']", false)]
    [InlineData("'a'", "{'a': 1}", false)]
    public void In_checks_membership(string key, string value, bool expected) => Assert.Equal(expected, Eval("In", key, value));

    [Theory]
    [InlineData("'c'", "['a', 'b']", true)]
    [InlineData("'a'", "['a', 'b']", false)]
    [InlineData("['a', 'd']", "['a', 'b']", true)]
    [InlineData("'a'", "{'a': 1}", false)]
    public void NotIn_is_the_negation_of_In_except_for_rejected_types(string key, string value, bool expected) => Assert.Equal(expected, Eval("NotIn", key, value));

    [Theory]
    [InlineData("['NET_RAW', 'SYS_ADMIN']", "['SYS_*']", true)]
    [InlineData("['NET_RAW']", "['SYS_*']", false)]
    [InlineData("'kube-system'", "'kube-*'", true)]
    [InlineData("5", "'1-10'", true)]
    [InlineData("11", "'1-10'", false)]
    [InlineData("[11, 5]", "'1-10'", true)]
    [InlineData("['a']", "'a'", true)]
    [InlineData("[8080]", "8080", true)]
    [InlineData("'x*'", "['xyz']", true)]
    public void AnyIn_needs_one_key_in_the_value_set(string key, string value, bool expected) => Assert.Equal(expected, Eval("AnyIn", key, value));

    [Theory]
    [InlineData("['a', 'b']", "['a', 'b', 'c']", true)]
    [InlineData("['a', 'd']", "['a', 'b', 'c']", false)]
    [InlineData("['kube-system', 'kube-public']", "'kube-*'", true)]
    [InlineData("[2, 3]", "'1-5'", true)]
    [InlineData("[2, 9]", "'1-5'", false)]
    [InlineData("'a'", "['a']", true)]
    public void AllIn_needs_every_key_in_the_value_set(string key, string value, bool expected) => Assert.Equal(expected, Eval("AllIn", key, value));

    [Theory]
    [InlineData("['a', 'd']", "['a', 'b']", true)]
    [InlineData("['a', 'b']", "['a', 'b']", false)]
    [InlineData("'c'", "['a', 'b']", true)]
    [InlineData("[11, 5]", "'1-10'", true)]
    [InlineData("[2, 5]", "'1-10'", false)]
    public void AnyNotIn_needs_one_key_outside_the_value_set(string key, string value, bool expected) => Assert.Equal(expected, Eval("AnyNotIn", key, value));

    [Theory]
    [InlineData("['c', 'd']", "['a', 'b']", true)]
    [InlineData("['a', 'd']", "['a', 'b']", false)]
    [InlineData("['kube-system', 'default']", "'kube-system'", false)]
    [InlineData("['default', 'kyverno']", "'kube-*'", true)]
    [InlineData("'kube-system'", "['default', 'kube-*']", false)]
    [InlineData("[11, 12]", "'1-10'", true)]
    public void AllNotIn_needs_every_key_outside_the_value_set(string key, string value, bool expected) => Assert.Equal(expected, Eval("AllNotIn", key, value));

    [Theory]
    [InlineData("GreaterThan", "5", "3", true)]
    [InlineData("GreaterThan", "3", "3", false)]
    [InlineData("GreaterThanOrEquals", "3", "3", true)]
    [InlineData("GreaterThanOrEquals", "2", "'3'", false)]
    [InlineData("LessThan", "'2Gi'", "'3Gi'", true)]
    [InlineData("LessThan", "'4Gi'", "'3Gi'", false)]
    [InlineData("LessThanOrEquals", "'1024Mi'", "'1Gi'", true)]
    [InlineData("LessThanOrEquals", "'1025Mi'", "'1Gi'", false)]
    [InlineData("GreaterThan", "'2h'", "'90m'", true)]
    [InlineData("GreaterThan", "'30s'", "60", false)]
    [InlineData("GreaterThan", "'1.10.0'", "'1.9.3'", true)]
    [InlineData("LessThan", "'1.0.0-rc.1'", "'1.0.0'", true)]
    [InlineData("GreaterThan", "'abc'", "'abd'", false)]
    [InlineData("GreaterThan", "true", "false", false)]
    public void Numeric_operators_compare_numbers_quantities_durations_and_versions(string op, string key, string value, bool expected) =>
        Assert.Equal(expected, Eval(op, key, value));

    [Theory]
    [InlineData("DurationGreaterThan", "'2h'", "'1h'", true)]
    [InlineData("DurationGreaterThan", "'1h'", "'1h'", false)]
    [InlineData("DurationGreaterThanOrEquals", "'1h'", "3600", true)]
    [InlineData("DurationLessThan", "30", "'1m'", true)]
    [InlineData("DurationLessThan", "'2m'", "'1m'", false)]
    [InlineData("DurationLessThanOrEquals", "'60s'", "'1m'", true)]
    [InlineData("DurationLessThanOrEquals", "'abc'", "'1m'", false)]
    public void Duration_operators_compare_lengths_of_time(string op, string key, string value, bool expected) =>
        Assert.Equal(expected, Eval(op, key, value));

    [Fact]
    public void Operator_names_are_case_insensitive_and_old_spellings_are_accepted()
    {
        Assert.Equal(ConditionOperatorKind.Equals, KyvernoConditionOperator.Parse("equal").Kind);
        Assert.Equal(ConditionOperatorKind.NotEquals, KyvernoConditionOperator.Parse("NOTEQUALS").Kind);
        Assert.True(KyvernoConditionOperator.Parse("In").IsDeprecated);
        Assert.False(KyvernoConditionOperator.Parse("AnyIn").IsDeprecated);
    }

    [Fact]
    public void An_unknown_operator_is_a_clear_error_not_false()
    {
        var error = Assert.Throws<KyvernoConditionException>(() => KyvernoConditionOperator.Parse("Contains"));

        Assert.Contains("unknown condition operator 'Contains'", error.Message);
        Assert.Contains("AnyNotIn", error.Message);
        Assert.False(KyvernoConditionOperator.TryParse("Contains", out _));
    }
}
