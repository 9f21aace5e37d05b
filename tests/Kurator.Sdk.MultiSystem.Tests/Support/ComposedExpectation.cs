using System.Collections.Generic;
using System.Text.Json.Nodes;
using Kurator.Sdk.Kubernetes.Core.V1;
using Kurator.Sdk.MultiSystem.Tests.Semantics;
using Kurator.Sdk.Serialization;

namespace Kurator.Sdk.MultiSystem.Tests.Support;

/// <summary>
/// What each cluster of <see cref="ComposedApp"/> must run, worked out by hand from its overrides applied one after the
/// other in declaration order (not computed by the SDK's override code).
/// </summary>
internal static class ComposedExpectation
{
    public static Deliveries PerCluster(bool proxyMode = false)
    {
        // eu-prod: tag 2.0 (prod), then the eu registry on both containers; TIER on the proxy; requests; 5 replicas.
        var euProd = ComposedApp.Shop();
        euProd.Spec!.Replicas = 5;
        var euProdApp = euProd.Spec.Template!.Spec!.Containers![0];
        euProdApp.Image = "mirror.eu.example.com/team/shop:2.0";
        euProdApp.Resources = new() { Requests = new() { ["cpu"] = "500m" } };
        var euProdProxy = euProd.Spec.Template.Spec.Containers[1];
        euProdProxy.Image = "mirror.eu.example.com/envoyproxy/envoy:v1.30.1";
        euProdProxy.Env = [new() { Name = "TIER", Value = "prod" }];

        // us-prod: the us registry, then tag 2.0 on the app; REGION then TIER on the proxy; requests and limits; the proxy
        // image untouched; the raw patch's 6 replicas (after the 5 of prod) and annotation. With proxyMode, a last raw patch
        // (ComposedOverrideTests) appends PROXY_MODE to the proxy's env list that only the earlier overrides created.
        var usProd = ComposedApp.Shop();
        usProd.Metadata.Annotations = new() { ["rollout"] = "canary" };
        usProd.Spec!.Replicas = 6;
        var usProdApp = usProd.Spec.Template!.Spec!.Containers![0];
        usProdApp.Image = "mirror.us.example.com/team/shop:2.0";
        usProdApp.Resources = new() { Requests = new() { ["cpu"] = "500m" }, Limits = new() { ["memory"] = "512Mi" } };
        usProd.Spec.Template.Spec.Containers[1].Env = [new() { Name = "REGION", Value = "us" }, new() { Name = "TIER", Value = "prod" }];
        if (proxyMode) usProd.Spec.Template.Spec.Containers[1].Env!.Add(new() { Name = "PROXY_MODE", Value = "edge" });

        // eu-dev: only the eu registry, on both containers.
        var euDev = ComposedApp.Shop();
        euDev.Spec!.Template!.Spec!.Containers![0].Image = "mirror.eu.example.com/team/shop:1.0";
        euDev.Spec.Template.Spec.Containers[1].Image = "mirror.eu.example.com/envoyproxy/envoy:v1.30.1";

        // us-dev: the us registry on the app, its memory limit, REGION on the proxy.
        var usDev = ComposedApp.Shop();
        var usDevApp = usDev.Spec!.Template!.Spec!.Containers![0];
        usDevApp.Image = "mirror.us.example.com/team/shop:1.0";
        usDevApp.Resources = new() { Limits = new() { ["memory"] = "512Mi" } };
        usDev.Spec.Template.Spec.Containers[1].Env = [new() { Name = "REGION", Value = "us" }];

        return Deliveries.From(
            new Dictionary<string, IReadOnlyList<JsonObject>>
            {
                ["eu-prod"] = [Json(new Namespace("shop")), Json(euProd), Settings(new() { ["mode"] = "gdpr", ["tier"] = "prod" })],
                ["us-prod"] = [Json(new Namespace("shop")), Json(usProd), Settings(new() { ["tier"] = "prod" })],
                ["eu-dev"] = [Json(new Namespace("shop")), Json(euDev), Settings(new() { ["mode"] = "gdpr" })],
                ["us-dev"] = [Json(new Namespace("shop")), Json(usDev), Json(new ConfigMap("settings", "shop"))],
            },
            "expectation");
    }

    private static JsonObject Settings(Dictionary<string, string> data) => Json(new ConfigMap("settings", "shop") { Data = data });

    private static JsonObject Json(KubeObject obj) => (JsonObject)KubeJson.ToNode(obj);
}
