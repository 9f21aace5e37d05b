using System;
using Kurator.Sdk.Analyzers.Model;
using Microsoft.CodeAnalysis;

namespace Kurator.Sdk.Analyzers.Kurator;

/// <summary>KSDK3003: sync policies of one Application that name different fleets (a policy without a destination uses the spec's).</summary>
internal sealed class SyncPolicyFleetsRule : ITreeRule
{
    public DiagnosticDescriptor Descriptor => KuratorDescriptors.SyncPolicyFleets;

    public void Check(KubeTree tree, Action<Diagnostic> report)
    {
        foreach (var spec in tree.Nodes)
        {
            if (!spec.Is(KuratorNames.AppsNamespace, "ApplicationSpec") || spec.Get("syncPolicies")?.Value.List is not { } policies)
            {
                continue;
            }

            var fallback = spec.Child("destination")?.Get("fleet");
            KubeField? first = null;
            foreach (var item in policies.Items)
            {
                var fleet = item.Value.Node?.Child("destination")?.Get("fleet") ?? fallback;
                if (fleet?.Value.Kind != KubeValueKind.Scalar)
                {
                    continue;
                }

                if (first is null)
                {
                    first = fleet;
                }
                else if (fleet.Value.Text != first.Value.Text)
                {
                    report(Diagnostic.Create(Descriptor, fleet.Location, fleet.Value.Text, first.Value.Text));
                }
            }
        }
    }
}
