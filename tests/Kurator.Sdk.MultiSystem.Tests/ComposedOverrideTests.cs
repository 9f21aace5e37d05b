using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Kurator.Sdk.Fleet;
using Kurator.Sdk.Fleet.Overrides;
using Kurator.Sdk.MultiSystem.Tests.Semantics;
using Kurator.Sdk.MultiSystem.Tests.Support;
using Xunit;
using Kurator.Sdk.Json;

namespace Kurator.Sdk.MultiSystem.Tests;

/// <summary>
/// Overrides compose: every override selecting a cluster applies, in declaration order, to the result of the ones before
/// it, and every target delivers that same object (checked against a hand-written expectation).
/// </summary>
public class ComposedOverrideTests
{
    public static TheoryData<string> Targets() => new(Systems.Targets);

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task Each_cluster_receives_every_matching_override_composed_in_order(string target)
    {
        using var output = await SynthOutput.RunAsync(ComposedApp.Create(), target);
        var delivered = Systems.Deliver(target, output);
        Assert.Equal(ComposedExpectation.PerCluster().Canonical(), delivered.Canonical());
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task A_raw_patch_runs_on_what_the_earlier_overrides_made(string target)
    {
        // The test operation sees the 6 replicas of the patch before it, and the env list exists only through the Env overrides.
        var app = ComposedApp.Create(d => d.Override(ClusterSelector.Named("us-prod"), o => o.Patch(
            JsonPatchOperation.Test("/spec/replicas", 6),
            JsonPatchOperation.Add("/spec/template/spec/containers/1/env/-", new JsonObject { ["name"] = "PROXY_MODE", ["value"] = "edge" }))));
        using var output = await SynthOutput.RunAsync(app, target);
        Assert.Equal(ComposedExpectation.PerCluster(proxyMode: true).Canonical(), Systems.Deliver(target, output).Canonical());
    }

    [Fact]
    public async Task Karmada_renders_a_composed_image_change_as_image_overriders()
    {
        using var output = await SynthOutput.RunAsync(ComposedApp.Create(), "karmada");
        var policy = FleetView.OfKind(output.Folder("host"), "policy.karmada.io/v1alpha1", "OverridePolicy")
            .Single(p => (string?)p["spec"]!["resourceSelectors"]![0]!["kind"] == "Deployment");
        var rule = policy["spec"]!["overrideRules"]!.AsArray()
            .Single(r => r!["targetCluster"]!["clusterNames"]!.AsArray().Select(n => (string?)n).Contains("us-prod"))!;
        Assert.Equal(["us-prod"], rule["targetCluster"]!["clusterNames"]!.AsArray().Select(n => (string?)n));
        var images = rule["overriders"]!["imageOverrider"]!.AsArray();
        Assert.Equal(
            """[{"component":"Registry","operator":"replace","predicate":{"path":"/spec/template/spec/containers/0/image"},"value":"mirror.us.example.com"},{"component":"Tag","operator":"replace","predicate":{"path":"/spec/template/spec/containers/0/image"},"value":"2.0"}]""",
            CanonicalJson.Of(images));
    }
}
