using System;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Fleet.Overrides;
using Kurator.Sdk.MultiSystem.Tests.Support;
using Xunit.Sdk;
using Kurator.Sdk.Json;

namespace Kurator.Sdk.MultiSystem.Tests.Semantics;

/// <summary>
/// The kurator target as Kurator and Flux run it: each sync policy of an Application selects the clusters of its fleet
/// matching its cluster selector, and applies there the kustomization at its path in the Git source (the synth
/// <c>gitops/</c> folder is the repository content) with its JSON 6902 patches applied to the objects they target.
/// </summary>
internal static class KuratorDelivery
{
    public static Deliveries Deliver(SynthOutput output)
    {
        var host = output.Folder("host");
        var result = new Deliveries();
        foreach (var app in FleetView.OfKind(host, "apps.kurator.dev/v1alpha1", "Application"))
        {
            var appName = (string)app["metadata"]!["name"]!;
            var ns = (string)app["metadata"]!["namespace"]!;
            if (string.IsNullOrEmpty((string?)app["spec"]!["source"]?["gitRepository"]?["url"])) throw new XunitException($"Application {appName} has no Git source");
            foreach (var policy in app["spec"]!["syncPolicies"]!.AsArray().OfType<JsonObject>())
            {
                var destination = policy["destination"]!.AsObject();
                Only(destination, appName, "fleet", "clusterSelector");
                var selector = destination["clusterSelector"] as JsonObject;
                var clusters = FleetView.Members(host, (string)destination["fleet"]!, ns).Where(m => LabelSelectors.Matches(selector, m)).ToList();
                var kustomization = policy["kustomization"]!.AsObject();
                Only(kustomization, appName, "interval", "path", "prune", "patches");
                var objects = Build(output, ((string)kustomization["path"]!).TrimStart('.').Trim('/'), kustomization["patches"] as JsonArray);
                foreach (var cluster in clusters)
                {
                    foreach (var obj in objects) result.Add(cluster.Name, obj, $"Application {appName} sync policy {(string?)policy["name"]}");
                }
            }
        }

        return result;
    }

    /// <summary>kustomize build of <paramref name="path"/>: the listed resources, each patch applied to the object its target names.</summary>
    private static JsonObject[] Build(SynthOutput output, string path, JsonArray? patches)
    {
        var kustomization = output.File("gitops/" + path + "/kustomization.yaml");
        if ((string?)kustomization["kind"] != "Kustomization") throw new XunitException($"gitops/{path}/kustomization.yaml is not a Kustomization");
        var objects = kustomization["resources"]!.AsArray().Select(r => (JsonObject)output.File("gitops/" + path + "/" + (string)r!).DeepClone()).ToArray();
        foreach (var patch in (patches ?? new JsonArray()).OfType<JsonObject>())
        {
            var target = patch["target"]!.AsObject();
            var matched = objects.Select((o, i) => (o, i)).Where(x => Targets(target, x.o)).ToList();
            if (matched.Count == 0) throw new XunitException($"kustomize: patch target {target.ToJsonString()} matches no resource (kustomize fails the build)");
            // A patch given as a JSON array is a JSON 6902 patch; strategic merge patches are not produced by the SDK.
            var ops = JsonNode.Parse((string)patch["patch"]!) as JsonArray ?? throw new XunitException("kustomize patch is not a JSON 6902 array");
            foreach (var (o, i) in matched) objects[i] = (JsonObject)JsonPatch.Apply(o, ops.Select(op => JsonPatchOperation.FromJson(op!.AsObject())))!;
        }

        return objects;
    }

    private static bool Targets(JsonObject target, JsonObject obj)
    {
        var apiVersion = (string)obj["apiVersion"]!;
        var (group, version) = apiVersion.Contains('/', StringComparison.Ordinal) ? (apiVersion[..apiVersion.IndexOf('/', StringComparison.Ordinal)], apiVersion[(apiVersion.IndexOf('/', StringComparison.Ordinal) + 1)..]) : ("", apiVersion);
        bool Same(string field, string? actual) => target[field] is null || (string?)target[field] == actual;
        return Same("group", group) && Same("version", version) && Same("kind", (string?)obj["kind"]) && Same("name", (string?)obj["metadata"]!["name"]) && Same("namespace", (string?)obj["metadata"]!["namespace"]);
    }

    /// <summary>Fails on fields this model of Kurator does not interpret, so nothing is silently ignored.</summary>
    internal static void Only(JsonObject obj, string owner, params string[] known)
    {
        var unknown = obj.Select(p => p.Key).Except(known).ToList();
        if (unknown.Count > 0) throw new XunitException($"{owner}: fields not modelled by the test: {string.Join(", ", unknown)}");
    }
}
