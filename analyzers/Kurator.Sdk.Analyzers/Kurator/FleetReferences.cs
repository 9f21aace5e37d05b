using System.Collections.Concurrent;
using System.Linq;
using Kurator.Sdk.Analyzers.Model;
using Microsoft.CodeAnalysis;

namespace Kurator.Sdk.Analyzers.Kurator;

/// <summary>
/// KSDK3006, a compilation-end rule: fleets defined by Fleet objects and fleets named by destinations
/// (Application and other Kurator destinations), gathered per block and compared once all code is seen.
/// </summary>
internal sealed class FleetReferences
{
    private readonly ConcurrentDictionary<string, bool> _defined = new();
    private readonly ConcurrentBag<KubeField> _destinations = new();
    private volatile bool _someFleetUnnamed;

    public void Collect(KubeTree tree, INamedTypeSymbol fleetType)
    {
        foreach (var node in tree.OfType(fleetType))
        {
            var name = node.Child("metadata")?.Get("name")?.Value;
            if (name is { Kind: KubeValueKind.Scalar, Text: { } text })
            {
                _defined[text] = true;
            }
            else
            {
                _someFleetUnnamed = true; // a name computed at run time could be anything
            }
        }

        foreach (var node in tree.Nodes)
        {
            if (node.InFamily(KuratorNames.Family) && node.Type.Name.EndsWith("Destination", System.StringComparison.Ordinal)
                && node.Get("fleet") is { Value.Kind: KubeValueKind.Scalar } fleet)
            {
                _destinations.Add(fleet);
            }
        }
    }

    public void Report(System.Action<Diagnostic> report)
    {
        // No Fleet here means the fleets are managed elsewhere: nothing to compare against.
        if (_defined.IsEmpty || _someFleetUnnamed)
        {
            return;
        }

        var defined = string.Join(", ", _defined.Keys.OrderBy(k => k, System.StringComparer.Ordinal));
        foreach (var destination in _destinations)
        {
            if (!_defined.ContainsKey(destination.Value.Text!))
            {
                report(Diagnostic.Create(KuratorDescriptors.UnknownFleet, destination.Location, destination.Value.Text, defined));
            }
        }
    }
}
