using System.Linq;
using Kurator.Sdk.Policy.Kyverno;

namespace Kurator.Sdk.Policy.Tests.KyvernoEngine;

public class AutogenTests
{
    private const string NoLatest = """
            - name: no-latest
              match:
                any:
                - resources:
                    kinds: [Pod]
              validate:
                message: "no latest tag"
                pattern:
                  spec:
                    containers:
                    - image: "!*:latest"
        """;

    [Fact]
    public void A_pod_rule_is_generated_for_pod_controllers_with_the_pattern_moved_into_the_template()
    {
        var set = Kyv.Load(Kyv.Policy(NoLatest));
        Assert.Equal(["autogen-no-latest=Fail"], Kyv.Outcomes(set, Kyv.Deployment));
        Assert.Equal(["autogen-no-latest=Pass"], Kyv.Outcomes(set, Kyv.Deployment.Replace("nginx:latest", "nginx:1.25", System.StringComparison.Ordinal)));
        Assert.Equal(["autogen-cronjob-no-latest=Fail"], Kyv.Outcomes(set, Kyv.CronJob));
        var failure = Kyv.Run(set, Kyv.Deployment).Single();
        Assert.Equal("spec.template.spec.containers[0].image", failure.Path);
        Assert.Equal("no-latest", failure.SourceRule);
    }

    [Fact]
    public void The_controllers_annotation_narrows_or_disables_generation()
    {
        var none = Kyv.Load(Kyv.Policy(NoLatest, "  annotations: {pod-policies.kyverno.io/autogen-controllers: none}"));
        var deploymentsOnly = Kyv.Load(Kyv.Policy(NoLatest, "  annotations: {pod-policies.kyverno.io/autogen-controllers: Deployment}"));
        Assert.Empty(Kyv.Run(none, Kyv.Deployment));
        Assert.Empty(Kyv.Run(none, Kyv.CronJob));
        Assert.Equal(["autogen-no-latest=Fail"], Kyv.Outcomes(deploymentsOnly, Kyv.Deployment));
        Assert.Empty(Kyv.Run(deploymentsOnly, Kyv.CronJob));
        Assert.Empty(Kyv.Run(deploymentsOnly, Kyv.Deployment.Replace("kind: Deployment", "kind: StatefulSet", System.StringComparison.Ordinal)));
    }

    [Fact]
    public void A_rule_that_selects_pods_by_name_or_label_gets_no_generated_rules()
    {
        var set = Kyv.Load(Kyv.Policy(NoLatest.Replace("kinds: [Pod]", "kinds: [Pod]\n            names: [\"web*\"]", System.StringComparison.Ordinal)));
        Assert.Empty(Kyv.Run(set, Kyv.Deployment));
    }

    [Fact]
    public void Request_object_variables_are_shifted_into_the_template()
    {
        var set = Kyv.Load(Kyv.Policy("""
                - name: labelled
                  match:
                    any:
                    - resources:
                        kinds: [Pod]
                  validate:
                    message: "app label is {{ request.object.metadata.labels.app }}"
                    deny:
                      conditions:
                        any:
                        - key: "{{ request.object.metadata.labels.app || '' }}"
                          operator: Equals
                          value: ""
            """));
        var deployment = Kyv.Run(set, Kyv.Deployment).Single();
        Assert.Equal(("autogen-labelled", KyvernoRuleOutcome.Pass), (deployment.Rule, deployment.Outcome));
        var unlabelled = Kyv.Deployment.Replace("      labels:\n        app: web\n", string.Empty, System.StringComparison.Ordinal);
        Assert.Equal(["autogen-labelled=Fail"], Kyv.Outcomes(set, unlabelled));
    }
}
