using System;
using System.Linq;
using System.Threading.Tasks;
using Kurator.Sdk.Emulator;
using Kurator.Sdk.Emulator.Local;
using Kurator.Sdk.Fleet.Targets;
using Xunit;

namespace Kurator.Sdk.Fleet.Tests;

/// <summary>Emulated clusters named explicitly (the --local fleet names them after its targets), and the old numbered names.</summary>
public class EmulatorNamesTests
{
    [Fact]
    public async Task Explicit_names_become_clusters_and_contexts_in_that_order()
    {
        var options = new EmulatorOptions();
        options.ClusterNames.Add("hub");
        options.ClusterNames.Add("edge-1");
        await using var emulator = await KubeEmulator.StartAsync(options);

        Assert.Equal(["hub", "edge-1"], emulator.Clusters.Select(c => c.Name));
        var kubeconfig = emulator.KubeConfigYaml();
        Assert.Contains("name: hub", kubeconfig, StringComparison.Ordinal);
        Assert.Contains("name: edge-1", kubeconfig, StringComparison.Ordinal);
        Assert.Contains("current-context: hub", kubeconfig, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_names_the_prefix_and_count_still_apply()
    {
        await using var emulator = await KubeEmulator.StartAsync(new EmulatorOptions { Clusters = 2, NamePrefix = "kind-" });
        Assert.Equal(["kind-1", "kind-2"], emulator.Clusters.Select(c => c.Name));
    }

    [Theory]
    [InlineData("a", "a")]
    [InlineData("bad name", "ok")]
    [InlineData("", "ok")]
    public async Task Repeated_or_unusable_names_are_refused(string first, string second)
    {
        var options = new EmulatorOptions();
        options.ClusterNames.Add(first);
        options.ClusterNames.Add(second);
        var error = await Assert.ThrowsAsync<ArgumentException>(() => KubeEmulator.StartAsync(options));
        Assert.Contains("ClusterNames", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_local_fleet_names_its_clusters_after_the_host_and_the_members()
    {
        var plan = AiTrainingPlan.App().Synthesize();
        await using var local = await LocalFleet.StartAsync(plan);

        Assert.Equal(["host", "gpu-cluster-01", "gpu-cluster-02"], local.Emulator.Clusters.Select(c => c.Name));
        foreach (var member in plan.Members)
        {
            // The connection for a member reaches the emulated cluster named like it.
            var client = local.Connections.ClientFor(member);
            await client.ApplyAsync(new System.Text.Json.Nodes.JsonObject { ["apiVersion"] = "v1", ["kind"] = "ConfigMap", ["metadata"] = new System.Text.Json.Nodes.JsonObject { ["name"] = "probe", ["namespace"] = "default" } }, new global::Kurator.Sdk.Client.ApplyOptions { FieldManager = "test" });
            Assert.Contains(local.Emulator[member.Name].Requests, r => r.Method == "PATCH" && r.PathAndQuery.Contains("/configmaps/probe", StringComparison.Ordinal));
        }
    }
}
