using System.Collections.Generic;
using System.Linq;
using Kurator.Sdk.Policy.Reporting;
using Kurator.Sdk.Policy.Rules;
using Kurator.Sdk.Policy.Tests.Fixtures;

namespace Kurator.Sdk.Policy.Tests.Reporting;

public class ListDocumentTests
{
    [Fact]
    public void Items_of_a_list_are_reported_under_their_own_kind_and_name()
    {
        var list = PodJson.Object("{'apiVersion':'v1','kind':'List','items':[]}");
        list["items"]!.AsArray().Add(Pods.Restricted());
        list["items"]!.AsArray().Add(Pods.Plain().SetJson("spec.hostNetwork", "true"));
        var lines = new Dictionary<string, int> { ["items[1]"] = 30, ["items[1].spec.hostNetwork"] = 36 };

        var result = new PolicyCheckRunner(PodSecurityLevel.Baseline, PodSecurityVersion.Latest)
            .Run([PolicyDocument.FromLineMap("all.yaml", list, lines)]);

        Assert.Equal(["all.yaml:36: Pod/plain: hostNamespaces: spec.hostNetwork: host namespaces (hostNetwork=true)"], result.Lines.ToArray());
        Assert.Equal(2, result.DocumentsChecked);
    }

    [Fact]
    public void Findings_of_a_document_come_in_source_order()
    {
        var pod = Pods.Plain().SetJson("spec.hostPID", "true").SetJson("spec.containers[0].securityContext.privileged", "true");
        var lines = new Dictionary<string, int> { ["spec.hostPID"] = 20, ["spec.containers[0].securityContext.privileged"] = 12 };

        var result = new PolicyCheckRunner(PodSecurityLevel.Baseline, PodSecurityVersion.Latest).Run([PolicyDocument.FromLineMap("p.yaml", pod, lines)]);

        Assert.Equal([12, 20], result.Findings.Select(f => f.Line).ToArray());
        Assert.Equal(["privileged", "hostNamespaces"], result.Findings.Select(f => f.Violation.CheckId).ToArray());
    }
}
