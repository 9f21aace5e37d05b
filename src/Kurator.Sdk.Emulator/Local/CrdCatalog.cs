using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json.Nodes;
using Kurator.Sdk.Schema.Documents;
using Kurator.Sdk.Schema.Import;

namespace Kurator.Sdk.Emulator.Local;

/// <summary>
/// CustomResourceDefinitions built from the normalized schemas embedded in this assembly (schemas/&lt;family&gt;), so an
/// emulated cluster can serve the custom kinds an app uses. The files are read with the schema importer's own reader
/// (<see cref="NormalizedFormat.ReadCrd"/>), so the format has one reader.
/// </summary>
internal static class CrdCatalog
{
    private const string Prefix = "crds/";

    /// <summary>The CRD serving <paramref name="kind"/> in <paramref name="group"/>, or null when none is embedded (e.g. a built-in kind).</summary>
    /// <exception cref="DocParseException">An embedded schema file is not in the normalized format (names the file, line and field).</exception>
    public static JsonObject? Find(string group, string kind)
    {
        if (group.Length == 0) return null;
        var assembly = typeof(CrdCatalog).Assembly;
        // Files are named <plural>.<group>.json: only this group's files need parsing.
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith("." + group + ".json", StringComparison.Ordinal)))
        {
            var crd = Read(assembly, name);
            if (crd.Group == group && crd.Kind == kind) return ToCrd(crd);
        }

        return null;
    }

    /// <summary>The distinct CRDs needed by objects of these (apiVersion, kind) pairs.</summary>
    public static IReadOnlyList<JsonObject> For(IEnumerable<(string ApiVersion, string Kind)> kinds)
    {
        var result = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var (apiVersion, kind) in kinds.Distinct())
        {
            var group = apiVersion.Contains('/', StringComparison.Ordinal) ? apiVersion[..apiVersion.IndexOf('/', StringComparison.Ordinal)] : "";
            if (Find(group, kind) is { } crd) result.TryAdd((string)crd["metadata"]!["name"]!, crd);
        }

        return result.Values.ToList();
    }

    private static CrdDocument Read(Assembly assembly, string name)
    {
        string text;
        using (var stream = assembly.GetManifestResourceStream(name)!)
        using (var reader = new StreamReader(stream))
        {
            text = reader.ReadToEnd();
        }

        var file = "schemas/" + name[Prefix.Length..];
        if (JsonDocReader.Parse(text, file) is not DocMapping root || !NormalizedFormat.IsNormalized(root) || NormalizedFormat.IsDefinitions(root))
        {
            throw new DocParseException(file, 1, 1, "not a normalized CRD schema (kuratorSchema with group, names and versions)");
        }

        return NormalizedFormat.ReadCrd(root, file);
    }

    private static JsonObject ToCrd(CrdDocument crd)
    {
        var versions = new JsonArray();
        foreach (var v in crd.Versions)
        {
            var version = new JsonObject
            {
                ["name"] = v.Name,
                ["served"] = v.Served,
                ["storage"] = v.Storage,
                ["schema"] = new JsonObject { ["openAPIV3Schema"] = ToJson(v.Schema) },
            };
            if (v.Subresources is { } subresources) version["subresources"] = ToJson(subresources);
            if (v.PrinterColumns is { } columns) version["additionalPrinterColumns"] = ToJson(columns);
            if (v.Deprecated) version["deprecated"] = true;
            if (v.DeprecationWarning is { } warning) version["deprecationWarning"] = warning;
            versions.Add(version);
        }

        var names = new JsonObject { ["kind"] = crd.Kind, ["listKind"] = crd.ListKind, ["plural"] = crd.Plural, ["singular"] = crd.Singular };
        if (crd.ShortNames.Count > 0) names["shortNames"] = new JsonArray(crd.ShortNames.Select(n => (JsonNode?)JsonValue.Create(n)).ToArray());
        if (crd.Categories.Count > 0) names["categories"] = new JsonArray(crd.Categories.Select(c => (JsonNode?)JsonValue.Create(c)).ToArray());
        return new JsonObject
        {
            ["apiVersion"] = "apiextensions.k8s.io/v1",
            ["kind"] = "CustomResourceDefinition",
            ["metadata"] = new JsonObject { ["name"] = $"{crd.Plural}.{crd.Group}" },
            ["spec"] = new JsonObject
            {
                ["group"] = crd.Group,
                ["names"] = names,
                ["scope"] = crd.Namespaced ? "Namespaced" : "Cluster",
                ["versions"] = versions,
            },
        };
    }

    // The schema facts as the API server receives them: the document tree written as JSON by the schema importer's writer.
    private static JsonNode? ToJson(DocNode node) => JsonNode.Parse(JsonDocWriter.WriteCompact(node));
}
