using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Kurator.Sdk.Fleet;
using Kurator.Sdk.Fleet.Delivery;
using Kurator.Sdk.MultiSystem.Tests.Support;
using MultiSystem;
using Xunit;
using KuratorApplication = Kurator.Sdk.Kurator.Apps.V1Alpha1.Application;
using OcmPlacement = Kurator.Sdk.Ocm.Cluster.V1Beta1.Placement;
using VelaApplication = Kurator.Sdk.KubeVela.Core.V1Beta1.Application;

namespace Kurator.Sdk.MultiSystem.Tests;

/// <summary>
/// Every target's plan keeps the plan invariants (no cluster receives one object twice): an app that breaks them is
/// refused by synth with a message naming the cluster and the object, and nothing is written.
/// </summary>
public class PlanInvariantTests
{
    private static async Task<(int Code, string Output, bool Wrote)> Synth(KuratorApp app, string target)
    {
        var dir = Path.Combine(Path.GetTempPath(), "multisystem-invariant-" + Path.GetRandomFileName());
        try
        {
            var (code, output) = await TwoCloudApp.RunAsync(app, "synth", "--target", target, "--out", dir);
            return (code, output, Directory.Exists(dir));
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }

    [Theory]
    [InlineData("direct")]
    [InlineData("kurator")]
    [InlineData("karmada")]
    [InlineData("ocm")]
    [InlineData("kubevela")]
    public async Task A_workload_defined_twice_for_a_member_is_refused_by_every_target(string target)
    {
        var (app, fleet) = TwoCloudApp.Create();
        app.Workloads(fleet, w =>
        {
            w.Add(MultiSystemFleet.Web());
            w.Add(MultiSystemFleet.Web());
        });

        var (code, output, wrote) = await Synth(app, target);

        Assert.Equal(ExitCodes.InvalidUsage, code);
        Assert.Contains("aws-1: Deployment/web/web is defined more than once; a cluster can receive each object only once", output);
        Assert.False(wrote);
    }

    [Theory]
    [InlineData("direct")]
    [InlineData("kurator")]
    [InlineData("karmada")]
    [InlineData("ocm")]
    [InlineData("kubevela")]
    public async Task Two_workload_sets_giving_one_member_the_same_object_are_refused_by_every_target(string target)
    {
        // Each set alone is fine; aliyun-1 is selected by both and would receive the Service twice.
        var (app, fleet) = TwoCloudApp.Create();
        app.Workloads(fleet, w => w.Add(MultiSystemFleet.Service()));
        app.Workloads(fleet, w => w.OnClustersLabelled("provider", "aliyun").Add(MultiSystemFleet.Service()));

        var (code, output, _) = await Synth(app, target);

        Assert.Equal(ExitCodes.InvalidUsage, code);
        Assert.Contains("aliyun-1: Service/web/web is defined more than once", output);
        Assert.DoesNotContain("aws-1:", output);
    }

    [Fact]
    public async Task Direct_a_host_object_defined_twice_is_refused()
    {
        var (app, _) = TwoCloudApp.Create();
        app.Add(new Kubernetes.Core.V1.ConfigMap("settings", "default"));
        app.Add(new Kubernetes.Core.V1.ConfigMap("settings", "default"));

        var (code, output, wrote) = await Synth(app, "direct");

        Assert.Equal(ExitCodes.InvalidUsage, code);
        Assert.Contains("host: ConfigMap/default/settings is defined more than once", output);
        Assert.False(wrote);
    }

    /// <summary>A host object that collides only with what one target generates on the host: that target refuses, direct renders.</summary>
    public static TheoryData<string, string> HostCollisions => new()
    {
        { "kurator", "kurator target: host: Application/default/dup is defined more than once" },
        { "karmada", "karmada target: host: Deployment/web/web is defined more than once" },
        { "ocm", "ocm target: host: Placement/default/dup is defined more than once" },
        { "kubevela", "kubevela target: host: Application/default/dup is defined more than once" },
    };

    [Theory]
    [MemberData(nameof(HostCollisions))]
    public async Task A_host_object_that_collides_with_what_the_target_generates_is_refused_naming_target_cluster_and_object(string target, string message)
    {
        var (app, fleet) = TwoCloudApp.Create();
        app.Workloads(fleet, w => w.Add(MultiSystemFleet.Web()));
        AddColliding(app, target);

        var (code, output, wrote) = await Synth(app, target);
        Assert.Equal(ExitCodes.InvalidUsage, code);
        Assert.Contains(message, output);
        Assert.False(wrote);

        // The same app is fine where nothing is generated on the host.
        Assert.Equal(ExitCodes.Success, (await Synth(app, "direct")).Code);
    }

    internal static void AddColliding(KuratorApp app, string target)
    {
        switch (target)
        {
            case "kurator":
                app.Add(new KuratorApplication(TwoCloudApp.Name, "default"));
                break;
            case "karmada":
                // Karmada keeps the workloads as resource templates on its control plane, the host.
                app.Add(MultiSystemFleet.Web());
                break;
            case "ocm":
                app.Add(new OcmPlacement(TwoCloudApp.Name, "default") { Spec = new() });
                break;
            case "kubevela":
                app.Add(new VelaApplication(TwoCloudApp.Name, "default"));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(target));
        }
    }

    [Fact]
    public async Task Objects_of_two_groups_sharing_a_file_name_are_both_written()
    {
        // The kubevela target puts its Application beside the app's own Kurator Application of the same name and namespace.
        var (app, fleet) = TwoCloudApp.Create();
        app.Workloads(fleet, w => w.Add(MultiSystemFleet.Web()));
        app.Add(new KuratorApplication(TwoCloudApp.Name, "default"));

        using var output = await SynthOutput.RunAsync(app, "kubevela");

        Assert.Equal("apps.kurator.dev/v1alpha1", (string?)output.File("host/application.apps.kurator.dev_default_dup.yaml")["apiVersion"]);
        Assert.Equal("core.oam.dev/v1beta1", (string?)output.File("host/application.core.oam.dev_default_dup.yaml")["apiVersion"]);
        Assert.DoesNotContain("host/application_default_dup.yaml", output.Files.Keys);
    }

    [Fact]
    public void Every_target_renders_a_host_and_delivers_the_members()
    {
        var app = SampleApp.Create();
        foreach (var target in Enum.GetValues<DeliveryTarget>())
        {
            var rendering = app.Render(target);
            Assert.True(rendering.Plan.HasHost, target.ToString());
            Assert.Equal(["host", "aws-1", "huawei-1", "aliyun-1"], rendering.Delivered.Targets.Select(t => t.Name));
        }
    }
}
