using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace Kurator.Sdk.Emulator.Tests;

/// <summary>Files of this repository (schemas/), found from the test binary's location.</summary>
public static class RepoFiles
{
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Kurator.Sdk.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("repository root (Kurator.Sdk.sln) not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>Builds a CustomResourceDefinition object from a normalized schema file, e.g. schemas/kurator/fleets.fleet.kurator.dev.json.</summary>
    public static JsonObject Crd(string relativePath)
    {
        var doc = JsonNode.Parse(File.ReadAllText(System.IO.Path.Combine(Root, relativePath)))!.AsObject();
        var names = (JsonObject)doc["names"]!.DeepClone();
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
            if (v["subresources"] is { } sub) version["subresources"] = sub.DeepClone();
            if (v["additionalPrinterColumns"] is { } cols) version["additionalPrinterColumns"] = cols.DeepClone();
            if (v["deprecated"] is { } deprecated) version["deprecated"] = deprecated.DeepClone();
            if (v["deprecationWarning"] is { } warning) version["deprecationWarning"] = warning.DeepClone();
            versions.Add(version);
        }
        return new JsonObject
        {
            ["apiVersion"] = "apiextensions.k8s.io/v1",
            ["kind"] = "CustomResourceDefinition",
            ["metadata"] = new JsonObject { ["name"] = $"{names["plural"]}.{doc["group"]}" },
            ["spec"] = new JsonObject
            {
                ["group"] = doc["group"]!.DeepClone(),
                ["names"] = names,
                ["scope"] = doc["scope"]!.DeepClone(),
                ["versions"] = versions,
            },
        };
    }
}
