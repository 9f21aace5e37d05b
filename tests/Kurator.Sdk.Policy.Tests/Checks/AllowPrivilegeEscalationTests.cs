using Kurator.Sdk.Policy.Tests.Fixtures;
using static Kurator.Sdk.Policy.Rules.PodSecurityLevel;
using static Kurator.Sdk.Policy.Tests.Fixtures.Eval;

namespace Kurator.Sdk.Policy.Tests.Checks;

public class AllowPrivilegeEscalationTests
{
    [Fact]
    public void Escalation_true_fails_restricted_from_1_8()
    {
        var pod = Pods.Restricted().SetJson("spec.containers[0].securityContext.allowPrivilegeEscalation", "true");

        Assert.Equal(None, CheckIds(pod, Restricted, "v1.7"));
        var v = Assert.Single(Run(pod, Restricted, "v1.8"));
        Assert.Equal("allowPrivilegeEscalation", v.CheckId);
        Assert.Equal("spec.containers[0].securityContext.allowPrivilegeEscalation", v.Path);
        Assert.Equal("allowPrivilegeEscalation != false (container \"app\" must set securityContext.allowPrivilegeEscalation=false)", v.Message);
    }

    [Fact]
    public void Unset_escalation_fails_restricted_at_the_missing_field()
    {
        var pod = Pods.Restricted().Without("spec.initContainers[0].securityContext.allowPrivilegeEscalation");

        var v = Assert.Single(Run(pod, Restricted));

        Assert.Equal("allowPrivilegeEscalation", v.CheckId);
        Assert.Equal("spec.initContainers[0].securityContext.allowPrivilegeEscalation", v.Path);
        Assert.Equal(Policy.Rules.FieldRuleKind.RequiredValue, v.Rule!.Kind);
    }

    [Fact]
    public void Escalation_is_not_a_baseline_check()
    {
        Assert.Equal(None, CheckIds(Pods.Plain().SetJson("spec.containers[0].securityContext.allowPrivilegeEscalation", "true"), Baseline));
    }

    [Fact]
    public void Windows_pods_skip_the_check_from_1_25()
    {
        Assert.Contains("allowPrivilegeEscalation", CheckIds(Pods.Windows(), Restricted, "v1.24"));
        Assert.Equal(None, CheckIds(Pods.Windows(), Restricted, "v1.25"));
    }

    [Fact]
    public void Linux_os_gets_no_relaxation()
    {
        var pod = Pods.Windows().SetJson("spec.os.name", "'linux'");

        Assert.Contains("allowPrivilegeEscalation", CheckIds(pod, Restricted, "v1.25"));
    }
}
