using System;
using System.Collections.Concurrent;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Kurator.Sdk.Analyzers.Model;

/// <summary>
/// Maps generated properties to their wire facts and builder methods to the property they write, read from
/// metadata once per symbol (the generator's naming: <c>WithX</c>, <c>AddItem</c> for list <c>Items</c>).
/// </summary>
internal sealed class PropertyMap
{
    private readonly KubeSymbols _symbols;
    private readonly ConcurrentDictionary<IPropertySymbol, KubePropertyInfo?> _properties = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, BuilderMethod?> _builders = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<(ITypeSymbol, string), KubePropertyInfo?> _byWireName = new();

    public PropertyMap(KubeSymbols symbols) => _symbols = symbols;

    /// <summary>The wire facts of a generated property, or null for anything else.</summary>
    public KubePropertyInfo? Get(IPropertySymbol property) => _properties.GetOrAdd(property.OriginalDefinition, Read);

    /// <summary>The builder meaning of a method on a generated type, or null.</summary>
    public BuilderMethod? GetBuilder(IMethodSymbol method) => _builders.GetOrAdd(method.OriginalDefinition, ReadBuilder);

    /// <summary>The property of <paramref name="type"/> with this wire name, or null.</summary>
    public KubePropertyInfo? FindByWireName(ITypeSymbol type, string jsonName) =>
        _byWireName.GetOrAdd((type, jsonName), key =>
        {
            if (key.Item1 is not INamedTypeSymbol named)
            {
                return null;
            }

            foreach (var member in AllProperties(named))
            {
                if (Get(member) is { } info && info.JsonName == key.Item2)
                {
                    return info;
                }
            }

            return null;
        });

    private KubePropertyInfo? Read(IPropertySymbol property)
    {
        foreach (var attribute in property.GetAttributes())
        {
            if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _symbols.KubePropertyAttribute)
                || attribute.ConstructorArguments.Length != 1
                || attribute.ConstructorArguments[0].Value is not string jsonName)
            {
                continue;
            }

            var info = new KubePropertyInfo(property, jsonName);
            foreach (var named in attribute.NamedArguments)
            {
                switch (named.Key)
                {
                    case "Pattern": info.Pattern = named.Value.Value as string; break;
                    case "MinLength": info.MinLength = named.Value.Value is long min ? min : -1; break;
                    case "MaxLength": info.MaxLength = named.Value.Value is long max ? max : -1; break;
                    case "Minimum": info.Minimum = named.Value.Value as string; break;
                    case "Maximum": info.Maximum = named.Value.Value as string; break;
                    case "Format": info.Format = named.Value.Value as string; break;
                }
            }

            return info;
        }

        // KubeObject.Metadata is hand-written (no attribute) but is the wire "metadata".
        if (property.Name == "Metadata" && SymbolEqualityComparer.Default.Equals(property.ContainingType, _symbols.KubeObject))
        {
            return new KubePropertyInfo(property, "metadata");
        }

        return null;
    }

    private BuilderMethod? ReadBuilder(IMethodSymbol method)
    {
        var type = method.ContainingType;
        if (method.IsStatic || !_symbols.IsModel(type) || !SymbolEqualityComparer.Default.Equals(method.ReturnType, type))
        {
            return null;
        }

        var parameters = method.Parameters;
        if (method.Name.StartsWith("With", StringComparison.Ordinal))
        {
            var property = FindProperty(type, method.Name.Substring(4));
            if (property is null)
            {
                return null;
            }

            if (parameters.Length == 2)
            {
                return new BuilderMethod(property, BuilderKind.MapEntry);
            }

            return parameters.Length == 1
                ? new BuilderMethod(property, IsAction(parameters[0].Type) ? BuilderKind.Configure : BuilderKind.Set)
                : null;
        }

        if (method.Name.StartsWith("Add", StringComparison.Ordinal) && parameters.Length == 1)
        {
            var configured = IsAction(parameters[0].Type);
            var itemType = configured ? ((INamedTypeSymbol)parameters[0].Type).TypeArguments[0] : parameters[0].Type;
            var stem = method.Name.Substring(3);

            // The list property whose name starts with the singular stem and whose items have the parameter's type
            // (AddContainer -> Containers, AddEnv -> Env rather than EnvFrom); the shortest name wins.
            KubePropertyInfo? best = null;
            foreach (var member in AllProperties(type))
            {
                if (!member.Name.StartsWith(stem, StringComparison.Ordinal)
                    || !_symbols.IsList(member.Type, out var item)
                    || !SymbolEqualityComparer.Default.Equals(item, itemType))
                {
                    continue;
                }

                var info = Get(member);
                if (info is not null && (best is null || member.Name.Length < best.Property.Name.Length))
                {
                    best = info;
                }
            }

            return best is null ? null : new BuilderMethod(best, configured ? BuilderKind.AddConfiguredItem : BuilderKind.AddItem);
        }

        return null;
    }

    private KubePropertyInfo? FindProperty(INamedTypeSymbol type, string name)
    {
        var member = AllProperties(type).FirstOrDefault(p => p.Name == name);
        return member is null ? null : Get(member);
    }

    private static System.Collections.Generic.IEnumerable<IPropertySymbol> AllProperties(INamedTypeSymbol type)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            foreach (var member in t.GetMembers())
            {
                if (member is IPropertySymbol property)
                {
                    yield return property;
                }
            }
        }
    }

    private bool IsAction(ITypeSymbol type) =>
        type is INamedTypeSymbol { IsGenericType: true } named && SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, _symbols.ActionOfT);
}
