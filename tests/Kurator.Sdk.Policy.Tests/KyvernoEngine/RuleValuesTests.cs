using System.Collections.Generic;
using System.Text.Json.Nodes;
using Kurator.Sdk.Policy.Kyverno;

namespace Kurator.Sdk.Policy.Tests.KyvernoEngine;

/// <summary>
/// <see cref="KyvernoRequestContext.RuleValues"/>: values set at their dotted paths in the rule's variables, a supplied
/// context entry counts as loaded, a variable entry is never taken from values, and other rules are not affected.
/// </summary>
public class RuleValuesTests
{
    private const string Rules = """
            - name: from-configmap
              match:
                any:
                - resources:
                    kinds: [Pod]
              context:
              - name: settings
                configMap: {name: settings, namespace: default}
              validate:
                message: "tier must be {{ settings.data.tier }}"
                deny:
                  conditions:
                    any:
                    - key: "{{ request.object.metadata.labels.tier }}"
                      operator: NotEquals
                      value: "{{ settings.data.tier }}"
            - name: computed-variable
              match:
                any:
                - resources:
                    kinds: [Pod]
              context:
              - name: tier
                variable:
                  jmesPath: request.object.metadata.labels.tier
              validate:
                deny:
                  conditions:
                    any:
                    - key: "{{ tier }}"
                      operator: Equals
                      value: nope
            - name: updates-only
              match:
                any:
                - resources:
                    kinds: [Pod]
                    operations: [UPDATE]
              validate:
                message: "{{ request.operation }}"
                deny: {}
        """;

    [Fact]
    public void Without_values_rules_that_load_context_are_not_evaluated_and_updates_do_not_match()
    {
        var set = Kyv.Load(Kyv.Policy(Rules));
        Assert.Equal(["from-configmap=NotEvaluated", "computed-variable=NotEvaluated"], Kyv.Outcomes(set, Kyv.Pod));
    }

    [Fact]
    public void Supplied_values_are_used_by_their_rule_only()
    {
        var set = Kyv.Load(Kyv.Policy(Rules));
        var values = new Dictionary<(string, string), Dictionary<string, JsonNode?>>
        {
            [("p", "from-configmap")] = new() { ["settings.data.tier"] = "front" },
            [("p", "computed-variable")] = new() { ["tier"] = "nope" },
            [("p", "updates-only")] = new() { ["request.operation"] = "UPDATE" },
        };
        var context = new KyvernoRequestContext { RuleValues = (policy, rule) => values.GetValueOrDefault((policy, rule)) };
        Assert.Equal(["from-configmap=Pass", "computed-variable=NotEvaluated", "updates-only=Fail"], Kyv.Outcomes(set, Kyv.Pod, context));

        values[("p", "from-configmap")]["settings.data.tier"] = "back";
        var results = Kyv.Run(set, Kyv.Pod, context);
        Assert.Equal(KyvernoRuleOutcome.Fail, results[0].Outcome);
        Assert.Equal("tier must be back", results[0].Message);
        Assert.Equal("UPDATE", results[2].Message);
    }

    [Fact]
    public void A_value_for_another_entry_does_not_supply_the_rule_context()
    {
        var set = Kyv.Load(Kyv.Policy(Rules));
        var context = new KyvernoRequestContext { RuleValues = (_, _) => new Dictionary<string, JsonNode?> { ["settingsx.data.tier"] = "front" } };
        var result = Kyv.Run(set, Kyv.Pod, context)[0];
        Assert.Equal(KyvernoRuleOutcome.NotEvaluated, result.Outcome);
        Assert.Contains("context entry \"settings\"", result.Message, System.StringComparison.Ordinal);
    }
}
