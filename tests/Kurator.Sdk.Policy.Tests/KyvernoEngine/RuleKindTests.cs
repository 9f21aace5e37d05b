using System.Linq;
using Kurator.Sdk.Policy.Kyverno;

namespace Kurator.Sdk.Policy.Tests.KyvernoEngine;

public class RuleKindTests
{
    private const string PodMatch = """
              match:
                any:
                - resources:
                    kinds: [Pod]
        """;

    [Fact]
    public void Rules_that_need_the_cluster_are_not_evaluated_and_never_pass()
    {
        var set = Kyv.Load(Kyv.Policy($$"""
                - name: with-context
            {{PodMatch}}
                  context:
                  - name: cm
                    configMap: {name: settings, namespace: default}
                  validate:
                    message: x
                    deny: {}
                - name: images
            {{PodMatch}}
                  verifyImages:
                  - imageReferences: ["*"]
                - name: cel-outside-subset
            {{PodMatch}}
                  validate:
                    cel:
                      expressions:
                      - expression: "object.metadata.name.reverse() == 'bew'"
            """));
        var results = Kyv.Run(set, Kyv.Pod);
        Assert.All(results.Where(r => !r.Rule.StartsWith("autogen", System.StringComparison.Ordinal)), r => Assert.Equal(KyvernoRuleOutcome.NotEvaluated, r.Outcome));
        Assert.Equal(["with-context", "images", "cel-outside-subset"], results.Select(r => r.Rule).ToArray());
        Assert.Contains("context", results[0].Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Mutate_and_generate_rules_are_skipped_as_not_supported()
    {
        var set = Kyv.Load(Kyv.Policy($$"""
                - name: add-label
            {{PodMatch}}
                  mutate:
                    patchStrategicMerge:
                      metadata:
                        labels: {added: "yes"}
            """));
        var result = Kyv.Run(set, Kyv.Pod).Single();
        Assert.Equal(KyvernoRuleOutcome.Skip, result.Outcome);
        Assert.Contains("not supported", result.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Pod_security_uses_the_sdk_evaluator_with_the_rule_exclusions()
    {
        var rule = """
                - name: restricted
                  match:
                    any:
                    - resources:
                        kinds: [Pod]
                  validate:
                    podSecurity:
                      level: restricted
                      version: latest
            """;
        var exclusion = rule + """

                      exclude:
                      - controlName: Capabilities
                        images: ["busybox*"]
            """;
        var pod = """
            apiVersion: v1
            kind: Pod
            metadata: {name: p, namespace: apps}
            spec:
              securityContext:
                runAsNonRoot: true
                seccompProfile: {type: RuntimeDefault}
              containers:
              - name: c
                image: busybox:1.36
                securityContext:
                  allowPrivilegeEscalation: false
            """;
        Assert.Equal(["restricted=Fail"], Kyv.Outcomes(Kyv.Load(Kyv.Policy(rule)), pod));
        Assert.Equal(["restricted=Pass"], Kyv.Outcomes(Kyv.Load(Kyv.Policy(exclusion)), pod));
        Assert.Equal(["autogen-restricted=Fail"], Kyv.Outcomes(Kyv.Load(Kyv.Policy(rule)), Kyv.Deployment));
    }

    [Fact]
    public void Cel_expressions_see_the_object()
    {
        var set = Kyv.Load(Kyv.Policy("""
                - name: replicas
                  match:
                    any:
                    - resources:
                        kinds: [Deployment]
                  validate:
                    cel:
                      expressions:
                      - expression: "object.spec.replicas <= 3"
                        message: "at most 3 replicas"
            """));
        var many = Kyv.Deployment.Replace("spec:\n  template:", "spec:\n  replicas: 5\n  template:", System.StringComparison.Ordinal);
        var few = Kyv.Deployment.Replace("spec:\n  template:", "spec:\n  replicas: 2\n  template:", System.StringComparison.Ordinal);
        var failure = Kyv.Run(set, many).Single();
        Assert.Equal((KyvernoRuleOutcome.Fail, "at most 3 replicas"), (failure.Outcome, failure.Message));
        Assert.Equal(["replicas=Pass"], Kyv.Outcomes(set, few));
        Assert.Equal(["replicas=Error"], Kyv.Outcomes(set, Kyv.Deployment));
    }

    [Fact]
    public void The_failure_action_comes_from_the_rule_then_the_policy()
    {
        var set = Kyv.Load(Kyv.Policy(
            """
                - name: audit-rule
                  match: {any: [{resources: {kinds: [Pod]}}]}
                  validate:
                    failureAction: Audit
                    message: x
                    deny: {}
                - name: policy-default
                  match: {any: [{resources: {kinds: [Pod]}}]}
                  validate:
                    message: x
                    deny: {}
            """,
            action: "Enforce"));
        var results = Kyv.Run(set, Kyv.Pod);
        Assert.Equal([false, true], results.Select(r => r.Enforce).ToArray());
    }
}
