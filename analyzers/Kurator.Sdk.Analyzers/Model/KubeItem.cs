using Microsoft.CodeAnalysis;

namespace Kurator.Sdk.Analyzers.Model;

/// <summary>A list item or map entry value and the expression that gave it.</summary>
internal sealed class KubeItem
{
    public KubeItem(KubeValue value, Location location)
    {
        Value = value;
        Location = location;
    }

    public KubeValue Value { get; }

    public Location Location { get; }
}
