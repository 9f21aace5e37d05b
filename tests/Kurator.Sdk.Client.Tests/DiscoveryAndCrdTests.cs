using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Kurator.Sdk.Client.Discovery;
using Kurator.Sdk.Client.Errors;
using Xunit;

namespace Kurator.Sdk.Client.Tests;

/// <summary>Discovery (aggregated), REST mapping refreshed when a CRD appears, CRD schema validation.</summary>
public sealed class DiscoveryAndCrdTests : IClassFixture<ClientFixture>
{
    private readonly ClientFixture _fx;
    public DiscoveryAndCrdTests(ClientFixture fx) => _fx = fx;
    private KubeClient C => _fx.Client;

    [Fact]
    public async Task Discovery_uses_aggregated_documents_and_reports_scope_and_subresources()
    {
        var resources = await C.Discovery.GetResourcesAsync();
        Assert.True(C.Discovery.LastWasAggregated);
        var deployments = resources.Single(r => r.Group == "apps" && r.Kind == "Deployment");
        Assert.Equal(("deployments", true), (deployments.Plural, deployments.Namespaced));
        Assert.Contains("status", deployments.Subresources);
        Assert.Contains("deploy", deployments.ShortNames);
        Assert.False(resources.Single(r => r.Kind == "Namespace").Namespaced);
        Assert.True(DiscoveryClient.IsAggregated("application/json;as=APIGroupDiscoveryList;v=v2;g=apidiscovery.k8s.io"));
        Assert.False(DiscoveryClient.IsAggregated("application/json"));
    }

    [Fact]
    public async Task New_crd_is_mapped_after_refresh_and_its_objects_are_validated_against_the_schema()
    {
        await Assert.ThrowsAsync<KindNotFoundException>(() => C.Mapper.MapAsync("apps.kurator.dev/v1alpha1", "Application"));
        var before = C.Mapper.Generation;
        await C.ApplyAsync(Objects.Crd("schemas/kurator/applications.apps.kurator.dev.json"));
        var app = new JsonObject
        {
            ["apiVersion"] = "apps.kurator.dev/v1alpha1",
            ["kind"] = "Application",
            ["metadata"] = new JsonObject { ["name"] = "gitrepo-demo", ["namespace"] = "default" },
            ["spec"] = new JsonObject
            {
                ["source"] = new JsonObject { ["gitRepository"] = new JsonObject { ["url"] = "https://example.invalid/repo", ["interval"] = "3m0s", ["ref"] = new JsonObject { ["branch"] = "main" } } },
                ["syncPolicies"] = new JsonArray(new JsonObject { ["destination"] = new JsonObject { ["fleet"] = "quickstart" }, ["kustomization"] = new JsonObject { ["path"] = "./deploy", ["prune"] = true, ["interval"] = "5m0s" } }),
            },
        };
        var stored = await C.ApplyAsync(app);
        Assert.True(C.Mapper.Generation > before);
        Assert.Equal("main", (string?)stored["spec"]!["source"]!["gitRepository"]!["ref"]!["branch"]);

        var bad = (JsonObject)app.DeepClone();
        bad["metadata"]!["name"] = "bad-app";
        bad["spec"]!["syncPolicies"]![0]!["kustomization"]!["prune"] = "yes";
        bad["spec"]!["source"]!["gitRepository"]!.AsObject().Remove("url");
        var ex = await Assert.ThrowsAsync<KubernetesInvalidException>(() => C.ApplyAsync(bad));
        Assert.StartsWith("Application.apps.kurator.dev \"bad-app\" is invalid: [", ex.Message);
        Assert.Contains(ex.Causes, c => c.Reason == "FieldValueTypeInvalid" && c.Field == "spec.syncPolicies[0].kustomization.prune");
        Assert.Contains(ex.Causes, c => c.Reason == "FieldValueRequired" && c.Field == "spec.source.gitRepository.url");
    }

    [Fact]
    public async Task Deleting_crd_removes_its_kind()
    {
        await C.ApplyAsync(Objects.Crd("schemas/kurator/attachedclusters.cluster.kurator.dev.json"));
        var ac = new JsonObject
        {
            ["apiVersion"] = "cluster.kurator.dev/v1alpha1",
            ["kind"] = "AttachedCluster",
            ["metadata"] = new JsonObject { ["name"] = "member1", ["namespace"] = "default" },
            ["spec"] = new JsonObject { ["kubeconfig"] = new JsonObject { ["name"] = "member1-kubeconfig", ["key"] = "value" } },
        };
        await C.ApplyAsync(ac);
        await C.DeleteAsync("apiextensions.k8s.io/v1", "CustomResourceDefinition", "attachedclusters.cluster.kurator.dev");
        C.Mapper.Invalidate();
        await Assert.ThrowsAsync<KindNotFoundException>(() => C.GetAsync("cluster.kurator.dev/v1alpha1", "AttachedCluster", "member1"));
    }

    [Fact]
    public async Task Custom_resource_gets_schema_defaults_not_owned_by_the_applier()
    {
        await C.ApplyAsync(Objects.Crd("schemas/flux/kustomizations.kustomize.toolkit.fluxcd.io.json"));
        var ks = new JsonObject
        {
            ["apiVersion"] = "kustomize.toolkit.fluxcd.io/v1",
            ["kind"] = "Kustomization",
            ["metadata"] = new JsonObject { ["name"] = "apps", ["namespace"] = "default" },
            ["spec"] = new JsonObject { ["interval"] = "10m", ["prune"] = true, ["sourceRef"] = new JsonObject { ["kind"] = "GitRepository", ["name"] = "fleet" } },
        };
        var stored = await C.ApplyAsync(ks, new ApplyOptions { FieldManager = "flux-tests" });
        Assert.Equal(false, (bool?)stored["spec"]!["force"]);
        var owned = stored["metadata"]!["managedFields"]![0]!["fieldsV1"]!["f:spec"]!.AsObject();
        Assert.False(owned.ContainsKey("f:force"));
        Assert.True(owned.ContainsKey("f:prune"));
    }

    [Fact]
    public async Task Finalizers_hold_deletion_until_removed()
    {
        var cm = Objects.ConfigMap("finalized");
        cm["metadata"]!["finalizers"] = new JsonArray("example.com/hold");
        await C.ApplyAsync(cm, new ApplyOptions { FieldManager = "holder" });
        var deleting = await C.DeleteAsync("v1", "ConfigMap", "finalized");
        Assert.NotNull(deleting["metadata"]!["deletionTimestamp"]);
        Assert.NotNull(await C.TryGetAsync("v1", "ConfigMap", "finalized"));
        await C.PatchAsync("v1", "ConfigMap", "finalized", JsonNode.Parse("""{"metadata":{"finalizers":null}}""")!, PatchType.Merge);
        Assert.Null(await C.TryGetAsync("v1", "ConfigMap", "finalized"));
    }
}
