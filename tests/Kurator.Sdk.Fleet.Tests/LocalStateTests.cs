using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Kurator.Sdk.Client;
using Kurator.Sdk.Emulator;
using Kurator.Sdk.Emulator.Local;
using Kurator.Sdk.Fleet.Apply;
using Kurator.Sdk.Fleet.Targets;
using Xunit;

namespace Kurator.Sdk.Fleet.Tests;

/// <summary>An emulated fleet kept in a state folder outlives the emulator that held it.</summary>
public sealed class LocalStateTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("kurator-state-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Saved_objects_and_custom_kinds_are_served_again_after_a_restart()
    {
        var options = new EmulatorOptions { StateDirectory = _dir };
        options.ClusterNames.Add("hub");
        string uid;
        await using (var first = await KubeEmulator.StartAsync(options))
        {
            var kubeconfig = Path.Combine(_dir, "kubeconfig");
            first.WriteKubeConfig(kubeconfig);
            using var client = KubeClient.FromKubeConfig(kubeconfig, "hub");
            var fleetCrd = CrdCatalog.For([("fleet.kurator.dev/v1alpha1", "Fleet")]).Single();
            await client.ApplyAsync(fleetCrd, new ApplyOptions { FieldManager = "test" });
            client.Mapper.Invalidate();
            var fleet = JsonNode.Parse("""{"apiVersion":"fleet.kurator.dev/v1alpha1","kind":"Fleet","metadata":{"name":"f","namespace":"default"},"spec":{}}""")!.AsObject();
            uid = (string)(await client.ApplyAsync(fleet, new ApplyOptions { FieldManager = "test" }))["metadata"]!["uid"]!;
            await client.ApplyAsync(JsonNode.Parse("""{"apiVersion":"v1","kind":"Secret","metadata":{"name":"s","namespace":"default"},"stringData":{"k":"v"}}""")!.AsObject(), new ApplyOptions { FieldManager = "test" });
            first.SaveState();
        }

        var file = Path.Combine(_dir, "hub.state.json");
        if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        Assert.Equal(["hub"], KubeEmulator.SavedClusterNames(_dir));

        await using var second = await KubeEmulator.StartAsync(options);
        second.WriteKubeConfig(Path.Combine(_dir, "kubeconfig"));
        using var again = KubeClient.FromKubeConfig(Path.Combine(_dir, "kubeconfig"), "hub");
        var live = await again.GetAsync("fleet.kurator.dev/v1alpha1", "Fleet", "f", "default");
        Assert.Equal(uid, (string?)live["metadata"]!["uid"]);
        Assert.Contains(live["metadata"]!["managedFields"]!.AsArray(), m => (string?)m!["manager"] == "test");
        Assert.NotNull(await again.TryGetAsync("v1", "Secret", "s", "default"));
        Assert.NotNull(await again.TryGetAsync("v1", "Namespace", "kube-system", null));
    }

    [Fact]
    public async Task A_broken_state_file_is_refused_with_its_path()
    {
        await File.WriteAllTextAsync(Path.Combine(_dir, "hub.state.json"), "{\"version\":1,\"objects\":[{\"group\":\"\"}]}");
        var options = new EmulatorOptions { StateDirectory = _dir };
        options.ClusterNames.Add("hub");

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => KubeEmulator.StartAsync(options));
        Assert.Contains("hub.state.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("objects[0]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_local_fleet_keeps_what_was_applied_and_one_run_at_a_time_uses_the_state()
    {
        var plan = QuickstartPlan.App().Synthesize();
        await using (var local = await LocalFleet.StartAsync(plan, _dir))
        {
            Assert.Equal(_dir, local.StateDirectory);
            var busy = await Assert.ThrowsAsync<InvalidOperationException>(() => LocalFleet.StartAsync(plan, _dir));
            Assert.Contains("in use by another run", busy.Message, StringComparison.Ordinal);
            Assert.True((await FleetApplier.ApplyAsync(plan, local.Connections, new RuntimeOptions { Timeout = TimeSpan.FromSeconds(60) })).Succeeded);
        }

        await using var next = await LocalFleet.StartAsync(plan, _dir);
        var report = await FleetApplier.ApplyAsync(QuickstartPlan.App().Synthesize(), next.Connections, new RuntimeOptions { Timeout = TimeSpan.FromSeconds(60) });
        Assert.True(report.Succeeded, string.Join("\n", report.Clusters.SelectMany(c => c.Errors.Concat(c.NotReady))));
        Assert.Equal([7, 2, 2], report.Clusters.Select(c => c.Unchanged));
        Assert.All(report.Clusters, c => Assert.Equal(0, c.Created + c.Updated + c.Pruned));
    }
}
