using System;
using Kurator.Sdk.Analyzers.Model;
using Microsoft.CodeAnalysis;

namespace Kurator.Sdk.Analyzers.BestPractice;

/// <summary>KSDK4002 (off by default): a pod container with neither resource requests nor limits.</summary>
internal sealed class ResourcesRule : ITreeRule
{
    public DiagnosticDescriptor Descriptor => BestPracticeDescriptors.Resources;

    public void Check(KubeTree tree, Action<Diagnostic> report)
    {
        foreach (var node in tree.Nodes)
        {
            if (node.IsOpen || !(node.IsInPodList("containers") || node.IsInPodList("initContainers")) || node.IsUnknown("resources"))
            {
                continue;
            }

            var resources = node.Child("resources");
            if (resources is { IsOpen: true } || resources is not null && (resources.IsSet("requests") || resources.IsSet("limits")))
            {
                continue;
            }

            report(Diagnostic.Create(Descriptor, node.Location, node.NameSuffix()));
        }
    }
}
