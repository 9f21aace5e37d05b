using System.Text.Json.Nodes;
using Kurator.Sdk.Policy.Tests.Fixtures;
using static Kurator.Sdk.Policy.Rules.PodSecurityLevel;
using static Kurator.Sdk.Policy.Tests.Fixtures.Eval;

namespace Kurator.Sdk.Policy.Tests.Checks;

public class SeccompTests
{
    [Theory]
    [InlineData("spec.securityContext.seccompProfile")]
    [InlineData("spec.containers[0].securityContext.seccompProfile")]
    public void Unconfined_fails_baseline_from_1_19(string field)
    {
        var pod = Pods.Plain().SetJson(field, "{'type':'Unconfined'}");

        Assert.Equal(None, CheckIds(pod, Baseline, "v1.18"));
        var v = Assert.Single(Run(pod, Baseline, "v1.19"));
        Assert.Equal("seccompProfile_baseline", v.CheckId);
        Assert.Equal(field + ".type", v.Path);
    }

    [Fact]
    public void Before_1_19_the_alpha_annotations_are_checked()
    {
        var pod = Pods.Plain().Set("metadata.annotations", new JsonObject
        {
            ["seccomp.security.alpha.kubernetes.io/pod"] = "unconfined",
            ["container.seccomp.security.alpha.kubernetes.io/app"] = "unconfined",
            ["container.seccomp.security.alpha.kubernetes.io/not-a-container"] = "unconfined",
        });

        var violations = Run(pod, Baseline, "v1.18");

        Assert.Equal(2, violations.Count);
        Assert.All(violations, v => Assert.Equal("seccompProfile_baseline", v.CheckId));
        Assert.Equal("metadata.annotations[\"seccomp.security.alpha.kubernetes.io/pod\"]", violations[0].Path);
        Assert.Equal("metadata.annotations[\"container.seccomp.security.alpha.kubernetes.io/app\"]", violations[1].Path);
        Assert.Equal(None, CheckIds(pod, Baseline, "v1.19"));
    }

    [Theory]
    [InlineData("runtime/default")]
    [InlineData("docker/default")]
    [InlineData("localhost/profile.json")]
    public void Allowed_alpha_annotations_pass(string value)
    {
        var pod = Pods.Plain().Set("metadata.annotations", new JsonObject { ["seccomp.security.alpha.kubernetes.io/pod"] = value });

        Assert.Equal(None, CheckIds(pod, Baseline, "v1.0"));
    }

    [Fact]
    public void Restricted_requires_a_profile_from_1_19()
    {
        var pod = Pods.Restricted().Without("spec.securityContext.seccompProfile");

        Assert.Equal(None, CheckIds(pod, Restricted, "v1.18"));
        var violations = Run(pod, Restricted, "v1.19");
        Assert.Equal(2, violations.Count);
        Assert.All(violations, v => Assert.Equal("seccompProfile_restricted", v.CheckId));
        Assert.Equal("spec.initContainers[0].securityContext.seccompProfile.type", violations[0].Path);
        Assert.Equal("seccompProfile (pod or container \"setup\" must set securityContext.seccompProfile.type to \"RuntimeDefault\" or \"Localhost\")", violations[0].Message);
    }

    [Fact]
    public void Every_container_may_set_its_own_profile_instead_of_the_pod()
    {
        var pod = Pods.Restricted().Without("spec.securityContext.seccompProfile")
            .SetJson("spec.containers[0].securityContext.seccompProfile", "{'type':'RuntimeDefault'}")
            .SetJson("spec.initContainers[0].securityContext.seccompProfile", "{'type':'Localhost','localhostProfile':'p.json'}");

        Assert.Equal(None, CheckIds(pod, Restricted));
    }

    [Fact]
    public void A_container_unconfined_under_a_valid_pod_profile_fails_restricted()
    {
        var pod = Pods.Restricted().SetJson("spec.containers[0].securityContext.seccompProfile", "{'type':'Unconfined'}");

        Assert.Equal(Only("seccompProfile_restricted"), CheckIds(pod, Restricted));
        Assert.Equal(Only("seccompProfile_baseline"), CheckIds(pod, Baseline));
        Assert.Equal(None, CheckIds(pod, Restricted, "v1.18")); // 1.18 knows only the annotations
    }

    [Fact]
    public void Windows_pods_skip_restricted_seccomp_from_1_25()
    {
        Assert.Contains("seccompProfile_restricted", CheckIds(Pods.Windows(), Restricted, "v1.24"));
        Assert.DoesNotContain("seccompProfile_restricted", CheckIds(Pods.Windows(), Restricted, "v1.25"));
    }
}
