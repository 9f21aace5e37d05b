using Kurator.Sdk.Policy.Tests.Fixtures;
using static Kurator.Sdk.Policy.Rules.PodSecurityLevel;
using static Kurator.Sdk.Policy.Tests.Fixtures.Eval;

namespace Kurator.Sdk.Policy.Tests.Checks;

public class ProcMountTests
{
    [Fact]
    public void Unmasked_procMount_fails_baseline()
    {
        var pod = Pods.Plain().SetJson("spec.containers[0].securityContext.procMount", "'Unmasked'");

        var v = Assert.Single(Run(pod, Baseline));

        Assert.Equal("procMount", v.CheckId);
        Assert.Equal("spec.containers[0].securityContext.procMount", v.Path);
        Assert.Equal("procMount (container \"app\" must not set securityContext.procMount to \"Unmasked\")", v.Message);
    }

    [Fact]
    public void Default_procMount_passes()
    {
        Assert.Equal(None, CheckIds(Pods.Restricted().SetJson("spec.containers[0].securityContext.procMount", "'Default'"), Restricted));
    }

    [Fact]
    public void User_namespace_pods_may_unmask_at_baseline_from_1_35()
    {
        var pod = Pods.Plain().SetJson("spec.hostUsers", "false").SetJson("spec.containers[0].securityContext.procMount", "'Unmasked'");

        Assert.Equal(Only("procMount"), CheckIds(pod, Baseline, "v1.34"));
        Assert.Equal(None, CheckIds(pod, Baseline, "v1.35"));
    }

    // hostUsers is a boolean; the string "false" is invalid (the API server rejects it) and must not relax a check.
    [Fact]
    public void HostUsers_written_as_the_string_false_gets_no_relaxation()
    {
        var pod = Pods.Plain().SetJson("spec.hostUsers", "'false'").SetJson("spec.containers[0].securityContext.procMount", "'Unmasked'");

        Assert.Equal(Only("procMount"), CheckIds(pod, Baseline, "v1.35"));
    }

    [Fact]
    public void HostUsers_true_gets_no_relaxation()
    {
        var pod = Pods.Plain().SetJson("spec.hostUsers", "true").SetJson("spec.containers[0].securityContext.procMount", "'Unmasked'");

        Assert.Equal(Only("procMount"), CheckIds(pod, Baseline, "v1.35"));
    }

    [Fact]
    public void Restricted_replaces_procMount_with_procMount_restricted_from_1_35()
    {
        var pod = Pods.Restricted().SetJson("spec.hostUsers", "false").SetJson("spec.containers[0].securityContext.procMount", "'Unmasked'");

        Assert.Equal(Only("procMount"), CheckIds(pod, Restricted, "v1.34"));
        Assert.Equal(Only("procMount_restricted"), CheckIds(pod, Restricted, "v1.35"));
    }
}
