using System.Collections.Generic;
using System.Text.Json.Nodes;
using Kurator.Sdk.Fleet;
using Kurator.Sdk.Fleet.Overrides;
using Kurator.Sdk.Kubernetes.Apps.V1;
using Kurator.Sdk.Kubernetes.Core.V1;
using Kurator.Sdk.Kurator.Cluster.V1Alpha1;
using FleetObject = Kurator.Sdk.Kurator.Fleet.V1Alpha1.Fleet;
using Kurator.Sdk.Json;

namespace Kurator.Sdk.MultiSystem.Tests.Support;

/// <summary>
/// A harder fleet than the sample, for the equivalence of the five targets: four clusters (env x region), overrides by
/// labels, by predicate and by names that overlap (a cluster gets up to three), replicas that differ per cluster, an image
/// tag on one of two containers, env and resources, a raw JSON patch, a typed edit of a ConfigMap, and an untouched Service.
/// </summary>
internal static class RichApp
{
    public const string Image = "registry.example.com/team/api:1.0";

    public static KuratorApp Create(int? waveSize = null)
    {
        var app = new KuratorApp([], "rich") { Output = new System.IO.StringWriter() };
        var fleet = new FleetObject("regions", "fleets") { Spec = new() };
        foreach (var (name, env, region) in new[] { ("eu-prod", "prod", "eu"), ("us-prod", "prod", "us"), ("eu-dev", "dev", "eu"), ("us-dev", "dev", "us") })
        {
            var secret = app.Add(new Secret(name, "fleets") { StringData = new() { ["config"] = "apiVersion: v1\nkind: Config\n" } });
            var cluster = app.Add(new AttachedCluster(name, "fleets")
            {
                Metadata = { Labels = new() { ["env"] = env, ["region"] = region } },
                Spec = new AttachedClusterSpec().WithKubeconfig(secret, "config"),
            });
            fleet.Spec.AddCluster(cluster);
        }

        app.Add(fleet);
        app.Delivery.GitRepository = "https://github.com/example/rich-gitops";
        app.Delivery.WaveSize = waveSize;
        app.Workloads(fleet, w =>
        {
            w.Add(new Namespace("api"));
            w.Add(Api())
                .Override(ClusterSelector.Labelled("env", "prod"), o => o.Replicas(4))
                .Override(c => c.Labels["region"] == "us", o => o.Image(tag: "1.1", container: "app"))
                .Override(ClusterSelector.Named("eu-dev", "us-dev"), o => o.Env("LOG", "debug", container: "app").Resources(requests: new Dictionary<string, string> { ["cpu"] = "50m" }, container: "app"))
                .Override(ClusterSelector.Named("us-dev"), o => o.Patch(JsonPatchOperation.Add("/metadata/annotations", new JsonObject { ["note"] = "canary" })));
            w.Add(new ConfigMap("settings", "api") { Data = new() { ["mode"] = "standard" } })
                .Override(ClusterSelector.Labelled("region", "eu"), (ConfigMap c) => c.Data!["mode"] = "gdpr");
            w.Add(new Service("api", "api") { Spec = new() { Selector = new() { ["app"] = "api" }, Ports = [new() { Port = 80, TargetPort = 8080 }] } });
        });
        return app;
    }

    private static Deployment Api() => new("api", "api")
    {
        Spec = new()
        {
            Replicas = 2,
            Selector = new() { MatchLabels = new() { ["app"] = "api" } },
            Template = new()
            {
                Metadata = new() { Labels = new() { ["app"] = "api" } },
                Spec = new()
                {
                    SecurityContext = new() { RunAsNonRoot = true, RunAsUser = 1000, SeccompProfile = new() { Type = "RuntimeDefault" } },
                    Containers =
                    [
                        new() { Name = "app", Image = Image, Env = [new() { Name = "LOG", Value = "info" }], SecurityContext = Restricted() },
                        new() { Name = "sidecar", Image = "envoyproxy/envoy:v1.30.1", SecurityContext = Restricted() },
                    ],
                },
            },
        },
    };

    private static SecurityContext Restricted() => new() { AllowPrivilegeEscalation = false, Capabilities = new() { Drop = ["ALL"] } };
}
