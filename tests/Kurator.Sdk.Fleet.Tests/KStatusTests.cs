using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Fleet.Readiness;
using Xunit;

namespace Kurator.Sdk.Fleet.Tests;

/// <summary>Readiness rules: kstatus for built-in kinds, Kurator's own rules for Fleet, AttachedCluster and Application.</summary>
public class KStatusTests
{
    private static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();

    [Theory]
    [InlineData("""{"replicas":1}""", StatusKind.InProgress, "LessReplicas")]
    [InlineData("""{"replicas":2}""", StatusKind.InProgress, "LessUpdated")]
    [InlineData("""{"replicas":2,"updatedReplicas":2,"readyReplicas":2,"availableReplicas":1}""", StatusKind.InProgress, "LessAvailable")]
    [InlineData("""{"replicas":2,"updatedReplicas":2,"readyReplicas":2,"availableReplicas":2,"conditions":[{"type":"Available","status":"True"}]}""", StatusKind.Current, "Available")]
    [InlineData("""{"conditions":[{"type":"Progressing","status":"False","reason":"ProgressDeadlineExceeded"}]}""", StatusKind.Failed, "ProgressDeadlineExceeded")]
    public void Deployment_follows_kstatus(string status, StatusKind kind, string reason)
    {
        var obj = Parse($$"""{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"generation":1},"spec":{"replicas":2},"status":{{status}}}""");
        Assert.Equal(new ObjectStatus(kind, reason), KStatus.Compute(obj));
    }

    [Fact]
    public void A_generation_not_yet_observed_is_in_progress()
    {
        var obj = Parse("""{"apiVersion":"example.io/v1","kind":"Thing","metadata":{"generation":2},"status":{"observedGeneration":1,"conditions":[{"type":"Ready","status":"True"}]}}""");
        Assert.Equal(StatusKind.InProgress, KStatus.Compute(obj).Kind);
    }

    [Theory]
    [InlineData("{}", StatusKind.InProgress)]
    [InlineData("""{"phase":"Running"}""", StatusKind.InProgress)]
    [InlineData("""{"phase":"Ready","unReadyClusters":1}""", StatusKind.InProgress)]
    [InlineData("""{"phase":"Ready"}""", StatusKind.Current)]
    [InlineData("""{"phase":"Failed","reason":"control plane"}""", StatusKind.Failed)]
    public void Fleet_readiness_comes_from_its_phase_not_kstatus(string status, StatusKind kind)
    {
        var obj = Parse($$"""{"apiVersion":"fleet.kurator.dev/v1alpha1","kind":"Fleet","metadata":{"generation":1},"status":{{status}}}""");
        Assert.Equal(kind, KStatus.Compute(obj).Kind);
    }

    [Theory]
    [InlineData("""{"syncStatus":[{"name":"a","kustomizationStatus":{"conditions":[{"type":"Ready","status":"True"}]}},{"name":"b","kustomizationStatus":{"conditions":[{"type":"Ready","status":"False"}]}}]}""", StatusKind.InProgress)]
    [InlineData("""{"syncStatus":[{"name":"a","HelmReleaseStatus":{"conditions":[{"type":"Ready","status":"True"}]}}]}""", StatusKind.Current)]
    [InlineData("""{"syncStatus":[{"name":"a","kustomizationStatus":{"conditions":[{"type":"Stalled","status":"True"}]}}]}""", StatusKind.Failed)]
    public void Application_is_ready_when_every_sync_status_is_ready(string status, StatusKind kind)
    {
        var obj = Parse($$"""{"apiVersion":"apps.kurator.dev/v1alpha1","kind":"Application","status":{{status}}}""");
        Assert.Equal(kind, KStatus.Compute(obj).Kind);
    }

    [Fact]
    public void Application_needs_one_ready_entry_per_sync_policy_and_cluster()
    {
        var plan = QuickstartPlan.App().Synthesize();
        var application = plan.Host.Objects.Single(o => (string?)o["kind"] == "Application");
        var expected = ApplicationExpectations.Count(application, plan.Host.Objects);
        Assert.Equal(4, expected); // two kustomization policies x two attached clusters

        static JsonObject WithEntries(int count)
        {
            var sync = new JsonArray();
            for (var i = 0; i < count; i++) sync.Add(Parse("""{"kustomizationStatus":{"conditions":[{"type":"Ready","status":"True"}]}}"""));
            return new JsonObject { ["apiVersion"] = "apps.kurator.dev/v1alpha1", ["kind"] = "Application", ["status"] = new JsonObject { ["syncStatus"] = sync } };
        }

        var two = WithEntries(2);
        var four = WithEntries(4);
        Assert.Equal(new ObjectStatus(StatusKind.InProgress, "SyncStatus 2/4"), KStatus.Compute(two, expected));
        Assert.Equal(StatusKind.Current, KStatus.Compute(four, expected).Kind);
    }

    [Fact]
    public void AttachedCluster_uses_status_ready()
    {
        Assert.Equal(StatusKind.InProgress, KStatus.Compute(Parse("""{"apiVersion":"cluster.kurator.dev/v1alpha1","kind":"AttachedCluster","status":{"ready":false}}""")).Kind);
        Assert.Equal(StatusKind.Current, KStatus.Compute(Parse("""{"apiVersion":"cluster.kurator.dev/v1alpha1","kind":"AttachedCluster","status":{"ready":true}}""")).Kind);
    }

    [Theory]
    [InlineData("cluster.x-k8s.io/v1beta2", "Cluster", """{"observedGeneration":1}""", StatusKind.InProgress)]
    [InlineData("cluster.x-k8s.io/v1beta2", "Cluster", """{"observedGeneration":1,"conditions":[{"type":"InfrastructureReady","status":"True"},{"type":"Available","status":"False","reason":"NotAvailable"}]}""", StatusKind.InProgress)]
    [InlineData("cluster.x-k8s.io/v1beta2", "Cluster", """{"observedGeneration":1,"conditions":[{"type":"Available","status":"True"}]}""", StatusKind.Current)]
    [InlineData("cluster.x-k8s.io/v1beta1", "Cluster", """{"observedGeneration":1,"conditions":[{"type":"Ready","status":"False"}],"v1beta2":{"conditions":[{"type":"Available","status":"True"}]}}""", StatusKind.Current)]
    [InlineData("cluster.x-k8s.io/v1beta1", "MachineDeployment", """{"observedGeneration":1,"conditions":[{"type":"Ready","status":"True"}]}""", StatusKind.Current)]
    [InlineData("controlplane.cluster.x-k8s.io/v1beta2", "KubeadmControlPlane", """{"observedGeneration":1,"conditions":[{"type":"Ready","status":"True"},{"type":"Available","status":"False"}]}""", StatusKind.InProgress)]
    [InlineData("infrastructure.cluster.x-k8s.io/v1alpha1", "CustomCluster", """{"observedGeneration":1}""", StatusKind.Current)]
    public void Cluster_api_kinds_are_ready_when_available(string apiVersion, string kind, string status, StatusKind expected)
    {
        // v1beta2 summarises in Available and a Cluster has no Ready: without this rule kstatus would call it Current at once.
        var obj = Parse($$"""{"apiVersion":"{{apiVersion}}","kind":"{{kind}}","metadata":{"generation":1},"status":{{status}}}""");
        Assert.Equal(expected, KStatus.Compute(obj).Kind);
    }
}
