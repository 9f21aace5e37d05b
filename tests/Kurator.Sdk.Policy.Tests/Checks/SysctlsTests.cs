using Kurator.Sdk.Policy.Tests.Fixtures;
using static Kurator.Sdk.Policy.Rules.PodSecurityLevel;
using static Kurator.Sdk.Policy.Tests.Fixtures.Eval;

namespace Kurator.Sdk.Policy.Tests.Checks;

public class SysctlsTests
{
    private static System.Text.Json.Nodes.JsonObject WithSysctl(string name) =>
        Pods.Plain().SetJson("spec.securityContext.sysctls", $"[{{'name':'kernel.shm_rmid_forced','value':'1'}},{{'name':'{name}','value':'1'}}]");

    [Fact]
    public void Unsafe_sysctl_fails()
    {
        var v = Assert.Single(Run(WithSysctl("kernel.msgmax"), Baseline));

        Assert.Equal("sysctls", v.CheckId);
        Assert.Equal("spec.securityContext.sysctls[1].name", v.Path);
        Assert.Equal("forbidden sysctls (forbidden sysctl \"kernel.msgmax\")", v.Message);
    }

    [Theory]
    [InlineData("net.ipv4.ip_local_port_range", 0)]
    [InlineData("net.ipv4.ip_local_reserved_ports", 27)]
    [InlineData("net.ipv4.tcp_keepalive_time", 29)]
    [InlineData("net.ipv4.tcp_fin_timeout", 29)]
    [InlineData("net.ipv4.tcp_rmem", 32)]
    [InlineData("net.ipv4.tcp_wmem", 32)]
    [InlineData("net.ipv4.tcp_notsent_lowat", 37)]
    public void Safe_sysctls_are_allowed_from_their_version(string name, int minor)
    {
        var pod = WithSysctl(name);

        if (minor > 0)
        {
            Assert.Equal(Only("sysctls"), CheckIds(pod, Baseline, "v1." + (minor - 1)));
        }

        Assert.Equal(None, CheckIds(pod, Baseline, "v1." + minor));
        Assert.Equal(None, CheckIds(pod, Baseline, "latest"));
    }
}
