using Kurator.Sdk.Policy.Drift;
using Microsoft.CodeAnalysis;

namespace Kurator.Sdk.Analyzers.ApiVersions;

/// <summary>KSDK6001: a kind whose class carries <c>[KubeDeprecatedVersion]</c> (its CRD marks the version deprecated).</summary>
internal static class DeprecatedVersionRule
{
    public static Diagnostic? Check(INamedTypeSymbol type, KindCoordinates kind, INamedTypeSymbol? deprecatedAttribute, Location location)
    {
        if (deprecatedAttribute is null)
        {
            return null;
        }

        foreach (var attribute in type.GetAttributes())
        {
            if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, deprecatedAttribute))
            {
                continue;
            }

            var replacement = attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null;
            string? warning = null;
            string? servedBy = null;
            foreach (var named in attribute.NamedArguments)
            {
                if (named.Key == "Warning")
                {
                    warning = named.Value.Value as string;
                }
                else if (named.Key == "ServedBy")
                {
                    servedBy = named.Value.Value as string;
                }
            }

            var message = ApiDriftRules.DeprecatedMessage(kind.Group, kind.Version, kind.Kind, replacement, servedBy, warning);
            return Diagnostic.Create(ApiVersionDescriptors.Deprecated, location, MoveTo.Properties(kind, replacement), message);
        }

        return null;
    }
}
