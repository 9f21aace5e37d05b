using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Kurator.Sdk.Cli.Commands;
using Kurator.Sdk.MultiSystem.Tests.Semantics;
using Kurator.Sdk.MultiSystem.Tests.Support;
using Xunit;

namespace Kurator.Sdk.MultiSystem.Tests;

/// <summary>The five targets agree on a fleet with overlapping overrides, with and without waves.</summary>
public class RichEquivalenceTests
{
    public static TheoryData<string, int?> TargetsAndWaves()
    {
        var data = new TheoryData<string, int?>();
        foreach (var t in Systems.Targets)
        {
            data.Add(t, null);
            data.Add(t, 2);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TargetsAndWaves))]
    public async Task Every_target_delivers_what_the_overrides_say_and_validates(string target, int? waveSize)
    {
        var app = RichApp.Create(waveSize);
        using var output = await SynthOutput.RunAsync(app, target);
        var delivered = Systems.Deliver(target, output);

        Assert.Equal(Deliveries.From(app.DeliveryModel().EffectiveObjects(), "DeliveryModel").Canonical(), delivered.Canonical());
        var files = output.Files.Keys.Where(f => !f.EndsWith("/kustomization.yaml", System.StringComparison.Ordinal)).Select(f => Path.Combine(output.Directory, f)).ToList();
        var problems = new StringWriter();
        Assert.Equal(0, ValidateCommand.Run(files, loose: false, problems, new StringWriter()));
        Assert.Equal("", problems.ToString());
    }

    [Fact]
    public async Task The_effective_objects_are_the_ones_written_by_hand()
    {
        using var output = await SynthOutput.RunAsync(RichApp.Create(), "direct");
        var delivered = Systems.Deliver("direct", output);
        JsonObject Api(string cluster) => delivered.Of(cluster)["apps/v1 Deployment api/api"];
        JsonNode App(string cluster) => Api(cluster)["spec"]!["template"]!["spec"]!["containers"]![0]!;
        string? Mode(string cluster) => (string?)delivered.Of(cluster)["v1 ConfigMap api/settings"]["data"]!["mode"];

        Assert.Equal([4L, 4L, 2L, 2L], new[] { "eu-prod", "us-prod", "eu-dev", "us-dev" }.Select(c => (long)Api(c)["spec"]!["replicas"]!));
        Assert.Equal([RichApp.Image, "registry.example.com/team/api:1.1", RichApp.Image, "registry.example.com/team/api:1.1"], new[] { "eu-prod", "us-prod", "eu-dev", "us-dev" }.Select(c => (string?)App(c)["image"]));
        Assert.All(["eu-prod", "us-prod", "eu-dev", "us-dev"], c => Assert.Equal("envoyproxy/envoy:v1.30.1", (string?)Api(c)["spec"]!["template"]!["spec"]!["containers"]![1]!["image"]));
        Assert.Equal("""[{"name":"LOG","value":"debug"}]""", App("eu-dev")["env"]!.ToJsonString());
        Assert.Equal("""[{"name":"LOG","value":"info"}]""", App("eu-prod")["env"]!.ToJsonString());
        Assert.Equal("50m", (string?)App("us-dev")["resources"]!["requests"]!["cpu"]);
        Assert.Null(App("us-prod")["resources"]);
        Assert.Equal("canary", (string?)Api("us-dev")["metadata"]!["annotations"]!["note"]);
        Assert.Null(Api("eu-dev")["metadata"]!["annotations"]);
        Assert.Equal(["gdpr", "standard", "gdpr", "standard"], new[] { "eu-prod", "us-prod", "eu-dev", "us-dev" }.Select(Mode));
    }

    [Fact]
    public async Task Waves_become_progressive_replica_sets_for_ocm_and_ordered_step_groups_for_kubevela()
    {
        using (var ocm = await SynthOutput.RunAsync(RichApp.Create(waveSize: 2), "ocm"))
        {
            var sets = FleetView.OfKind(ocm.Folder("host"), "work.open-cluster-management.io/v1alpha1", "ManifestWorkReplicaSet");
            Assert.Equal(4, sets.Count); // one per override variant: every cluster differs here
            Assert.All(sets, s => Assert.Equal("""{"progressive":{"maxConcurrency":2},"type":"Progressive"}""", CanonicalJson.Of(s["spec"]!["placementRefs"]![0]!["rolloutStrategy"])));
            Assert.Empty(FleetView.OfKind(ocm.Folder("host"), "work.open-cluster-management.io/v1", "ManifestWork"));
        }

        using var vela = await SynthOutput.RunAsync(RichApp.Create(waveSize: 2), "kubevela");
        var steps = vela.File("host/application_fleets_rich.yaml")["spec"]!["workflow"]!["steps"]!.AsArray();
        Assert.Equal(["wave-1", "wave-2"], steps.Select(s => (string?)s!["name"]));
        Assert.Equal(
            ["deploy-wave-1-eu-prod", "deploy-wave-1-us-prod", "deploy-wave-2-eu-dev", "deploy-wave-2-us-dev"],
            steps.SelectMany(s => s!["subSteps"]!.AsArray()).Select(s => (string?)s!["name"]));
    }

    [Fact]
    public async Task Without_waves_ocm_places_the_whole_fleet_by_a_label_predicate()
    {
        using var ocm = await SynthOutput.RunAsync(RichApp.Create(), "ocm");
        var placement = FleetView.OfKind(ocm.Folder("host"), "cluster.open-cluster-management.io/v1beta1", "Placement").Single();
        Assert.Equal("""[{"requiredClusterSelector":{"labelSelector":{"matchExpressions":[{"key":"env","operator":"In","values":["dev","prod"]}]}}}]""", CanonicalJson.Of(placement["spec"]!["predicates"]));
        Assert.Equal(["eu-dev", "eu-prod", "us-dev", "us-prod"], OcmDelivery.Decide(placement, FleetView.Members(ocm.Folder("host"))).Select(m => m.Name).Order());
    }
}
