using Kurator.Sdk.Policy.Tests.Fixtures;
using static Kurator.Sdk.Policy.Rules.PodSecurityLevel;
using static Kurator.Sdk.Policy.Tests.Fixtures.Eval;

namespace Kurator.Sdk.Policy.Tests.Checks;

public class RunAsTests
{
    [Fact]
    public void Missing_runAsNonRoot_fails_per_container()
    {
        var pod = Pods.Restricted().Without("spec.securityContext.runAsNonRoot");

        var violations = Run(pod, Restricted, "v1.0");

        Assert.Equal(2, violations.Count);
        Assert.All(violations, v => Assert.Equal("runAsNonRoot", v.CheckId));
        Assert.Equal("spec.containers[0].securityContext.runAsNonRoot", violations[1].Path);
        Assert.Equal("runAsNonRoot != true (pod or container \"app\" must set securityContext.runAsNonRoot=true)", violations[1].Message);
    }

    [Fact]
    public void Containers_may_each_set_runAsNonRoot()
    {
        var pod = Pods.Restricted().Without("spec.securityContext.runAsNonRoot")
            .SetJson("spec.containers[0].securityContext.runAsNonRoot", "true")
            .SetJson("spec.initContainers[0].securityContext.runAsNonRoot", "true");

        Assert.Equal(None, CheckIds(pod, Restricted));
    }

    [Fact]
    public void Explicit_false_fails_even_under_pod_true()
    {
        var pod = Pods.Restricted().SetJson("spec.containers[0].securityContext.runAsNonRoot", "false");

        var v = Assert.Single(Run(pod, Restricted));

        Assert.Equal("runAsNonRoot", v.CheckId);
        Assert.Equal("runAsNonRoot != true (container \"app\" must not set securityContext.runAsNonRoot=false)", v.Message);
    }

    [Fact]
    public void Pod_false_fails()
    {
        var pod = Pods.Restricted().SetJson("spec.securityContext.runAsNonRoot", "false");

        var violations = Run(pod, Restricted);

        Assert.Contains(violations, v => v.Path == "spec.securityContext.runAsNonRoot");
        Assert.All(violations, v => Assert.Equal("runAsNonRoot", v.CheckId));
    }

    [Fact]
    public void RunAsUser_zero_fails_from_1_23()
    {
        var pod = Pods.Restricted().SetJson("spec.containers[0].securityContext.runAsUser", "0");

        Assert.Equal(None, CheckIds(pod, Restricted, "v1.22"));
        var v = Assert.Single(Run(pod, Restricted, "v1.23"));
        Assert.Equal("runAsUser", v.CheckId);
        Assert.Equal("runAsUser=0 (container \"app\" must not set runAsUser=0)", v.Message);
    }

    [Fact]
    public void Pod_runAsUser_zero_fails_and_non_zero_passes()
    {
        Assert.Equal(Only("runAsUser"), CheckIds(Pods.Restricted().SetJson("spec.securityContext.runAsUser", "0"), Restricted));
        Assert.Equal(None, CheckIds(Pods.Restricted().SetJson("spec.securityContext.runAsUser", "1000"), Restricted));
    }

    [Fact]
    public void User_namespace_pods_are_relaxed_from_1_35()
    {
        var pod = Pods.Restricted().SetJson("spec.hostUsers", "false")
            .Without("spec.securityContext.runAsNonRoot")
            .SetJson("spec.securityContext.runAsUser", "0");

        Assert.Equal(["runAsNonRoot", "runAsUser"], CheckIds(pod, Restricted, "v1.34"));
        Assert.Equal(None, CheckIds(pod, Restricted, "v1.35"));
    }
}
