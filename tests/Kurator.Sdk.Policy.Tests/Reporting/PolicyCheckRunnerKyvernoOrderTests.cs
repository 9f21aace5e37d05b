using System.Collections.Generic;
using System.Linq;
using Kurator.Sdk.Policy.Kyverno;
using Kurator.Sdk.Policy.Reporting;
using Kurator.Sdk.Policy.Rules;
using Kurator.Sdk.Policy.Tests.KyvernoEngine;

namespace Kurator.Sdk.Policy.Tests.Reporting;

/// <summary>
/// check --policy evaluates the Kyverno policies in parallel batches: the findings still come out in document order, the
/// same as one document after the other, across batch boundaries.
/// </summary>
public class PolicyCheckRunnerKyvernoOrderTests
{
    [Fact]
    public void Kyverno_findings_keep_document_order_across_parallel_batches()
    {
        var set = Kyv.Load(Kyv.Policy("""
                - name: no-latest
                  match:
                    any:
                    - resources:
                        kinds: [Pod]
                  validate:
                    message: "{{ request.object.metadata.name }} uses latest"
                    pattern:
                      spec:
                        containers:
                        - image: "!*:latest"
            """));
        Assert.Empty(set.Problems);

        // Every third pod fails; 700 documents span three batches.
        var documents = Enumerable.Range(0, 700).Select(i => new PolicyDocument(
            $"pods/{i}.yaml",
            Kyv.Yaml(Kyv.Pod.Replace("name: web\n", $"name: web-{i}\n", System.StringComparison.Ordinal)
                .Replace("busybox:latest", "busybox:1.36", System.StringComparison.Ordinal)
                .Replace("nginx:1.25", i % 3 == 0 ? "nginx:latest" : "nginx:1.25", System.StringComparison.Ordinal)),
            _ => null)).ToList();
        var runner = new PolicyCheckRunner(PodSecurityLevel.Privileged, PodSecurityVersion.Latest, policies: set);

        var result = runner.Run(documents);

        var expected = documents
            .SelectMany(d => set.Evaluate(d.Object).Where(KyvernoFinding.IsFinding).Select(r => $"{d.File} {r.Message}"))
            .ToList();
        Assert.Equal(234, expected.Count);
        Assert.Equal(expected, result.KyvernoFindings.Select(f => $"{f.File} {f.Result.Message}").ToList());
    }
}
