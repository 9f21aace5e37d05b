using Microsoft.CodeAnalysis;

namespace Kurator.Sdk.Analyzers.Model;

/// <summary>
/// The SDK types the analyzers look for, resolved once per compilation. Null when the compilation does not
/// reference Kurator.Sdk, in which case analyzers register nothing and cost nothing.
/// </summary>
internal sealed class KubeSymbols
{
    private KubeSymbols(Compilation compilation, INamedTypeSymbol kubeModel, INamedTypeSymbol kubeObject, INamedTypeSymbol property)
    {
        Compilation = compilation;
        KubeModel = kubeModel;
        KubeObject = kubeObject;
        KubePropertyAttribute = property;
        KubeWireAttribute = compilation.GetTypeByMetadataName("Kurator.Sdk.KubeWireAttribute");
        KubeKindAttribute = compilation.GetTypeByMetadataName("Kurator.Sdk.KubeKindAttribute");
        ListOfT = compilation.GetTypeByMetadataName("System.Collections.Generic.List`1");
        DictionaryOfTKeyTValue = compilation.GetTypeByMetadataName("System.Collections.Generic.Dictionary`2");
        ActionOfT = compilation.GetTypeByMetadataName("System.Action`1");
        PodSpec = compilation.GetTypeByMetadataName("Kurator.Sdk.Kubernetes.Core.V1.PodSpec");
        Container = compilation.GetTypeByMetadataName("Kurator.Sdk.Kubernetes.Core.V1.Container");
        EphemeralContainer = compilation.GetTypeByMetadataName("Kurator.Sdk.Kubernetes.Core.V1.EphemeralContainer");
        Json = new JsonSymbols(compilation);
        Properties = new PropertyMap(this);
    }

    public Compilation Compilation { get; }

    public INamedTypeSymbol KubeModel { get; }

    public INamedTypeSymbol KubeObject { get; }

    public INamedTypeSymbol KubePropertyAttribute { get; }

    public INamedTypeSymbol? KubeWireAttribute { get; }

    public INamedTypeSymbol? KubeKindAttribute { get; }

    public INamedTypeSymbol? ListOfT { get; }

    public INamedTypeSymbol? DictionaryOfTKeyTValue { get; }

    public INamedTypeSymbol? ActionOfT { get; }

    /// <summary>The core PodSpec; null when Kurator.Sdk.Kubernetes is not referenced.</summary>
    public INamedTypeSymbol? PodSpec { get; }

    public INamedTypeSymbol? Container { get; }

    public INamedTypeSymbol? EphemeralContainer { get; }

    /// <summary>The free-form JSON types (<c>JsonNode</c> and its kinds).</summary>
    public JsonSymbols Json { get; }

    /// <summary>Wire names and builder methods of generated types, cached for the compilation.</summary>
    public PropertyMap Properties { get; }

    /// <summary>Resolves the symbols, or returns null when the compilation does not use Kurator.Sdk.</summary>
    public static KubeSymbols? TryCreate(Compilation compilation)
    {
        var model = compilation.GetTypeByMetadataName("Kurator.Sdk.KubeModel");
        var obj = compilation.GetTypeByMetadataName("Kurator.Sdk.KubeObject");
        var property = compilation.GetTypeByMetadataName("Kurator.Sdk.KubePropertyAttribute");
        return model is null || obj is null || property is null ? null : new KubeSymbols(compilation, model, obj, property);
    }

    /// <summary>True for generated model types (everything deriving from KubeModel).</summary>
    public bool IsModel(ITypeSymbol? type)
    {
        for (var t = type as INamedTypeSymbol; t is not null; t = t.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(t, KubeModel))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="type"/> is <c>List&lt;T&gt;</c>; gives T.</summary>
    public bool IsList(ITypeSymbol? type, out ITypeSymbol? item)
    {
        item = null;
        if (type is INamedTypeSymbol { IsGenericType: true } named && SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, ListOfT))
        {
            item = named.TypeArguments[0];
            return true;
        }

        if (type is IArrayTypeSymbol array)
        {
            item = array.ElementType;
            return true;
        }

        return false;
    }

    /// <summary>True when <paramref name="type"/> is <c>Dictionary&lt;K,V&gt;</c>.</summary>
    public bool IsDictionary(ITypeSymbol? type) =>
        type is INamedTypeSymbol { IsGenericType: true } named && SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, DictionaryOfTKeyTValue);
}
