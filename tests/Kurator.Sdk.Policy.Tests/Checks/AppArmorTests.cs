using Kurator.Sdk.Policy.Tests.Fixtures;
using static Kurator.Sdk.Policy.Rules.PodSecurityLevel;
using static Kurator.Sdk.Policy.Tests.Fixtures.Eval;

namespace Kurator.Sdk.Policy.Tests.Checks;

public class AppArmorTests
{
    private const string AnnotationPrefix = "container.apparmor.security.beta.kubernetes.io/";

    [Fact]
    public void Unconfined_annotation_fails()
    {
        var pod = Pods.Plain().Set("metadata.annotations", new System.Text.Json.Nodes.JsonObject { [AnnotationPrefix + "app"] = "unconfined" });

        var v = Assert.Single(Run(pod, Baseline, "v1.0"));

        Assert.Equal("appArmorProfile", v.CheckId);
        Assert.Equal("metadata.annotations[\"" + AnnotationPrefix + "app\"]", v.Path);
        Assert.Equal("forbidden AppArmor profile (forbidden annotation " + AnnotationPrefix + "app=\"unconfined\")", v.Message);
    }

    [Theory]
    [InlineData("runtime/default")]
    [InlineData("localhost/my-profile")]
    [InlineData("")]
    public void Allowed_annotation_values_pass(string value)
    {
        var pod = Pods.Plain().Set("metadata.annotations", new System.Text.Json.Nodes.JsonObject { [AnnotationPrefix + "app"] = value });

        Assert.Equal(None, CheckIds(pod, Baseline));
    }

    [Theory]
    [InlineData("spec.securityContext.appArmorProfile")]
    [InlineData("spec.containers[0].securityContext.appArmorProfile")]
    public void Unconfined_profile_type_fails(string field)
    {
        var pod = Pods.Plain().SetJson(field, "{'type':'Unconfined'}");

        var v = Assert.Single(Run(pod, Baseline));

        Assert.Equal("appArmorProfile", v.CheckId);
        Assert.Equal(field + ".type", v.Path);
    }

    [Theory]
    [InlineData("RuntimeDefault")]
    [InlineData("Localhost")]
    public void RuntimeDefault_and_Localhost_types_pass(string type)
    {
        var pod = Pods.Restricted().SetJson("spec.securityContext.appArmorProfile", $"{{'type':'{type}'}}");

        Assert.Equal(None, CheckIds(pod, Restricted));
    }
}
