using System.Collections.Generic;
using System.Linq;
using Kurator.Sdk.Policy.Reporting;
using Kurator.Sdk.Policy.Rules;
using Kurator.Sdk.Policy.Tests.Fixtures;

namespace Kurator.Sdk.Policy.Tests.Reporting;

public class PolicyCheckRunnerTests
{
    [Fact]
    public void Prints_the_contract_line_with_the_field_line()
    {
        var deployment = PodJson.Object("""
            {'apiVersion':'apps/v1','kind':'Deployment','metadata':{'name':'face-detection'},
             'spec':{'template':{'spec':{'containers':[{'name':'detector','image':'face:1'}],
               'volumes':[{'name':'models','hostPath':{'path':'/models'}}]}}}}
            """);
        var lines = new Dictionary<string, int> { ["spec.template.spec.volumes[0].hostPath"] = 17 };
        var runner = new PolicyCheckRunner(PodSecurityLevel.Baseline, PodSecurityVersion.Parse("v1.35"));

        var result = runner.Run([PolicyDocument.FromLineMap("deploy/face.yaml", deployment, lines, documentLine: 3)]);

        Assert.Equal(
            ["deploy/face.yaml:17: Deployment/face-detection: hostPathVolumes: spec.template.spec.volumes[0].hostPath: hostPath volumes (volume \"models\" uses hostPath)"],
            result.Lines.ToArray());
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(1, result.PodSpecsChecked);
    }

    [Fact]
    public void A_missing_field_points_at_its_nearest_present_ancestor()
    {
        var pod = Pods.Restricted().Without("spec.containers[0].securityContext");
        var lines = new Dictionary<string, int> { ["spec"] = 5, ["spec.containers"] = 9, ["spec.containers[0]"] = 10 };
        var runner = new PolicyCheckRunner(PodSecurityLevel.Restricted, PodSecurityVersion.Latest);

        var result = runner.Run([PolicyDocument.FromLineMap("pod.yaml", pod, lines)]);

        Assert.NotEmpty(result.Findings);
        Assert.All(result.Findings, f => Assert.Equal(10, f.Line));
    }

    [Fact]
    public void Without_any_known_line_the_document_line_is_used()
    {
        var pod = Pods.Plain().SetJson("spec.hostPID", "true");
        var runner = new PolicyCheckRunner(PodSecurityLevel.Baseline, PodSecurityVersion.Latest);

        var finding = Assert.Single(runner.Run([new PolicyDocument("multi.yaml", pod, _ => null, documentLine: 42)]).Findings);

        Assert.Equal(42, finding.Line);
        Assert.StartsWith("multi.yaml:42: Pod/plain: hostNamespaces: spec.hostPID: ", finding.ToString());
    }

    [Fact]
    public void Compliant_and_non_pod_documents_exit_zero()
    {
        var configMap = PodJson.Object("{'apiVersion':'v1','kind':'ConfigMap','metadata':{'name':'c'},'data':{'hostPID':'true'}}");
        var runner = new PolicyCheckRunner(PodSecurityLevel.Restricted, PodSecurityVersion.Latest);

        var result = runner.Run([
            new PolicyDocument("a.yaml", Pods.Restricted(), _ => 1),
            new PolicyDocument("b.yaml", configMap, _ => 1),
        ]);

        Assert.Empty(result.Findings);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2, result.DocumentsChecked);
        Assert.Equal(1, result.PodSpecsChecked);
    }

    [Fact]
    public void Unnamed_objects_are_reported_as_unnamed()
    {
        var pod = Pods.Plain().Without("metadata.name").SetJson("spec.hostIPC", "true");

        var finding = Assert.Single(new PolicyCheckRunner(PodSecurityLevel.Baseline, PodSecurityVersion.Latest).Run([new PolicyDocument("p.yaml", pod, _ => 2)]).Findings);

        Assert.Equal("<unnamed>", finding.Name);
    }
}
