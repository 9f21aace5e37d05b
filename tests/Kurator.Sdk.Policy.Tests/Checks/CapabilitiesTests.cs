using Kurator.Sdk.Policy.Tests.Fixtures;
using static Kurator.Sdk.Policy.Rules.PodSecurityLevel;
using static Kurator.Sdk.Policy.Tests.Fixtures.Eval;

namespace Kurator.Sdk.Policy.Tests.Checks;

public class CapabilitiesTests
{
    [Theory]
    [InlineData("NET_RAW")]
    [InlineData("SYS_ADMIN")]
    [InlineData("chown")] // case-sensitive
    [InlineData("CAP_CHOWN")] // no prefix stripping
    public void Non_default_capability_fails_baseline(string capability)
    {
        var pod = Pods.Plain().SetJson("spec.containers[0].securityContext.capabilities.add", $"['{capability}']");

        var v = Assert.Single(Run(pod, Baseline));

        Assert.Equal("capabilities_baseline", v.CheckId);
        Assert.Equal("spec.containers[0].securityContext.capabilities.add[0]", v.Path);
        Assert.Equal($"non-default capabilities (container \"app\" must not include \"{capability}\" in securityContext.capabilities.add)", v.Message);
    }

    [Fact]
    public void Default_capabilities_pass_baseline()
    {
        var pod = Pods.Plain().SetJson("spec.containers[0].securityContext.capabilities.add",
            "['AUDIT_WRITE','CHOWN','DAC_OVERRIDE','FOWNER','FSETID','KILL','MKNOD','NET_BIND_SERVICE','SETFCAP','SETGID','SETPCAP','SETUID','SYS_CHROOT']");

        Assert.Equal(None, CheckIds(pod, Baseline));
    }

    [Fact]
    public void Restricted_requires_drop_all_from_1_22()
    {
        var pod = Pods.Restricted().Without("spec.containers[0].securityContext.capabilities");

        Assert.Equal(None, CheckIds(pod, Restricted, "v1.21"));
        var v = Assert.Single(Run(pod, Restricted, "v1.22"));
        Assert.Equal("capabilities_restricted", v.CheckId);
        Assert.Equal("spec.containers[0].securityContext.capabilities.drop", v.Path);
        Assert.Equal("unrestricted capabilities (container \"app\" must set securityContext.capabilities.drop=[\"ALL\"])", v.Message);
    }

    [Fact]
    public void Dropping_specific_capabilities_is_not_drop_all()
    {
        var pod = Pods.Restricted().SetJson("spec.containers[0].securityContext.capabilities.drop", "['NET_RAW','SYS_ADMIN']");

        Assert.Equal(Only("capabilities_restricted"), CheckIds(pod, Restricted));
    }

    [Fact]
    public void Restricted_allows_only_net_bind_service()
    {
        var ok = Pods.Restricted().SetJson("spec.containers[0].securityContext.capabilities.add", "['NET_BIND_SERVICE']");
        var bad = Pods.Restricted().SetJson("spec.containers[0].securityContext.capabilities.add", "['NET_BIND_SERVICE','CHOWN']");

        Assert.Equal(None, CheckIds(ok, Restricted));
        var v = Assert.Single(Run(bad, Restricted));
        Assert.Equal("capabilities_restricted", v.CheckId);
        Assert.Equal("spec.containers[0].securityContext.capabilities.add[1]", v.Path);
    }

    [Fact]
    public void Restricted_capabilities_replace_the_baseline_check_from_1_22()
    {
        var pod = Pods.Restricted().SetJson("spec.containers[0].securityContext.capabilities.add", "['NET_RAW']");

        Assert.Equal(Only("capabilities_baseline"), CheckIds(pod, Restricted, "v1.21"));
        Assert.Equal(Only("capabilities_restricted"), CheckIds(pod, Restricted, "v1.22"));
    }

    [Fact]
    public void Windows_pods_skip_restricted_capabilities_from_1_25()
    {
        var pod = Pods.Windows();

        Assert.Contains("capabilities_restricted", CheckIds(pod, Restricted, "v1.24"));
        Assert.DoesNotContain("capabilities_restricted", CheckIds(pod, Restricted, "v1.25"));
    }
}
