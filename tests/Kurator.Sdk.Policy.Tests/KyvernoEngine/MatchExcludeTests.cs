using System.Collections.Generic;
using Kurator.Sdk.Policy.Kyverno;

namespace Kurator.Sdk.Policy.Tests.KyvernoEngine;

public class MatchExcludeTests
{
    private static string Rule(string match, string exclude = "") => Kyv.Policy($$"""
            - name: r
              match:
        {{match}}
        {{exclude}}
              validate:
                message: "needs an app label"
                pattern:
                  metadata:
                    labels:
                      app: "?*"
        """);

    [Theory]
    [InlineData("Pod", true)]
    [InlineData("v1/Pod", true)]
    [InlineData("*/Pod", true)]
    [InlineData("P?d", true)]
    [InlineData("*", true)]
    [InlineData("apps/v1/Deployment", false)]
    [InlineData("Pod/exec", false)]
    public void Kinds_select_by_kind_version_group_and_wildcards(string kind, bool matches)
    {
        var set = Kyv.Load(Rule($$"""
                    any:
                    - resources:
                        kinds: ["{{kind}}"]
            """));
        Assert.Equal(matches ? new[] { "r=Pass" } : [], Kyv.Outcomes(set, Kyv.Pod));
    }

    [Fact]
    public void A_group_version_kind_selector_tells_api_groups_apart()
    {
        var set = Kyv.Load(Rule("""
                    any:
                    - resources:
                        kinds: ["batch/*/CronJob"]
            """));
        Assert.Single(Kyv.Run(set, Kyv.CronJob));
        Assert.Single(Kyv.Run(set, Kyv.CronJob.Replace("batch/v1", "batch/v1beta1", System.StringComparison.Ordinal)));
        Assert.Empty(Kyv.Run(set, Kyv.CronJob.Replace("batch/v1", "example.com/v1", System.StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("names: [\"w*\"]", true)]
    [InlineData("names: [\"api-*\"]", false)]
    [InlineData("namespaces: [\"app?\"]", true)]
    [InlineData("namespaces: [\"kube-*\"]", false)]
    [InlineData("annotations: {team: \"b*\"}", true)]
    [InlineData("annotations: {team: red}", false)]
    [InlineData("selector: {matchLabels: {app: web}}", true)]
    [InlineData("selector: {matchLabels: {app: \"w*\"}}", true)]
    [InlineData("selector: {matchLabels: {app: api}}", false)]
    [InlineData("selector: {matchExpressions: [{key: tier, operator: In, values: [front, back]}]}", true)]
    [InlineData("selector: {matchExpressions: [{key: tier, operator: NotIn, values: [front]}]}", false)]
    [InlineData("selector: {matchExpressions: [{key: env, operator: DoesNotExist}]}", true)]
    [InlineData("selector: {matchExpressions: [{key: env, operator: Exists}]}", false)]
    [InlineData("operations: [CREATE]", true)]
    [InlineData("operations: [UPDATE, DELETE]", false)]
    public void Every_resource_field_given_must_match(string field, bool matches)
    {
        var set = Kyv.Load(Rule($$"""
                    any:
                    - resources:
                        kinds: [Pod]
                        {{field}}
            """));
        Assert.Equal(matches ? 1 : 0, Kyv.Run(set, Kyv.Pod).Count);
    }

    [Fact]
    public void All_needs_every_filter_and_any_needs_one()
    {
        var all = Kyv.Load(Rule("""
                    all:
                    - resources: {kinds: [Pod]}
                    - resources: {names: [api]}
            """));
        var any = Kyv.Load(Rule("""
                    any:
                    - resources: {kinds: [Service]}
                    - resources: {kinds: [Pod], names: [web]}
            """));
        Assert.Empty(Kyv.Run(all, Kyv.Pod));
        Assert.Single(Kyv.Run(any, Kyv.Pod));
    }

    [Fact]
    public void Exclude_removes_the_resource_from_the_rule()
    {
        var excluded = Kyv.Load(Rule(
            """
                    any:
                    - resources: {kinds: [Pod]}
            """,
            """
                  exclude:
                    any:
                    - resources: {namespaces: [apps]}
            """));
        var other = Kyv.Load(Rule(
            """
                    any:
                    - resources: {kinds: [Pod]}
            """,
            """
                  exclude:
                    all:
                    - resources: {namespaces: [apps]}
                    - resources: {names: [api]}
            """));
        Assert.Empty(Kyv.Run(excluded, Kyv.Pod));
        Assert.Single(Kyv.Run(other, Kyv.Pod));
    }

    [Fact]
    public void A_namespace_selector_uses_the_labels_the_caller_knows_and_is_not_evaluated_without_them()
    {
        var set = Kyv.Load(Rule("""
                    any:
                    - resources:
                        kinds: [Pod]
                        namespaceSelector: {matchLabels: {env: prod}}
            """));
        var prod = new KyvernoRequestContext { NamespaceLabels = ns => ns == "apps" ? new Dictionary<string, string> { ["env"] = "prod" } : null };
        var dev = new KyvernoRequestContext { NamespaceLabels = _ => new Dictionary<string, string> { ["env"] = "dev" } };
        Assert.Equal(["r=Pass"], Kyv.Outcomes(set, Kyv.Pod, prod));
        Assert.Empty(Kyv.Run(set, Kyv.Pod, dev));
        var unknown = Assert.Single(Kyv.Run(set, Kyv.Pod));
        Assert.Equal(KyvernoRuleOutcome.NotEvaluated, unknown.Outcome);
        Assert.Contains("namespace \"apps\"", unknown.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Matching_by_user_is_not_evaluated_and_excluding_by_user_still_applies_the_rule()
    {
        var byUser = Kyv.Load(Rule("""
                    any:
                    - resources: {kinds: [Pod]}
                      clusterRoles: [cluster-admin]
            """));
        var exceptAdmins = Kyv.Load(Rule(
            """
                    any:
                    - resources: {kinds: [Pod]}
            """,
            """
                  exclude:
                    any:
                    - clusterRoles: [cluster-admin]
            """));
        Assert.Equal(["r=NotEvaluated"], Kyv.Outcomes(byUser, Kyv.Pod));
        Assert.Equal(["r=Pass"], Kyv.Outcomes(exceptAdmins, Kyv.Pod));
    }

    [Fact]
    public void A_namespaced_policy_applies_only_in_its_namespace()
    {
        var text = Rule("""
                    any:
                    - resources: {kinds: [Pod]}
            """).Replace("kind: ClusterPolicy", "kind: Policy", System.StringComparison.Ordinal).Replace("  name: p", "  name: p\n  namespace: other", System.StringComparison.Ordinal);
        var set = Kyv.Load(text);
        Assert.Empty(Kyv.Run(set, Kyv.Pod));
        var result = Assert.Single(Kyv.Run(set, Kyv.Pod.Replace("namespace: apps", "namespace: other", System.StringComparison.Ordinal)));
        Assert.Equal("other/p", result.Policy);
    }
}
