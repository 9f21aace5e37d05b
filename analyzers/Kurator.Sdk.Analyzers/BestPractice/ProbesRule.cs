using System;
using Kurator.Sdk.Analyzers.Model;
using Microsoft.CodeAnalysis;

namespace Kurator.Sdk.Analyzers.BestPractice;

/// <summary>KSDK4003 (off by default): a long-running container with neither liveness nor readiness probe.</summary>
internal sealed class ProbesRule : ITreeRule
{
    public DiagnosticDescriptor Descriptor => BestPracticeDescriptors.Probes;

    public void Check(KubeTree tree, Action<Diagnostic> report)
    {
        foreach (var node in tree.Nodes)
        {
            // Init containers and batch pods run to completion: probes do not apply.
            if (node.IsOpen || !node.IsInPodList("containers") || node.InBatchWorkload()
                || node.IsSet("livenessProbe") || node.IsSet("readinessProbe"))
            {
                continue;
            }

            report(Diagnostic.Create(Descriptor, node.Location, node.NameSuffix()));
        }
    }
}
