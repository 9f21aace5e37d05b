using System;
using System.Collections.Generic;
using System.Linq;
using Kurator.Sdk.Schema.Documents;

namespace Kurator.Sdk.Cli.Fleet;

/// <summary>
/// The kinds defined by the CustomResourceDefinitions among the inputs, so their custom resources can be applied in the
/// same run (the runtime applies the CRDs first and waits until they are established).
/// </summary>
internal sealed class CustomResourceKinds
{
    private readonly Dictionary<(string Group, string Kind), (IReadOnlyList<string> Versions, bool Namespaced)> _kinds = [];

    public static CustomResourceKinds From(IEnumerable<DocNode> documents)
    {
        var kinds = new CustomResourceKinds();
        foreach (var crd in documents.OfType<DocMapping>().Where(d => Text(d, "apiVersion") == "apiextensions.k8s.io/v1" && Text(d, "kind") == "CustomResourceDefinition"))
        {
            var spec = crd.Get("spec") as DocMapping;
            var group = spec is null ? null : Text(spec, "group");
            var kind = spec?.Get("names") is DocMapping names ? Text(names, "kind") : null;
            if (group is null || kind is null) continue; // the CRD itself is reported by the typed loader
            var versions = (spec!.Get("versions") as DocSequence)?.Items.OfType<DocMapping>()
                .Where(v => Text(v, "served") != "false").Select(v => Text(v, "name")).OfType<string>().ToList() ?? [];
            kinds._kinds[(group, kind)] = (versions, Text(spec, "scope") != "Cluster");
        }

        return kinds;
    }

    /// <summary>True when a CRD in the inputs defines <paramref name="kind"/> in the group of <paramref name="apiVersion"/> (served in any version).</summary>
    public bool TryGet(string apiVersion, string kind, out IReadOnlyList<string> servedVersions, out bool namespaced)
    {
        var slash = apiVersion.IndexOf('/', StringComparison.Ordinal);
        var group = slash < 0 ? "" : apiVersion[..slash];
        var found = _kinds.TryGetValue((group, kind), out var entry);
        servedVersions = found ? entry.Versions : [];
        namespaced = entry.Namespaced;
        return found;
    }

    private static string? Text(DocMapping map, string key) => (map.Get(key) as DocScalar)?.Value;
}
