using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Fleet.Model;
using Kurator.Sdk.Fleet.Synth;

namespace Kurator.Sdk.Fleet.Delivery;

/// <summary>
/// The <c>kurator</c> target: the host objects (Fleet, AttachedClusters ...) plus, per workload group, an Application whose
/// sync policies each select one override variant by cluster labels and carry its changes as kustomize JSON 6902 patches,
/// pulling a GitOps directory that holds the workloads as defined.
/// </summary>
internal static class KuratorRenderer
{
    public static DeliveryRendering Render(DeliveryModel model, DeploymentPlan delivered)
    {
        var host = model.HostObjects.Select(o => (JsonObject)o.DeepClone()).ToList();
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        if (model.Groups.Count > 0 && string.IsNullOrEmpty(model.Options.GitRepository))
        {
            throw new ArgumentException("kurator target: set the Git repository its GitOps directory is pushed to (app.Delivery.GitRepository)");
        }

        foreach (var group in model.Groups)
        {
            var dir = Folder(model, group);
            WriteGitOps(group, dir, files);
            host.Add(TypedObjects.Check(Application(model, group, dir), DeliveryFamily.Kurator));
        }

        return DeliveryRendering.OnHost(DeliveryTarget.Kurator, delivered, host, files);
    }

    /// <summary>The GitOps folder of a group, relative to the repository root: <c>&lt;path&gt;</c>, then <c>&lt;path&gt;-2</c> ...</summary>
    public static string Folder(DeliveryModel model, WorkloadGroup group)
    {
        var path = (model.Options.GitOpsPath ?? model.AppName).Trim().TrimStart('.').Trim('/');
        if (path.Length == 0) throw new ArgumentException("kurator target: the GitOps path cannot be the repository root");
        return group.Index == 0 ? path : $"{path}-{group.Index + 1}";
    }

    /// <summary>The group's workloads as defined, laid out as every folder of objects (one file each, a kustomization listing them).</summary>
    private static void WriteGitOps(WorkloadGroup group, string dir, Dictionary<string, string> files)
    {
        foreach (var (name, content) in ObjectFolder.Files(group.Workloads.Select(w => w.Base), kustomization: true)) files["gitops/" + dir + "/" + name] = content;
    }

    private static JsonObject Application(DeliveryModel model, WorkloadGroup group, string dir)
    {
        var policies = new JsonArray();
        foreach (var variant in group.Variants())
        {
            foreach (var (clusters, labels) in LabelSelection.Cover(variant, group.FleetMembers, "kurator"))
            {
                var destination = new JsonObject { ["fleet"] = group.FleetName };
                if (labels.Count > 0) destination["clusterSelector"] = new JsonObject { ["matchLabels"] = Labels(labels) };
                var kustomization = new JsonObject { ["interval"] = model.Options.Interval, ["path"] = "./" + dir, ["prune"] = true };
                var patches = new JsonArray();
                foreach (var w in group.Workloads)
                {
                    var ops = w.OperationsFor(clusters[0].Name);
                    if (ops.Count > 0) patches.Add(new JsonObject { ["patch"] = new JsonArray(ops.Select(o => (JsonNode)o.ToJson()).ToArray()).ToJsonString(), ["target"] = Target(w.Base) });
                }

                if (patches.Count > 0) kustomization["patches"] = patches;
                policies.Add(new JsonObject { ["name"] = string.Join("-", clusters.Select(c => c.Name)), ["destination"] = destination, ["kustomization"] = kustomization });
            }
        }

        return new JsonObject
        {
            ["apiVersion"] = "apps.kurator.dev/v1alpha1",
            ["kind"] = "Application",
            ["metadata"] = new JsonObject { ["name"] = Names.Of(model, group), ["namespace"] = group.FleetNamespace },
            ["spec"] = new JsonObject
            {
                ["source"] = new JsonObject
                {
                    ["gitRepository"] = new JsonObject { ["interval"] = model.Options.Interval, ["ref"] = new JsonObject { ["branch"] = model.Options.GitBranch }, ["url"] = model.Options.GitRepository },
                },
                ["syncPolicies"] = policies,
            },
        };
    }

    /// <summary>A kustomize patch target naming exactly one object.</summary>
    private static JsonObject Target(JsonObject obj)
    {
        var r = ObjectRef.Of(obj);
        var target = new JsonObject();
        if (r.Group.Length > 0) target["group"] = r.Group;
        target["version"] = r.ApiVersion.Contains('/', StringComparison.Ordinal) ? r.ApiVersion[(r.ApiVersion.IndexOf('/', StringComparison.Ordinal) + 1)..] : r.ApiVersion;
        target["kind"] = r.Kind;
        target["name"] = r.Name;
        if (r.Namespace is not null) target["namespace"] = r.Namespace;
        return target;
    }

    internal static JsonObject Labels(IReadOnlyDictionary<string, string> labels)
    {
        var obj = new JsonObject();
        foreach (var (k, v) in labels) obj[k] = v;
        return obj;
    }
}
