using Kurator.Sdk.Policy.Tests.Fixtures;
using static Kurator.Sdk.Policy.Rules.PodSecurityLevel;
using static Kurator.Sdk.Policy.Tests.Fixtures.Eval;

namespace Kurator.Sdk.Policy.Tests.Checks;

public class PrivilegedTests
{
    [Theory]
    [InlineData("containers")]
    [InlineData("initContainers")]
    public void Privileged_container_fails(string list)
    {
        var pod = Pods.Plain().SetJson("spec.initContainers", "[{'name':'setup','image':'busybox'}]")
            .SetJson("spec." + list + "[0].securityContext.privileged", "true");

        var v = Assert.Single(Run(pod, Baseline));

        Assert.Equal("privileged", v.CheckId);
        Assert.Equal("spec." + list + "[0].securityContext.privileged", v.Path);
        Assert.Contains("must not set securityContext.privileged=true", v.Message);
    }

    [Fact]
    public void Privileged_ephemeral_container_fails()
    {
        var pod = Pods.Plain().SetJson("spec.ephemeralContainers",
            "[{'name':'debug','image':'busybox','securityContext':{'privileged':true}}]");

        var v = Assert.Single(Run(pod, Baseline));

        Assert.Equal("privileged", v.CheckId);
        Assert.Equal("spec.ephemeralContainers[0].securityContext.privileged", v.Path);
        Assert.Equal("privileged (container \"debug\" must not set securityContext.privileged=true)", v.Message);
    }

    [Fact]
    public void Privileged_false_passes()
    {
        Assert.Equal(None, CheckIds(Pods.Plain().SetJson("spec.containers[0].securityContext.privileged", "false"), Baseline));
    }

    [Fact]
    public void Null_counts_as_unset()
    {
        Assert.Equal(None, CheckIds(Pods.Plain().Set("spec.containers[0].securityContext.privileged", null), Baseline));
    }
}
