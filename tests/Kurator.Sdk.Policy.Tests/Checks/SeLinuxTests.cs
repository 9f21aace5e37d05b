using Kurator.Sdk.Policy.Tests.Fixtures;
using static Kurator.Sdk.Policy.Rules.PodSecurityLevel;
using static Kurator.Sdk.Policy.Tests.Fixtures.Eval;

namespace Kurator.Sdk.Policy.Tests.Checks;

public class SeLinuxTests
{
    [Theory]
    [InlineData("spec.securityContext.seLinuxOptions", "{'type':'spc_t'}", "type")]
    [InlineData("spec.containers[0].securityContext.seLinuxOptions", "{'user':'system_u'}", "user")]
    [InlineData("spec.containers[0].securityContext.seLinuxOptions", "{'role':'sysadm_r'}", "role")]
    public void Forbidden_selinux_options_fail(string field, string options, string key)
    {
        var pod = Pods.Plain().SetJson(field, options);

        var v = Assert.Single(Run(pod, Baseline));

        Assert.Equal("seLinuxOptions", v.CheckId);
        Assert.Equal(field + "." + key, v.Path);
        Assert.StartsWith("seLinuxOptions (", v.Message);
    }

    [Theory]
    [InlineData("container_t")]
    [InlineData("container_init_t")]
    [InlineData("container_kvm_t")]
    public void Container_types_pass_and_level_is_unchecked(string type)
    {
        var pod = Pods.Plain().SetJson("spec.containers[0].securityContext.seLinuxOptions", $"{{'type':'{type}','level':'s0:c123,c456'}}");

        Assert.Equal(None, CheckIds(pod, Baseline, "v1.0"));
    }

    [Fact]
    public void Container_engine_t_is_allowed_from_1_31()
    {
        var pod = Pods.Plain().SetJson("spec.securityContext.seLinuxOptions", "{'type':'container_engine_t'}");

        Assert.Equal(Only("seLinuxOptions"), CheckIds(pod, Baseline, "v1.30"));
        Assert.Equal(None, CheckIds(pod, Baseline, "v1.31"));
    }
}
