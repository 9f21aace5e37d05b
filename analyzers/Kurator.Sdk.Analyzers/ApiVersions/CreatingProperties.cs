using System;
using System.Collections.Generic;
using Kurator.Sdk.Analyzers.Kurator;
using Kurator.Sdk.Analyzers.Model;
using Kurator.Sdk.Policy.Drift;
using Microsoft.CodeAnalysis;

namespace Kurator.Sdk.Analyzers.ApiVersions;

/// <summary>
/// The generated properties of the fields from which Kurator's Application controller creates Flux objects in a version
/// the referenced Flux family does not serve, each with its KSDK6002 message. Found from the Application kind through
/// the properties' wire names (<see cref="KuratorApplicationObjects"/>), so a renamed C# type changes nothing.
/// </summary>
internal sealed class CreatingProperties
{
    private readonly Dictionary<IPropertySymbol, string> _messages;

    private CreatingProperties(Dictionary<IPropertySymbol, string> messages) => _messages = messages;

    /// <summary>True when no field creates an unserved object (no Kurator or no Flux family referenced, or all served).</summary>
    public bool IsEmpty => _messages.Count == 0;

    /// <summary>Resolves the properties; empty when the Application kind is not referenced or no family declares the created kinds.</summary>
    public static CreatingProperties Resolve(Compilation compilation, KubeSymbols symbols, INamedTypeSymbol kubeKind, Func<ServedVersions?> readServed)
    {
        var messages = new Dictionary<IPropertySymbol, string>(SymbolEqualityComparer.Default);
        var application = compilation.GetTypeByMetadataName(KuratorNames.AppsNamespace + "." + KuratorApplicationObjects.Kind);
        if (application is null || KindCoordinates.Of(application, kubeKind) is not { } kind
            || !KuratorApplicationObjects.Describes(kind.Group, kind.Version, kind.Kind))
        {
            return new CreatingProperties(messages);
        }

        // Read only when the Application kind is referenced: most compilations have none.
        if (readServed() is not { } served)
        {
            return new CreatingProperties(messages);
        }

        foreach (var field in KuratorApplicationObjects.Fields)
        {
            var entry = served.Find(field.Group, field.Kind);
            if (entry is null || Array.IndexOf(entry.Versions, field.Version) >= 0 || Find(symbols, application, field) is not { } property)
            {
                continue;
            }

            messages[property] = ApiDriftRules.CreatedUnservedMessage(KuratorApplicationObjects.Creator, field, entry.PreferredVersion, entry.ServedBy, entry.Versions);
        }

        return new CreatingProperties(messages);
    }

    /// <summary>The message for a write of <paramref name="property"/>, or null when it creates nothing unserved.</summary>
    public string? MessageFor(IPropertySymbol property) => _messages.TryGetValue(property.OriginalDefinition, out var message) ? message : null;

    // Follows the wire names down from the kind: a property's type, or a list's item type at the list segment.
    private static IPropertySymbol? Find(KubeSymbols symbols, ITypeSymbol type, CreatingField field)
    {
        for (var i = 0; i < field.Path.Count; i++)
        {
            if (symbols.Properties.FindByWireName(type, field.Path[i]) is not { } property)
            {
                return null;
            }

            if (i == field.Path.Count - 1)
            {
                return property.Property;
            }

            type = property.Property.Type;
            if (i == field.ListSegment)
            {
                if (!symbols.IsList(type, out var item) || item is null)
                {
                    return null;
                }

                type = item;
            }
        }

        return null;
    }
}
