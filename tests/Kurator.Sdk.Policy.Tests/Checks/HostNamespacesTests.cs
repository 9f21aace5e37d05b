using Kurator.Sdk.Policy.Tests.Fixtures;
using static Kurator.Sdk.Policy.Rules.PodSecurityLevel;
using static Kurator.Sdk.Policy.Tests.Fixtures.Eval;

namespace Kurator.Sdk.Policy.Tests.Checks;

public class HostNamespacesTests
{
    [Theory]
    [InlineData("hostNetwork")]
    [InlineData("hostPID")]
    [InlineData("hostIPC")]
    public void Host_namespace_true_fails_baseline(string field)
    {
        var pod = Pods.Plain().SetJson("spec." + field, "true");

        var violations = Run(pod, Baseline, "v1.0");

        var v = Assert.Single(violations);
        Assert.Equal("hostNamespaces", v.CheckId);
        Assert.Equal("spec." + field, v.Path);
        Assert.Equal("host namespaces (" + field + "=true)", v.Message);
    }

    [Theory]
    [InlineData("hostNetwork")]
    [InlineData("hostPID")]
    [InlineData("hostIPC")]
    public void Host_namespace_false_passes(string field)
    {
        Assert.Equal(None, CheckIds(Pods.Plain().SetJson("spec." + field, "false"), Baseline));
        Assert.Equal(None, CheckIds(Pods.Restricted().SetJson("spec." + field, "false"), Restricted));
    }

    [Fact]
    public void Host_namespaces_are_reported_at_restricted_too()
    {
        Assert.Equal(Only("hostNamespaces"), CheckIds(Pods.Restricted().SetJson("spec.hostPID", "true"), Restricted, "v1.35"));
    }

    [Fact]
    public void Privileged_level_runs_no_check()
    {
        Assert.Equal(None, CheckIds(Pods.Plain().SetJson("spec.hostPID", "true"), Privileged));
    }
}
