using System.Linq;
using Kurator.Sdk.Kubernetes.Core.V1;
using Kurator.Sdk.Kurator.Cluster.V1Alpha1;
using Kurator.Sdk.Kurator.Fleet.V1Alpha1;
using Xunit;
using FleetObject = Kurator.Sdk.Kurator.Fleet.V1Alpha1.Fleet;

namespace Kurator.Sdk.Fleet.Tests;

/// <summary>Workloads restricted to members by the labels of their cluster objects, as Application clusterSelector does.</summary>
public class ClusterSelectionTests
{
    [Fact]
    public void Workloads_with_a_selector_go_only_to_members_whose_cluster_objects_match()
    {
        var app = new KuratorApp([], "selection");
        var edge = app.Add(new AttachedCluster("edge-1", "default") { Metadata = { Labels = new() { ["tier"] = "edge" } } });
        var core = app.Add(new AttachedCluster("core-1", "default") { Metadata = { Labels = new() { ["tier"] = "core" } } });
        var fleet = app.Add(new FleetObject("mixed", "default") { Spec = new FleetSpec().AddCluster(edge).AddCluster(core) });
        app.Workloads(fleet, w => w.OnClustersLabelled("tier", "edge").Add(new ConfigMap("edge-only", "default")));
        app.Workloads(fleet, w => w.Add(new ConfigMap("everywhere", "default")));

        var plan = app.Synthesize();

        Assert.Equal(["edge-1", "core-1"], plan.Members.Select(m => m.Name));
        Assert.Equal(["edge-only", "everywhere"], plan.Members.First().Objects.Select(o => (string?)o["metadata"]!["name"]));
        Assert.Equal(["everywhere"], plan.Members.Last().Objects.Select(o => (string?)o["metadata"]!["name"]));
    }
}
