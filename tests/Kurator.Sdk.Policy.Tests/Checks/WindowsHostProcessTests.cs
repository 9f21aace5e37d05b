using Kurator.Sdk.Policy.Tests.Fixtures;
using static Kurator.Sdk.Policy.Rules.PodSecurityLevel;
using static Kurator.Sdk.Policy.Tests.Fixtures.Eval;

namespace Kurator.Sdk.Policy.Tests.Checks;

public class WindowsHostProcessTests
{
    [Theory]
    [InlineData("spec.securityContext.windowsOptions.hostProcess", "pod")]
    [InlineData("spec.containers[0].securityContext.windowsOptions.hostProcess", "container \"app\"")]
    public void HostProcess_fails(string field, string subject)
    {
        var pod = Pods.Windows().SetJson(field, "true");

        var v = Assert.Single(Run(pod, Baseline));

        Assert.Equal("windowsHostProcess", v.CheckId);
        Assert.Equal(field, v.Path);
        Assert.Equal($"hostProcess ({subject} must not set securityContext.windowsOptions.hostProcess=true)", v.Message);
    }

    [Fact]
    public void HostProcess_is_not_relaxed_for_windows_pods_at_restricted()
    {
        var pod = Pods.Windows().SetJson("spec.securityContext.windowsOptions", "{'hostProcess':true}");

        Assert.Equal(Only("windowsHostProcess"), CheckIds(pod, Restricted, "v1.35"));
    }

    [Fact]
    public void HostProcess_false_passes()
    {
        Assert.Equal(None, CheckIds(Pods.Windows().SetJson("spec.securityContext.windowsOptions", "{'hostProcess':false}"), Restricted));
    }
}
