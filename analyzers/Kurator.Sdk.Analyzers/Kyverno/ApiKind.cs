using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace Kurator.Sdk.Analyzers.Kyverno;

/// <summary>The API coordinates of a generated kind, from its <c>[KubeKind]</c> attribute.</summary>
internal sealed class ApiKind
{
    public ApiKind(string group, string version, string kind, bool namespaced)
    {
        Group = group;
        Version = version;
        Kind = kind;
        Namespaced = namespaced;
    }

    /// <summary>The kind a pod template stands for when Kyverno applies Pod rules to pod controllers.</summary>
    public static ApiKind Pod { get; } = new ApiKind(string.Empty, "v1", "Pod", namespaced: true);

    /// <summary>The API group ("" for the core group).</summary>
    public string Group { get; }

    public string Version { get; }

    public string Kind { get; }

    public bool Namespaced { get; }

    /// <summary>The wire <c>apiVersion</c>: <c>v1</c>, <c>apps/v1</c>.</summary>
    public string ApiVersion => Group.Length == 0 ? Version : Group + "/" + Version;

    /// <summary>Reads the attribute of generated kinds; null for other types. One instance per type and compilation.</summary>
    public sealed class Reader
    {
        private readonly INamedTypeSymbol? _attribute;
        private readonly ConcurrentDictionary<ITypeSymbol, ApiKind?> _kinds = new(SymbolEqualityComparer.Default);

        public Reader(INamedTypeSymbol? kubeKindAttribute) => _attribute = kubeKindAttribute;

        public ApiKind? Of(ITypeSymbol type) => _kinds.GetOrAdd(type.WithNullableAnnotation(NullableAnnotation.NotAnnotated), Read);

        private ApiKind? Read(ITypeSymbol type)
        {
            foreach (var attribute in type.GetAttributes())
            {
                var arguments = attribute.ConstructorArguments;
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _attribute) && arguments.Length == 5
                    && arguments[0].Value is string group && arguments[1].Value is string version && arguments[2].Value is string kind
                    && arguments[4].Value is bool namespaced)
                {
                    return new ApiKind(group, version, kind, namespaced);
                }
            }

            return null;
        }
    }
}
