using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Kurator.Sdk.Analyzers.ApiVersions;

/// <summary>
/// What the referenced SDK families say their upstream releases serve (<c>[assembly: KubeServedVersions]</c>, written by
/// the generator from the shipped schemas), by group and kind. The project's own CRDs declare nothing: they describe the
/// project's cluster, not a delivery system.
/// </summary>
internal sealed class ServedVersions
{
    private readonly Dictionary<(string Group, string Kind), Entry> _entries;

    private ServedVersions(Dictionary<(string, string), Entry> entries) => _entries = entries;

    /// <summary>Reads the declarations of every referenced assembly.</summary>
    public static ServedVersions Read(Compilation compilation, INamedTypeSymbol attributeType)
    {
        var entries = new Dictionary<(string, string), Entry>();
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            foreach (var attribute in assembly.GetAttributes())
            {
                if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType) || attribute.ConstructorArguments.Length != 5
                    || attribute.ConstructorArguments[0].Value is not string group || attribute.ConstructorArguments[1].Value is not string kind
                    || attribute.ConstructorArguments[2].Value is not string preferred || attribute.ConstructorArguments[3].Value is not string servedBy)
                {
                    continue;
                }

                var versions = attribute.ConstructorArguments[4].Values.Select(v => v.Value).OfType<string>().ToArray();
                entries[(group, kind)] = entries.TryGetValue((group, kind), out var known)
                    ? new Entry(known.PreferredVersion, known.ServedBy, known.Versions.Union(versions, StringComparer.Ordinal).ToArray())
                    : new Entry(preferred, servedBy, versions);
            }
        }

        return new ServedVersions(entries);
    }

    /// <summary>The declaration of <paramref name="group"/> <paramref name="kind"/>, or null when no referenced family declares it.</summary>
    public Entry? Find(string group, string kind) => _entries.TryGetValue((group, kind), out var entry) ? entry : null;

    /// <summary>One kind's served versions, the version to move to and the release that serves them.</summary>
    internal sealed class Entry
    {
        public Entry(string preferredVersion, string servedBy, string[] versions)
        {
            PreferredVersion = preferredVersion;
            ServedBy = servedBy;
            Versions = versions;
        }

        public string PreferredVersion { get; }

        public string ServedBy { get; }

        public string[] Versions { get; }
    }
}
