using Microsoft.CodeAnalysis;

namespace Kurator.Sdk.Analyzers.ApiVersions;

/// <summary>The group, version and kind a generated type's <c>[KubeKind]</c> names.</summary>
internal sealed class KindCoordinates
{
    private KindCoordinates(string group, string version, string kind)
    {
        Group = group;
        Version = version;
        Kind = kind;
    }

    public string Group { get; }

    public string Version { get; }

    public string Kind { get; }

    /// <summary>The coordinates of <paramref name="type"/>, or null when it is not a generated kind.</summary>
    public static KindCoordinates? Of(INamedTypeSymbol type, INamedTypeSymbol kubeKindAttribute)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, kubeKindAttribute) && attribute.ConstructorArguments.Length >= 3
                && attribute.ConstructorArguments[0].Value is string group && attribute.ConstructorArguments[1].Value is string version
                && attribute.ConstructorArguments[2].Value is string kind)
            {
                return new KindCoordinates(group, version, kind);
            }
        }

        return null;
    }
}
