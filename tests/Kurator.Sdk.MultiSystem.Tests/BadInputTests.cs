using System.IO;
using System.Threading.Tasks;
using Kurator.Sdk.Fleet;
using Kurator.Sdk.Fleet.Overrides;
using Kurator.Sdk.Fleet.Report;
using Kurator.Sdk.Kubernetes.Apps.V1;
using Kurator.Sdk.Kubernetes.Core.V1;
using Kurator.Sdk.Kurator.Cluster.V1Alpha1;
using MultiSystem;
using Xunit;
using FleetObject = Kurator.Sdk.Kurator.Fleet.V1Alpha1.Fleet;
using Kurator.Sdk.Json;

namespace Kurator.Sdk.MultiSystem.Tests;

/// <summary>Overrides and targets that cannot be rendered fail synth with a message naming what and where, and write nothing.</summary>
public class BadInputTests
{
    private static (KuratorApp App, FleetObject Fleet) App(params (string Name, string Provider)[] members)
    {
        var app = new KuratorApp([], "bad") { Output = new StringWriter() };
        var fleet = new FleetObject("f", "default") { Spec = new() };
        foreach (var (name, provider) in members)
        {
            var secret = app.Add(new Secret(name, "default") { StringData = new() { ["config"] = "apiVersion: v1\nkind: Config\n" } });
            fleet.Spec.AddCluster(app.Add(new AttachedCluster(name, "default") { Metadata = { Labels = new() { ["provider"] = provider } }, Spec = new AttachedClusterSpec().WithKubeconfig(secret, "config") }));
        }

        app.Add(fleet);
        return (app, fleet);
    }

    private static async Task<(int Code, string Output, bool Wrote)> Synth(KuratorApp app, string target)
    {
        var dir = Path.Combine(Path.GetTempPath(), "multisystem-bad-" + Path.GetRandomFileName());
        try
        {
            var code = await app.RunAsync(["synth", "--target", target, "--out", dir]);
            return (code, app.Output.ToString()!, Directory.Exists(dir));
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }

    [Theory]
    [InlineData("direct")]
    [InlineData("karmada")]
    public async Task An_override_of_a_container_the_workload_does_not_have_names_the_object_cluster_and_container(string target)
    {
        var (app, fleet) = App(("aws-1", "aws"));
        app.Workloads(fleet, w => w.Add(MultiSystemFleet.Web()).Override(ClusterSelector.Named("aws-1"), o => o.Image(tag: "2", container: "sidecar")));

        var (code, output, wrote) = await Synth(app, target);

        Assert.Equal(ExitCodes.InvalidUsage, code);
        Assert.Contains("override of Deployment/web (clusters name in (aws-1)): no container named 'sidecar' in /spec/template/spec/containers (on cluster aws-1)", output.Replace("\n", ""));
        Assert.False(wrote);
    }

    [Fact]
    public async Task A_patch_path_the_workload_does_not_have_names_the_object_the_cluster_and_the_path()
    {
        var (app, fleet) = App(("aws-1", "aws"));
        app.Workloads(fleet, w => w.Add(MultiSystemFleet.Web()).Override(ClusterSelector.Named("aws-1"), o => o.Patch(JsonPatchOperation.Remove("/spec/paused"))));

        var (code, output, _) = await Synth(app, "direct");

        Assert.Equal(ExitCodes.InvalidUsage, code);
        Assert.Contains("override of Deployment/web (clusters name in (aws-1)): operation 0 (remove /spec/paused): '/spec/paused' does not exist (on cluster aws-1)", output.Replace("\n", ""));
    }

    [Theory]
    [InlineData("direct")]
    [InlineData("kubevela")]
    public async Task A_patch_that_does_not_fit_what_earlier_overrides_made_names_the_cluster_it_fails_on(string target)
    {
        // The test fits the workload as defined (3 replicas) and aliyun-1, but aws-1's earlier override made it 5.
        var (app, fleet) = App(("aws-1", "aws"), ("aliyun-1", "aliyun"));
        app.Workloads(fleet, w => w.Add(MultiSystemFleet.Web())
            .Override(ClusterSelector.Named("aws-1"), o => o.Replicas(5))
            .Override(ClusterSelector.Named("aws-1", "aliyun-1"), o => o.Patch(JsonPatchOperation.Test("/spec/replicas", 3))));

        var (code, output, wrote) = await Synth(app, target);

        Assert.Equal(ExitCodes.InvalidUsage, code);
        Assert.Contains("override of Deployment/web (clusters name in (aws-1,aliyun-1)): operation 0 (test /spec/replicas): test failed: the value differs (on cluster aws-1)", output.Replace("\n", ""));
        Assert.False(wrote);
    }

    [Fact]
    public async Task The_kurator_target_needs_a_git_repository()
    {
        var (app, fleet) = App(("aws-1", "aws"));
        app.Workloads(fleet, w => w.Add(MultiSystemFleet.Service()));

        var (code, output, wrote) = await Synth(app, "kurator");

        Assert.Equal(ExitCodes.InvalidUsage, code);
        Assert.Contains("kurator target: set the Git repository its GitOps directory is pushed to (app.Delivery.GitRepository)", output.Replace("\n", ""));
        Assert.False(wrote);
    }

    [Fact]
    public async Task A_cluster_that_needs_its_own_objects_but_has_no_distinguishing_label_is_named()
    {
        var (app, fleet) = App(("aws-1", "aws"), ("aws-2", "aws"));
        app.Delivery.GitRepository = "https://github.com/example/gitops";
        app.Workloads(fleet, w => w.Add(MultiSystemFleet.Web()).Override(ClusterSelector.Named("aws-2"), (Deployment d) => d.Spec!.Replicas = 1));

        var (code, output, _) = await Synth(app, "kurator");

        Assert.Equal(ExitCodes.InvalidUsage, code);
        Assert.Contains("kurator target: cluster aws-1 needs its own objects, but no labels tell it apart from the other members of its fleet", output.Replace("\n", ""));
    }
}
