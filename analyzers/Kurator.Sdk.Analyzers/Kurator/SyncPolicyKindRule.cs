using System;
using Kurator.Sdk.Analyzers.Model;
using Microsoft.CodeAnalysis;

namespace Kurator.Sdk.Analyzers.Kurator;

/// <summary>KSDK3002: a sync policy with both or neither of kustomization and helm.</summary>
internal sealed class SyncPolicyKindRule : ITreeRule
{
    public DiagnosticDescriptor Descriptor => KuratorDescriptors.SyncPolicyKind;

    public void Check(KubeTree tree, Action<Diagnostic> report)
    {
        foreach (var policy in tree.Nodes)
        {
            // A value computed at run time counts as set: it is assigned, so only "both" can be judged then.
            if (policy.IsOpen || !policy.Is(KuratorNames.AppsNamespace, "ApplicationSpecSyncPolicy"))
            {
                continue;
            }

            var kustomization = policy.IsSet("kustomization");
            var helm = policy.IsSet("helm");
            if (kustomization && helm)
            {
                report(Diagnostic.Create(Descriptor, policy.LocationOf("helm"), "both kustomization and helm"));
            }
            else if (!kustomization && !helm)
            {
                report(Diagnostic.Create(Descriptor, policy.Location, "neither kustomization nor helm"));
            }
        }
    }
}
