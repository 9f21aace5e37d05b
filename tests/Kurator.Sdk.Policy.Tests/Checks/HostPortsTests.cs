using Kurator.Sdk.Policy.Tests.Fixtures;
using static Kurator.Sdk.Policy.Rules.PodSecurityLevel;
using static Kurator.Sdk.Policy.Tests.Fixtures.Eval;

namespace Kurator.Sdk.Policy.Tests.Checks;

public class HostPortsTests
{
    [Fact]
    public void HostPort_fails()
    {
        var pod = Pods.Plain().SetJson("spec.containers[0].ports", "[{'containerPort':80},{'containerPort':8080,'hostPort':8080}]");

        var v = Assert.Single(Run(pod, Baseline));

        Assert.Equal("hostPorts", v.CheckId);
        Assert.Equal("spec.containers[0].ports[1].hostPort", v.Path);
        Assert.Equal("hostPort (container \"app\" uses hostPort 8080)", v.Message);
    }

    [Fact]
    public void Zero_or_absent_hostPort_passes()
    {
        var pod = Pods.Plain().SetJson("spec.containers[0].ports", "[{'containerPort':80},{'containerPort':81,'hostPort':0}]");

        Assert.Equal(None, CheckIds(pod, Baseline));
    }
}
