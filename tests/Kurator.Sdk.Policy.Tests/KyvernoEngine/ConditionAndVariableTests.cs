using System.Linq;
using Kurator.Sdk.Policy.Kyverno;

namespace Kurator.Sdk.Policy.Tests.KyvernoEngine;

public class ConditionAndVariableTests
{
    private static KyvernoPolicySet Deny(string conditions, string preconditions = "") => Kyv.Load(Kyv.Policy($$$"""
            - name: r
              match:
                any:
                - resources:
                    kinds: [Pod]
        {{{Kyv.Block(preconditions, 6)}}}
              validate:
                message: "denied {{ request.object.metadata.name }} in {{request.object.metadata.namespace}}"
                deny:
                  conditions:
        {{{Kyv.Block(conditions, 12)}}}
        """));

    [Theory]
    [InlineData("{{ request.operation || 'BACKGROUND' }}", "Equals", "CREATE", true)]
    [InlineData("{{ request.object.metadata.labels.app | to_upper(@) }}", "Equals", "WEB", true)]
    [InlineData("{{ to_lower('ABC') }}", "Equals", "abc", true)]
    [InlineData("{{ request.object.spec.containers[].securityContext.capabilities.drop[].to_upper(@) || `[]` }}", "AnyIn", "[ALL]", true)]
    [InlineData("{{ length(request.object.spec.containers) }}", "GreaterThan", "1", true)]
    [InlineData("{{ request.object.spec.containers[0].keys(@) }}", "AllIn", "[name, image]", true)]
    [InlineData("{{ request.object.spec.[initContainers, containers][].image }}", "AnyIn", "[\"*:latest\"]", true)]
    [InlineData("{{ request.object.metadata.labels.tier }}", "Equals", "back", false)]
    [InlineData("{{ request.userInfo.username || 'nobody' }}", "Equals", "nobody", true)]
    public void Conditions_resolve_variables_with_jmespath_and_kyverno_functions(string key, string op, string value, bool denied)
    {
        var set = Deny($$"""
                    all:
                    - key: "{{key.Replace("\"", "\\\"", System.StringComparison.Ordinal)}}"
                      operator: {{op}}
                      value: {{value}}
            """);
        var result = Kyv.Run(set, Kyv.Pod).Single();
        Assert.Equal(denied ? KyvernoRuleOutcome.Fail : KyvernoRuleOutcome.Pass, result.Outcome);
        if (denied)
        {
            Assert.Equal("denied web in apps", result.Message);
        }
    }

    [Theory]
    [InlineData("{{ environment }}")]
    [InlineData("{{ team.name }}")]
    [InlineData("{{ element.name }}")]
    [InlineData("{{ to_upper(environment) }}")]
    [InlineData("{{ request.object.metadata.name == team }}")]
    [InlineData("{{ [request.object.kind, team] }}")]
    public void A_variable_nothing_defines_is_an_error_never_a_pass_or_fail_on_null(string key)
    {
        // Equals "" would hold for null: the rule must not be judged on a value nobody supplied.
        var set = Deny($$"""
                    all:
                    - key: "{{key}}"
                      operator: Equals
                      value: ""
            """);
        var result = Kyv.Run(set, Kyv.Pod).Single();
        Assert.Equal(KyvernoRuleOutcome.Error, result.Outcome);
        Assert.Contains("is not defined", result.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ to_upper(request.object.metadata.name) }}", "WEB")]
    [InlineData("{{ length(request.object.spec.containers[?name == 'c2']) }}", "1")]
    [InlineData("{{ join(',', request.object.spec.containers[].name) }}", "c1,c2")]
    [InlineData("{{ request.object.spec.containers | [0].name }}", "c1")]
    [InlineData("{{ sort_by(request.object.spec.containers, &name)[-1].name }}", "c2")]
    [InlineData("{{ let $n = request.object.metadata.name in to_upper($n) }}", "WEB")]
    public void Names_read_from_elements_or_fields_inside_functions_need_no_definition(string key, string value)
    {
        var set = Deny($$"""
                    all:
                    - key: "{{key}}"
                      operator: Equals
                      value: "{{value}}"
            """);
        Assert.Equal(["r=Fail"], Kyv.Outcomes(set, Kyv.Pod));
    }

