using System.Linq;
using Kurator.Sdk.Fleet.Model;
using Kurator.Sdk.Policy.Evaluation;
using Kurator.Sdk.Policy.Rules;
using Xunit;

namespace Kurator.Sdk.Fleet.Tests;

/// <summary>The Quickstart sample's content.</summary>
public class QuickstartSampleTests
{
    [Fact]
    public void Member_workloads_pass_restricted_pod_security()
    {
        var plan = QuickstartPlan.App().Synthesize();
        foreach (var member in plan.Members)
        {
            var deployment = member.Objects.Single(o => (string?)o["kind"] == "Deployment");
            Assert.Empty(PodSecurityEvaluator.Evaluate(deployment, PodSecurityLevel.Restricted, PodSecurityVersion.Latest));
        }
    }

    [Fact]
    public void The_fleet_has_two_attached_members_with_metric_and_policy_plugins()
    {
        var plan = QuickstartPlan.App().Synthesize();
        Assert.Equal(["kurator-member1", "kurator-member2"], plan.Members.Select(m => m.Name));
        var fleet = plan.Host.Objects.Single(o => (string?)o["kind"] == "Fleet");
        Assert.Equal("thanos-objstore", (string?)fleet["spec"]!["plugin"]!["metric"]!["thanos"]!["objectStoreConfig"]!["secretName"]);
        Assert.NotNull(fleet["spec"]!["plugin"]!["grafana"]);
        Assert.Equal("baseline", (string?)fleet["spec"]!["plugin"]!["policy"]!["kyverno"]!["podSecurity"]!["standard"]);
        Assert.Equal("Audit", (string?)fleet["spec"]!["plugin"]!["policy"]!["kyverno"]!["podSecurity"]!["validationFailureAction"]);
        Assert.Equal(ObjectRef.Of(fleet), new ObjectRef("fleet.kurator.dev/v1alpha1", "Fleet", "default", "quickstart"));
    }
}
