using Microsoft.CodeAnalysis;

namespace Kurator.Sdk.Analyzers.Model;

/// <summary>The schema facts the generator wrote into a property's <c>[KubeProperty]</c> attribute.</summary>
internal sealed class KubePropertyInfo
{
    public KubePropertyInfo(IPropertySymbol property, string jsonName)
    {
        Property = property;
        JsonName = jsonName;
    }

    public IPropertySymbol Property { get; }

    public string JsonName { get; }

    public string? Pattern { get; set; }

    public long MinLength { get; set; } = -1;

    public long MaxLength { get; set; } = -1;

    public string? Minimum { get; set; }

    public string? Maximum { get; set; }

    public string? Format { get; set; }
}