    [Fact]
    public void A_missing_field_under_a_defined_root_is_null_as_in_kyverno()
    {
        var set = Deny("""
                    all:
                    - key: "{{ request.object.metadata.labels.missing || 'none' }}"
                      operator: Equals
                      value: none
            """);
        Assert.Equal(["r=Fail"], Kyv.Outcomes(set, Kyv.Pod));
    }

    [Fact]
    public void Any_needs_one_true_condition_and_all_needs_every_one()
    {
        var any = Deny("""
                    any:
                    - {key: a, operator: Equals, value: b}
                    - {key: a, operator: Equals, value: a}
            """);
        var all = Deny("""
                    all:
                    - {key: a, operator: Equals, value: b}
                    - {key: a, operator: Equals, value: a}
            """);
        Assert.Equal(["r=Fail"], Kyv.Outcomes(any, Kyv.Pod));
        Assert.Equal(["r=Pass"], Kyv.Outcomes(all, Kyv.Pod));
    }

    [Fact]
    public void Unmet_preconditions_skip_the_rule()
    {
        var preconditions = """
                  preconditions:
                    all:
                    - key: "{{ request.operation || 'BACKGROUND' }}"
                      operator: AnyIn
                      value: [UPDATE]
            """;
        var set = Deny("        any:\n        - {key: a, operator: Equals, value: a}", preconditions);
        Assert.Equal(["r=Skip"], Kyv.Outcomes(set, Kyv.Pod));
        Assert.Equal(["r=Fail"], Kyv.Outcomes(set, Kyv.Pod, new KyvernoRequestContext { Operation = "UPDATE" }));
    }

    [Fact]
    public void An_empty_deny_always_fails_once_the_preconditions_hold()
    {
        var set = Kyv.Load(Kyv.Policy("""
                - name: deprecated
                  match:
                    any:
                    - resources:
                        kinds: ["batch/*/CronJob"]
                  preconditions:
                    all:
                    - key: "{{request.object.apiVersion}}"
                      operator: AnyIn
                      value: [batch/v1beta1]
                  validate:
                    message: "{{ request.object.apiVersion }}/{{ request.object.kind }} is deprecated"
                    deny: {}
            """));
        Assert.Equal(["deprecated=Skip"], Kyv.Outcomes(set, Kyv.CronJob));
        var old = Kyv.Run(set, Kyv.CronJob.Replace("batch/v1", "batch/v1beta1", System.StringComparison.Ordinal)).Single();
        Assert.Equal((KyvernoRuleOutcome.Fail, "batch/v1beta1/CronJob is deprecated"), (old.Outcome, old.Message));
    }

    [Fact]
    public void A_jmespath_error_at_run_time_is_an_error_result()
    {
        var set = Deny("""
                    all:
                    - key: "{{ to_upper(request.object.spec.containers) }}"
                      operator: Equals
                      value: x
            """);
        Assert.Equal(["r=Error"], Kyv.Outcomes(set, Kyv.Pod));
    }

    [Fact]
    public void A_secret_value_never_reaches_a_message()
    {
        var set = Kyv.Load(Kyv.Policy("""
                - name: s
                  match: {any: [{resources: {kinds: [Secret]}}]}
                  validate:
                    message: "password is {{ request.object.data.password }}"
                    deny: {}
            """));
        var result = Kyv.Run(set, "apiVersion: v1\nkind: Secret\nmetadata: {name: s, namespace: apps}\ndata: {password: c2VjcmV0}\n").Single();
        Assert.Equal(KyvernoRuleOutcome.Fail, result.Outcome);
        Assert.DoesNotContain("c2VjcmV0", result.Message, System.StringComparison.Ordinal);
    }
}
