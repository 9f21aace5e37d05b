using System.Linq;
using Kurator.Sdk.Policy.Kyverno;

namespace Kurator.Sdk.Policy.Tests.KyvernoEngine;

public class LoadProblemTests
{
    [Fact]
    public void A_malformed_rule_is_reported_at_its_file_line_and_path_and_left_out()
    {
        var set = Kyv.Load("""
            apiVersion: kyverno.io/v1
            kind: ClusterPolicy
            metadata:
              name: p
            spec:
              rules:
              - name: good
                match: {any: [{resources: {kinds: [Pod]}}]}
                validate:
                  message: x
                  deny: {}
              - name: bad
                match: {any: [{resources: {kinds: [Pod]}}]}
                preconditions:
                  all:
                  - key: a
                    operator: Bigger
                    value: b
                validate:
                  deny: {}
            """);
        var problem = Assert.Single(set.Problems);
        Assert.Equal(("policy0.yaml", 17, "spec.rules[1].preconditions.all[0].operator"), (problem.File, problem.Line, problem.Path));
        Assert.Contains("Bigger", problem.Message, System.StringComparison.Ordinal);
        Assert.Equal(["good"], set.Evaluate(Kyv.Yaml(Kyv.Pod)).Select(r => r.Rule).ToArray());
    }

    [Theory]
    [InlineData("kind: ClusterPolicy", "kind: Deployment", "kind")]
    [InlineData("apiVersion: kyverno.io/v1", "apiVersion: kyverno.io/v9", "apiVersion")]
    [InlineData("validationFailureAction: Audit", "validationFailureAction: Block", "spec.validationFailureAction")]
    [InlineData("list: request.object.spec.containers", "list: request.object.spec.containers[", "spec.rules[0].validate.foreach[0].list")]
    [InlineData("value: \"{{ element.name }}\"", "value: \"{{ element.name \"", "spec.rules[0].validate.foreach[0].deny.conditions.any[0].value")]
    [InlineData("kinds: [Pod]", "kinds: Pod", "spec.rules[0].match.any[0].resources.kinds")]
    public void Bad_policies_name_the_field(string good, string bad, string path)
    {
        const string policy = """
            apiVersion: kyverno.io/v1
            kind: ClusterPolicy
            metadata:
              name: p
            spec:
              validationFailureAction: Audit
              rules:
              - name: r
                match:
                  any:
                  - resources:
                      kinds: [Pod]
                validate:
                  message: x
                  foreach:
                  - list: request.object.spec.containers
                    deny:
                      conditions:
                        any:
                        - key: a
                          operator: Equals
                          value: "{{ element.name }}"
            """;
        Assert.Empty(Kyv.Load(policy).Problems);
        var problems = Kyv.Load(policy.Replace(good, bad, System.StringComparison.Ordinal)).Problems;
        Assert.Contains(problems, p => p.Path == path);
    }
}
