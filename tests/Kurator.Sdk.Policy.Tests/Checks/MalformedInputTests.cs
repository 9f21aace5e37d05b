using Kurator.Sdk.Policy.Reporting;
using Kurator.Sdk.Policy.Rules;
using Kurator.Sdk.Policy.Tests.Fixtures;
using static Kurator.Sdk.Policy.Rules.PodSecurityLevel;
using static Kurator.Sdk.Policy.Tests.Fixtures.Eval;

namespace Kurator.Sdk.Policy.Tests.Checks;

/// <summary>Rendered YAML can be wrong in shape; the check must still run and report what it can.</summary>
public class MalformedInputTests
{
    [Fact]
    public void Wrongly_shaped_fields_do_not_throw()
    {
        var pod = PodJson.Object("""
            {'apiVersion':'v1','kind':'Pod','metadata':'oops',
             'spec':{'os':'windows','securityContext':'x','volumes':['v',{'name':'h','hostPath':{'path':'/'}}],
               'containers':[ 'not-a-container', {'name':'app','securityContext':{'capabilities':{'add':'NET_RAW','drop':'ALL'}},'ports':{'hostPort':1}} ]}}
            """);

        Assert.Equal(Only("hostPathVolumes"), CheckIds(pod, Baseline));
        Assert.Contains("restrictedVolumes", CheckIds(pod, Restricted));
        var result = new PolicyCheckRunner(Baseline, PodSecurityVersion.Latest).Run([new PolicyDocument("x.yaml", pod, _ => null)]);
        Assert.Equal("<unnamed>", Assert.Single(result.Findings).Name);
    }

    [Fact]
    public void A_drop_list_given_as_text_is_not_drop_all()
    {
        var pod = Pods.Restricted().SetJson("spec.containers[0].securityContext.capabilities.drop", "'ALL'");

        Assert.Equal(Only("capabilities_restricted"), CheckIds(pod, Restricted));
    }
}
