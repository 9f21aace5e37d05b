using System;
using System.Linq;
using Kurator.Sdk.Analyzers.Model;
using Microsoft.CodeAnalysis;

namespace Kurator.Sdk.Analyzers.Kurator;

/// <summary>KSDK3001: an Application source with zero or several repositories.</summary>
internal sealed class ApplicationSourceRule : ITreeRule
{
    private static readonly string[] Repositories = { "gitRepository", "helmRepository", "ociRepository" };

    public DiagnosticDescriptor Descriptor => KuratorDescriptors.SourceCount;

    public void Check(KubeTree tree, Action<Diagnostic> report)
    {
        foreach (var source in tree.Nodes)
        {
            if (source.IsOpen || !source.Is(KuratorNames.AppsNamespace, "ApplicationSpecSource"))
            {
                continue;
            }

            // A value computed at run time counts as set (it is assigned), so "none" is only said of sources that assign nothing.
            var set = Repositories.Where(source.IsSet).ToList();
            if (set.Count == 0)
            {
                report(Diagnostic.Create(Descriptor, source.Location, "no repository"));
            }
            else if (set.Count > 1)
            {
                report(Diagnostic.Create(Descriptor, source.LocationOf(set[1]), string.Join(" and ", set)));
            }
        }
    }
}
