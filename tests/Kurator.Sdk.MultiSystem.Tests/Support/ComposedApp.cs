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
/// A fleet whose overrides only give the right result when they compose: four clusters (env x region), selectors that
/// overlap, two containers, and on one cluster several overrides of one kind each changing a different part (image
/// registry then tag, two env variables on a container without env, requests then limits on a container without
/// resources, two typed edits of a ConfigMap without data), plus replicas and a raw patch after them.
/// </summary>
internal static class ComposedApp
{
    public const string AppImage = "registry.example.com/team/shop:1.0";
    public const string ProxyImage = "docker.io/envoyproxy/envoy:v1.30.1";

    public static readonly (string Name, string Env, string Region)[] Clusters =
        [("eu-prod", "prod", "eu"), ("us-prod", "prod", "us"), ("eu-dev", "dev", "eu"), ("us-dev", "dev", "us")];

    /// <summary>The app; <paramref name="more"/> may add overrides to the Deployment after the ones below.</summary>
    public static KuratorApp Create(System.Action<Deployment>? more = null)
    {
        var app = new KuratorApp([], "composed") { Output = new System.IO.StringWriter() };
        var fleet = new FleetObject("regions", "fleets") { Spec = new() };
        foreach (var (name, env, region) in Clusters)
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
        app.Delivery.GitRepository = "https://github.com/example/composed-gitops";
        var us = ClusterSelector.Labelled("region", "us");
        var eu = ClusterSelector.Labelled("region", "eu");
        var prod = ClusterSelector.Labelled("env", "prod");
        app.Workloads(fleet, w =>
        {
            w.Add(new Namespace("shop"));
            var shop = w.Add(Shop());
            shop.Override(us, o => o.Image(registry: "mirror.us.example.com", container: "app"))
                .Override(prod, o => o.Image(tag: "2.0", container: "app"))
                .Override(eu, o => o.Image(registry: "mirror.eu.example.com"))
                .Override(ClusterSelector.Named("us-prod", "us-dev"), o => o.Env("REGION", "us", container: "proxy"))
                .Override(prod, o => o.Env("TIER", "prod", container: "proxy"))
                .Override(prod, o => o.Resources(requests: new Dictionary<string, string> { ["cpu"] = "500m" }, container: "app"))
                .Override(c => c.Labels["region"] == "us", o => o.Resources(limits: new Dictionary<string, string> { ["memory"] = "512Mi" }, container: "app"))
                .Override(prod, o => o.Replicas(5))
                .Override(ClusterSelector.Named("us-prod"), o => o.Patch(
                    JsonPatchOperation.Replace("/spec/replicas", 6),
                    JsonPatchOperation.Add("/metadata/annotations", new JsonObject { ["rollout"] = "canary" })));
            more?.Invoke(shop);
            w.Add(new ConfigMap("settings", "shop"))
                .Override(eu, (ConfigMap c) => (c.Data ??= new())["mode"] = "gdpr")
                .Override(prod, (ConfigMap c) => (c.Data ??= new())["tier"] = "prod");
        });
        return app;
    }

    /// <summary>The Deployment as defined, before any override.</summary>
    public static Deployment Shop() => new("shop", "shop")
    {
        Spec = new()
        {
            Replicas = 2,
            Selector = new() { MatchLabels = new() { ["app"] = "shop" } },
            Template = new()
            {
                Metadata = new() { Labels = new() { ["app"] = "shop" } },
                Spec = new()
                {
                    Containers =
                    [
                        new() { Name = "app", Image = AppImage, Env = [new() { Name = "LOG", Value = "info" }] },
                        new() { Name = "proxy", Image = ProxyImage },
                    ],
                },
            },
        },
    };
}
