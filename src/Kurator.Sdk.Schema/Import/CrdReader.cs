using System;
using System.Collections.Generic;
using Kurator.Sdk.Schema.Documents;

namespace Kurator.Sdk.Schema.Import;

/// <summary>Reads CustomResourceDefinition documents (apiextensions.k8s.io/v1) into <see cref="CrdDocument"/>.</summary>
public static class CrdReader
{
    /// <summary>True when the parsed document is a CustomResourceDefinition.</summary>
    public static bool IsCrd(DocNode node) =>
        node is DocMapping m && (m.Get("kind") as DocScalar)?.Value == "CustomResourceDefinition";

    /// <summary>Reads one CRD document; errors name the file, line and field.</summary>
    public static CrdDocument Read(DocMapping crd, string file, string family, SourceInfo? source)
    {
        var spec = Req<DocMapping>(crd, "spec", file, "spec");
        var names = Req<DocMapping>(spec, "names", file, "spec.names");
        var versions = new List<CrdVersion>();
        var seq = Req<DocSequence>(spec, "versions", file, "spec.versions");
        for (var i = 0; i < seq.Items.Count; i++)
        {
            var path = $"spec.versions[{i}]";
            if (!(seq.Items[i] is DocMapping v))
            {
                throw Fail(file, seq.Items[i], path, "expected a mapping");
            }

            var schemaHolder = v.Get("schema") as DocMapping;
            var schema = schemaHolder?.Get("openAPIV3Schema")
                ?? throw Fail(file, v, path + ".schema.openAPIV3Schema", "missing schema");
            versions.Add(new CrdVersion(
                Str(v, "name", file, path + ".name")!,
                Bool(v, "served"),
                Bool(v, "storage"),
                Bool(v, "deprecated"),
                (v.Get("deprecationWarning") as DocScalar)?.Value,
                schema,
                v.Get("subresources"),
                v.Get("additionalPrinterColumns")));
        }

        var kind = Str(names, "kind", file, "spec.names.kind")!;
        var plural = Str(names, "plural", file, "spec.names.plural")!;
        return new CrdDocument(
            family,
            source,
            Str(spec, "group", file, "spec.group")!,
            kind,
            (names.Get("listKind") as DocScalar)?.Value ?? kind + "List",
            plural,
            (names.Get("singular") as DocScalar)?.Value ?? kind.ToLowerInvariant(),
            Strings(names.Get("shortNames")),
            Strings(names.Get("categories")),
            !string.Equals((spec.Get("scope") as DocScalar)?.Value, "Cluster", StringComparison.Ordinal),
            versions);
    }

    private static T Req<T>(DocMapping map, string key, string file, string path)
        where T : DocNode
    {
        var node = map.Get(key);
        if (node is T t)
        {
            return t;
        }

        throw Fail(file, node ?? map, path, node == null ? "missing" : $"expected a {(typeof(T) == typeof(DocMapping) ? "mapping" : "sequence")}");
    }

    private static string? Str(DocMapping map, string key, string file, string path)
    {
        if (map.Get(key) is DocScalar s && s.Kind != ScalarKind.Null)
        {
            return s.Value;
        }

        throw Fail(file, map, path, "missing");
    }

    private static bool Bool(DocMapping map, string key) =>
        map.Get(key) is DocScalar s && s.Kind == ScalarKind.Bool && string.Equals(s.Value, "true", StringComparison.OrdinalIgnoreCase);

    private static IReadOnlyList<string> Strings(DocNode? node)
    {
        var list = new List<string>();
        if (node is DocSequence seq)
        {
            foreach (var item in seq.Items)
            {
                if (item is DocScalar s)
                {
                    list.Add(s.Value);
                }
            }
        }

        return list;
    }

    private static DocParseException Fail(string file, DocNode at, string path, string reason) =>
        new DocParseException(file, at.Line, at.Column, $"{path}: {reason}");
}
