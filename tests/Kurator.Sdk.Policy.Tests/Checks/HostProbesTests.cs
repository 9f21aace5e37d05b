using Kurator.Sdk.Policy.Tests.Fixtures;
using static Kurator.Sdk.Policy.Rules.PodSecurityLevel;
using static Kurator.Sdk.Policy.Tests.Fixtures.Eval;

namespace Kurator.Sdk.Policy.Tests.Checks;

public class HostProbesTests
{
    [Theory]
    [InlineData("livenessProbe.httpGet")]
    [InlineData("readinessProbe.tcpSocket")]
    [InlineData("startupProbe.httpGet")]
    [InlineData("lifecycle.postStart.httpGet")]
    [InlineData("lifecycle.preStop.tcpSocket")]
    public void Probe_or_lifecycle_host_fails_from_1_34(string handler)
    {
        var pod = Pods.Plain().SetJson("spec.containers[0]." + handler, "{'host':'10.0.0.1','port':8080}");

        Assert.Equal(None, CheckIds(pod, Baseline, "v1.33"));
        var v = Assert.Single(Run(pod, Baseline, "v1.34"));
        Assert.Equal("hostProbesAndHostLifecycle", v.CheckId);
        Assert.Equal("spec.containers[0]." + handler + ".host", v.Path);
        Assert.Equal($"probe or lifecycle host (container \"app\" uses {handler}.host=\"10.0.0.1\")", v.Message);
    }

    [Fact]
    public void Probe_without_host_passes()
    {
        var pod = Pods.Plain().SetJson("spec.containers[0].livenessProbe", "{'httpGet':{'port':8080,'host':''}}");

        Assert.Equal(None, CheckIds(pod, Baseline));
    }
}
