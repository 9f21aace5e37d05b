using System;
using System.Linq;
using System.Threading.Tasks;
using Kurator.Sdk.Client.Discovery;
using Kurator.Sdk.Client.Errors;
using Kurator.Sdk.Emulator.Local;
using Kurator.Sdk.Fleet.Apply;
using Kurator.Sdk.Fleet.Model;
using Kurator.Sdk.Fleet.Report;
using Kurator.Sdk.Fleet.Targets;
using Xunit;

namespace Kurator.Sdk.Fleet.Tests;

/// <summary>apply of the Quickstart sample against the embedded emulated fleet (host + two members).</summary>
public class LocalFleetApplyTests
{
    private static readonly RuntimeOptions Options = new() { Timeout = TimeSpan.FromSeconds(60) };

    [Fact]
    public async Task Apply_puts_kurator_objects_on_the_host_and_workloads_on_each_member()
    {
        var plan = QuickstartPlan.App().Synthesize();
        await using var local = await LocalFleet.StartAsync(plan);

        var report = await FleetApplier.ApplyAsync(plan, local.Connections, Options);

        Assert.True(report.Succeeded, string.Join("\n", report.Clusters.SelectMany(c => c.Errors.Concat(c.NotReady))));
        Assert.Equal(ExitCodes.Success, report.ExitCode);
        Assert.Equal([7, 2, 2], report.Clusters.Select(c => c.Created));
        Assert.All(report.Clusters, c => Assert.Equal(ReadinessState.Ready, c.Readiness));

        var host = local.Connections.ClientFor(plan.Host);
        var fleet = await host.GetAsync("fleet.kurator.dev/v1alpha1", "Fleet", "quickstart", "default");
        Assert.Equal("Ready", (string?)fleet["status"]?["phase"]);
        Assert.NotNull((string?)fleet["metadata"]!["labels"]![ApplySetIdentity.PartOfLabel]);
        Assert.NotNull(await host.TryGetAsync("apps.kurator.dev/v1alpha1", "Application", "gitrepo-kustomization-demo", "default"));
        Assert.NotNull(await host.TryGetAsync("v1", "Secret", "kurator-member1", "default"));
        Assert.Null(await host.TryGetAsync("apps/v1", "Deployment", "web", "quickstart-web"));

        foreach (var member in plan.Members)
        {
            var client = local.Connections.ClientFor(member);
            var web = await client.GetAsync("apps/v1", "Deployment", "web", "quickstart-web");
            Assert.Equal(2, (int?)web["status"]?["availableReplicas"]);
            Assert.Contains(web["metadata"]!["managedFields"]!.AsArray(), m => (string?)m!["manager"] == "kurator-sdk:" + plan.AppName && (string?)m["operation"] == "Apply");
            // Members never receive Kurator objects; their CRDs are not even registered there.
            var missing = await Record.ExceptionAsync(() => client.GetAsync("fleet.kurator.dev/v1alpha1", "Fleet", "quickstart", "default"));
            Assert.True(missing is KindNotFoundException or KubernetesNotFoundException, missing?.ToString());
        }
    }

    [Fact]
    public async Task Second_apply_reports_everything_unchanged_and_writes_nothing()
    {
        var plan = QuickstartPlan.App().Synthesize();
        await using var local = await LocalFleet.StartAsync(plan);
        var first = await FleetApplier.ApplyAsync(plan, local.Connections, Options);
        Assert.True(first.Succeeded);
        var writesBefore = local.Emulator.Clusters.Select(Writes).ToList();

        var second = await FleetApplier.ApplyAsync(QuickstartPlan.App().Synthesize(), local.Connections, Options);

        Assert.True(second.Succeeded);
        Assert.All(second.Clusters, c => Assert.Equal((0, 0, 0, 0), (c.Created, c.Updated, c.Pruned, c.Failed)));
        Assert.Equal([7, 2, 2], second.Clusters.Select(c => c.Unchanged));
        Assert.Equal(writesBefore, local.Emulator.Clusters.Select(Writes).ToList());
    }

    [Fact]
    public async Task A_changed_object_is_updated_and_the_rest_stay_unchanged()
    {
        var plan = QuickstartPlan.App().Synthesize();
        await using var local = await LocalFleet.StartAsync(plan);
        Assert.True((await FleetApplier.ApplyAsync(plan, local.Connections, Options)).Succeeded);

        var changed = QuickstartPlan.App().Synthesize();
        foreach (var member in changed.Members) member.Objects.First(o => (string?)o["kind"] == "Deployment")["spec"]!["replicas"] = 3;
        var report = await FleetApplier.ApplyAsync(changed, local.Connections, Options);

        Assert.True(report.Succeeded, string.Join("\n", report.Clusters.SelectMany(c => c.Errors.Concat(c.NotReady))));
        Assert.Equal((0, 7), (report["host"].Updated, report["host"].Unchanged));
        Assert.All(changed.Members, m => Assert.Equal((1, 1), (report[m.Name].Updated, report[m.Name].Unchanged)));
        var web = await local.Connections.ClientFor(changed.Members.First()).GetAsync("apps/v1", "Deployment", "web", "quickstart-web");
        Assert.Equal(3, (int?)web["spec"]!["replicas"]);
    }

    private static int Writes(global::Kurator.Sdk.Emulator.EmulatedCluster cluster) =>
        cluster.Requests.Count(r => r.Method is "PATCH" or "PUT" or "POST" or "DELETE");
}
