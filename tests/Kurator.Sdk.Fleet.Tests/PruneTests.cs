using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Kurator.Sdk.Client;
using Kurator.Sdk.Emulator.Local;
using Kurator.Sdk.Fleet.Apply;
using Kurator.Sdk.Fleet.Model;
using Kurator.Sdk.Fleet.Targets;
using Xunit;

namespace Kurator.Sdk.Fleet.Tests;

/// <summary>Pruning by ApplySet label: exactly the objects this app applied before and no longer defines.</summary>
public class PruneTests
{
    private static readonly RuntimeOptions Options = new() { Timeout = TimeSpan.FromSeconds(60) };

    [Fact]
    public async Task Removing_an_object_prunes_exactly_it_and_never_another_owners_objects()
    {
        var plan = QuickstartPlan.App().Synthesize();
        await using var local = await LocalFleet.StartAsync(plan);
        Assert.True((await FleetApplier.ApplyAsync(plan, local.Connections, Options)).Succeeded);
        var host = local.Connections.ClientFor(plan.Host);

        // Another tool's object and another app's object, in the same namespace and of the same kind.
        await host.ApplyAsync(ConfigMap("hand-made"), new ApplyOptions { FieldManager = "kubectl" });
        var other = new DeploymentPlan("other-app", [new ClusterTarget(ClusterTarget.HostName, TargetRole.Host, [ConfigMap("other-app-settings")])]);
        Assert.True((await FleetApplier.ApplyAsync(other, local.Connections, Options)).Succeeded);
        var withConfig = new DeploymentPlan("quickstart", plan.Targets.Select(t => t.Role == TargetRole.Host ? t with { Objects = [.. t.Objects, ConfigMap("quickstart-settings")] } : t).ToList());
        Assert.True((await FleetApplier.ApplyAsync(withConfig, local.Connections, Options)).Succeeded);

        var without = QuickstartPlan.App().Synthesize();
        without = without with
        {
            Targets = without.Targets.Select(t => t.Role == TargetRole.Host ? t with { Objects = t.Objects.Where(o => (string?)o["metadata"]!["name"] != "thanos-objstore").ToList() } : t).ToList(),
        };
        var report = await FleetApplier.ApplyAsync(without, local.Connections, Options);

        Assert.True(report.Succeeded, string.Join("\n", report.Clusters.SelectMany(c => c.Errors)));
        Assert.Equal((2, 6), (report["host"].Pruned, report["host"].Unchanged));
        Assert.All(without.Members, m => Assert.Equal(0, report[m.Name].Pruned));
        Assert.Null(await host.TryGetAsync("v1", "Secret", "thanos-objstore", "default"));
        Assert.Null(await host.TryGetAsync("v1", "ConfigMap", "quickstart-settings", "default"));
        Assert.NotNull(await host.TryGetAsync("v1", "ConfigMap", "hand-made", "default"));
        Assert.NotNull(await host.TryGetAsync("v1", "ConfigMap", "other-app-settings", "default"));
        Assert.NotNull(await host.TryGetAsync("fleet.kurator.dev/v1alpha1", "Fleet", "quickstart", "default"));

        var parent = await host.GetAsync("v1", "Secret", "applyset-quickstart", "default");
        Assert.DoesNotContain("ConfigMap", ((string?)parent["metadata"]!["annotations"]![ApplySetIdentity.GroupKindsAnnotation])!.Split(','));
    }

    private static JsonObject ConfigMap(string name) => new()
    {
        ["apiVersion"] = "v1",
        ["kind"] = "ConfigMap",
        ["metadata"] = new JsonObject { ["name"] = name, ["namespace"] = "default" },
        ["data"] = new JsonObject { ["owner"] = name },
    };
}
