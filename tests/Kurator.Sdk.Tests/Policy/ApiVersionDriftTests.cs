using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Fleet.Check;
using Kurator.Sdk.Tests.Support;
using Xunit;

namespace Kurator.Sdk.Tests.Policy;

/// <summary>The API drift facts, as the shipped schemas give them through the generated attributes.</summary>
public class ApiVersionDriftTests
{
    private static ApiVersionDrift Drift => ApiVersionDrift.For(Registry.All);

    [Theory]
    [InlineData("cluster.x-k8s.io/v1beta1", "Cluster", "cluster.x-k8s.io/v1beta1 Cluster is deprecated in Cluster API v1.14.0; move to cluster.x-k8s.io/v1beta2")]
    [InlineData("controlplane.cluster.x-k8s.io/v1beta1", "KubeadmControlPlane", "controlplane.cluster.x-k8s.io/v1beta1 KubeadmControlPlane is deprecated in Cluster API v1.14.0; move to controlplane.cluster.x-k8s.io/v1beta2")]
    [InlineData("kyverno.io/v2beta1", "PolicyException", "kyverno.io/v2beta1 PolicyException is deprecated in Kyverno v1.19.0; move to kyverno.io/v2")]
    public void A_version_the_schema_deprecates_warns_naming_the_version_to_move_to(string apiVersion, string kind, string message)
    {
        var found = Drift.Find(apiVersion, kind);
        Assert.NotNull(found);
        Assert.Equal("KSDK6001", found.RuleId);
        Assert.Equal(message, found.Message);
    }

    [Theory]
    [InlineData("source.toolkit.fluxcd.io/v1beta2", "GitRepository", "source.toolkit.fluxcd.io/v1beta2 GitRepository is not served by source-controller v1.9.1 (Flux v2.9.0), which serves v1; move to source.toolkit.fluxcd.io/v1")]
    [InlineData("source.toolkit.fluxcd.io/v1beta2", "HelmRepository", "source.toolkit.fluxcd.io/v1beta2 HelmRepository is not served by source-controller v1.9.1 (Flux v2.9.0), which serves v1; move to source.toolkit.fluxcd.io/v1")]
    [InlineData("helm.toolkit.fluxcd.io/v2beta1", "HelmRelease", "helm.toolkit.fluxcd.io/v2beta1 HelmRelease is not served by helm-controller v1.6.3 (Flux v2.9.3/v2.9.4), which serves v2; move to helm.toolkit.fluxcd.io/v2")]
    [InlineData("kustomize.toolkit.fluxcd.io/v1beta2", "Kustomization", "kustomize.toolkit.fluxcd.io/v1beta2 Kustomization is not served by kustomize-controller v1.9.4 (Flux v2.9.3/v2.9.4), which serves v1; move to kustomize.toolkit.fluxcd.io/v1")]
    [InlineData("cluster.x-k8s.io/v1alpha4", "Cluster", "cluster.x-k8s.io/v1alpha4 Cluster is not served by Cluster API v1.14.0, which serves v1beta1, v1beta2; move to cluster.x-k8s.io/v1beta2")]
    public void A_version_the_shipped_release_no_longer_serves_warns_naming_the_version_to_move_to(string apiVersion, string kind, string message)
    {
        var found = Drift.Find(apiVersion, kind);
        Assert.NotNull(found);
        Assert.Equal("KSDK6002", found.RuleId);
        Assert.Equal(message, found.Message);
    }

    [Theory]
    [InlineData("source.toolkit.fluxcd.io/v1", "GitRepository")]
    [InlineData("helm.toolkit.fluxcd.io/v2", "HelmRelease")]
    [InlineData("cluster.x-k8s.io/v1beta2", "Cluster")]
    [InlineData("kyverno.io/v2beta1", "ClusterPolicy")]
    [InlineData("apps.kurator.dev/v1alpha1", "Application")]
    [InlineData("apps/v1", "Deployment")]
    [InlineData("v1", "Pod")]
    [InlineData("example.com/v1", "Widget")]
    [InlineData("apps/v1beta1", "Deployment")]
    public void A_current_version_or_a_kind_no_shipped_schema_declares_does_not_warn(string apiVersion, string kind) =>
        Assert.Null(Drift.Find(apiVersion, kind));

    [Fact]
    public void The_facts_are_the_shipped_schemas_every_served_version_of_every_crd()
    {
        var checkedVersions = 0;
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Schemas, "*.json", SearchOption.AllDirectories).Where(f => !f.EndsWith("index.json")))
        {
            var root = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
            if (root["versions"] is not JsonArray versions)
            {
                continue;
            }

            var group = (string)root["group"]!;
            var kind = (string)root["names"]!["kind"]!;
            foreach (var version in versions.Select(v => v!.AsObject()))
            {
                var apiVersion = group + "/" + (string)version["name"]!;
                var found = Drift.Find(apiVersion, kind);
                var served = (bool?)version["served"] ?? false;
                var deprecated = (bool?)version["deprecated"] ?? false;
                var expected = !served ? "KSDK6002" : deprecated ? "KSDK6001" : null;
                Assert.True(expected == found?.RuleId, $"{apiVersion} {kind} in {Path.GetFileName(file)}: expected {expected ?? "no warning"}, got {found?.RuleId ?? "none"}");
                checkedVersions++;
            }
        }

        Assert.True(checkedVersions >= 70, $"only {checkedVersions} CRD versions found under schemas/");
    }

    [Fact]
    public void An_object_without_a_string_api_version_or_kind_is_the_schema_checks_business()
    {
        Assert.Null(Drift.Find(new JsonObject { ["kind"] = "Cluster" }));
        Assert.Null(Drift.Find(new JsonObject { ["apiVersion"] = 3, ["kind"] = "Cluster" }));
        Assert.Equal("KSDK6001", Drift.Find(new JsonObject { ["apiVersion"] = "cluster.x-k8s.io/v1beta1", ["kind"] = "Cluster" })?.RuleId);
    }
}
