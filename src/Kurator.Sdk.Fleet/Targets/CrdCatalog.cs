using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json.Nodes;

namespace Kurator.Sdk.Fleet.Targets;

/// <summary>
/// CustomResourceDefinitions built from the normalized schemas embedded in this assembly (schemas/&lt;family&gt;), so an
/// emulated cluster can serve the custom kinds an app uses.
/// </summary>
internal static class CrdCatalog
{
    private const string Prefix = "crds/";

    /// <summary>The CRD serving <paramref name="kind"/> in <paramref name="group"/>, or null when none is embedded (e.g. a built-in kind).</summary>
    public static JsonObject? Find(string group, string kind)
    {
        if (group.Length == 0) return null;
        var assembly = typeof(CrdCatalog).Assembly;
        // Files are named <plural>.<group>.json: only this group's files need parsing.
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith("." + group + ".json", StringComparison.Ordinal)))
        {
            var doc = Read(assembly, name);
            if ((string?)doc["group"] == group && (string?)doc["names"]?["kind"] == kind) return ToCrd(doc);
        }

        return null;
    }

    private static JsonObject Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        return JsonNode.Parse(stream)!.AsObject();
    }

    private static JsonObject ToCrd(JsonObject doc)
    {
        var versions = new JsonArray();
        foreach (var v in doc["versions"]!.AsArray().OfType<JsonObject>())
        {
            var version = new JsonObject
            {
                ["name"] = v["name"]!.DeepClone(),
                ["served"] = v["served"]!.DeepClone(),
                ["storage"] = v["storage"]!.DeepClone(),
                ["schema"] = new JsonObject { ["openAPIV3Schema"] = v["schema"]!.DeepClone() },
            };
            foreach (var optional in new[] { "subresources", "additionalPrinterColumns", "deprecated", "deprecationWarning" })
            {
                if (v[optional] is { } value) version[optional] = value.DeepClone();
            }

            versions.Add(version);
        }

        return new JsonObject
        {
            ["apiVersion"] = "apiextensions.k8s.io/v1",
            ["kind"] = "CustomResourceDefinition",
            ["metadata"] = new JsonObject { ["name"] = $"{doc["names"]!["plural"]}.{doc["group"]}" },
            ["spec"] = new JsonObject
            {
                ["group"] = doc["group"]!.DeepClone(),
                ["names"] = doc["names"]!.DeepClone(),
                ["scope"] = doc["scope"]!.DeepClone(),
                ["versions"] = versions,
            },
        };
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
}
