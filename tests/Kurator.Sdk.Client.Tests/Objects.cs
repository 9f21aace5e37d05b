using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace Kurator.Sdk.Client.Tests;

/// <summary>Test objects and repository files.</summary>
public static class Objects
{
    public static JsonObject ConfigMap(string name, string ns = "default", params (string Key, string Value)[] data)
    {
        var d = new JsonObject();
        foreach (var (k, v) in data) d[k] = v;
        return new JsonObject
        {
            ["apiVersion"] = "v1",
            ["kind"] = "ConfigMap",
            ["metadata"] = new JsonObject { ["name"] = name, ["namespace"] = ns },
            ["data"] = d,
        };
    }

    public static JsonObject Deployment(string name, int replicas = 1, string image = "nginx:1.27") => new()
    {
        ["apiVersion"] = "apps/v1",
        ["kind"] = "Deployment",
        ["metadata"] = new JsonObject { ["name"] = name, ["namespace"] = "default" },
        ["spec"] = new JsonObject
        {
            ["replicas"] = replicas,
            ["selector"] = new JsonObject { ["matchLabels"] = new JsonObject { ["app"] = name } },
            ["template"] = new JsonObject
            {
                ["metadata"] = new JsonObject { ["labels"] = new JsonObject { ["app"] = name } },
                ["spec"] = new JsonObject { ["containers"] = new JsonArray(new JsonObject { ["name"] = "main", ["image"] = image }) },
            },
        },
    };

    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Kurator.Sdk.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
        }
    }

    /// <summary>A CustomResourceDefinition built from a normalized schema file under schemas/.</summary>
    public static JsonObject Crd(string relativePath)
    {
        var doc = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoRoot, relativePath)))!.AsObject();
        var versions = new JsonArray(doc["versions"]!.AsArray().OfType<JsonObject>().Select(v =>
        {
            var o = new JsonObject
            {
                ["name"] = v["name"]!.DeepClone(),
                ["served"] = v["served"]!.DeepClone(),
                ["storage"] = v["storage"]!.DeepClone(),
                ["schema"] = new JsonObject { ["openAPIV3Schema"] = v["schema"]!.DeepClone() },
            };
            if (v["subresources"] is { } s) o["subresources"] = s.DeepClone();
            return (JsonNode)o;
        }).ToArray());
        return new JsonObject
        {
            ["apiVersion"] = "apiextensions.k8s.io/v1",
            ["kind"] = "CustomResourceDefinition",
            ["metadata"] = new JsonObject { ["name"] = $"{doc["names"]!["plural"]}.{doc["group"]}" },
            ["spec"] = new JsonObject { ["group"] = doc["group"]!.DeepClone(), ["names"] = doc["names"]!.DeepClone(), ["scope"] = doc["scope"]!.DeepClone(), ["versions"] = versions },
        };
    }
}
