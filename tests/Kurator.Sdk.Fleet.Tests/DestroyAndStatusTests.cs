using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Kurator.Sdk.Client;
using Kurator.Sdk.Emulator.Local;
using Kurator.Sdk.Fleet.Apply;
using Kurator.Sdk.Fleet.Destroy;
using Kurator.Sdk.Fleet.Readiness;
using Kurator.Sdk.Fleet.Report;
using Kurator.Sdk.Fleet.Status;
using Kurator.Sdk.Fleet.Targets;
using Xunit;

namespace Kurator.Sdk.Fleet.Tests;

/// <summary>status shows what is deployed where; destroy removes exactly what the app owns.</summary>
public class DestroyAndStatusTests
{
    private static readonly RuntimeOptions Options = new() { Timeout = TimeSpan.FromSeconds(60) };

    [Fact]
    public async Task Status_reports_every_object_then_destroy_leaves_the_clusters_empty_of_our_objects_only()
    {
        var plan = QuickstartPlan.App().Synthesize();
        await using var local = await LocalFleet.StartAsync(plan);
        var before = await FleetStatus.ReadAsync(plan, local.Connections, Options);
        Assert.Equal(11, before.Count);
        Assert.All(before, s => Assert.Equal(StatusKind.NotFound, s.Status.Kind));

        Assert.True((await FleetApplier.ApplyAsync(plan, local.Connections, Options)).Succeeded);
        var member1 = local.Connections.ClientFor(plan.Members.First());
        await member1.ApplyAsync(new JsonObject
        {
            ["apiVersion"] = "v1",
            ["kind"] = "ConfigMap",
            ["metadata"] = new JsonObject { ["name"] = "someone-elses", ["namespace"] = "default" },
        }, new ApplyOptions { FieldManager = "kubectl" });

        var deployed = await FleetStatus.ReadAsync(plan, local.Connections, Options);
        Assert.Equal(11, deployed.Count);
        Assert.All(deployed, s => Assert.Equal(StatusKind.Current, s.Status.Kind));
        Assert.Contains(deployed, s => s.Cluster == "kurator-member2" && s.Object.Kind == "Deployment" && s.Status.Reason == "Available");
        Assert.Contains(deployed, s => s.Cluster == "host" && s.Object.Kind == "Fleet" && s.Status.Reason == "Phase=Ready");

        var finished = new System.Collections.Concurrent.ConcurrentQueue<ClusterReport>();
        var report = await FleetDestroyer.DestroyAsync(plan, local.Connections, Options with { OnClusterFinished = finished.Enqueue });

        Assert.True(report.Succeeded, string.Join("\n", report.Clusters.SelectMany(c => c.Errors.Concat(c.NotReady))));
        Assert.Equal([7, 2, 2], report.Clusters.Select(c => c.Deleted));
        // Each cluster was reported as it finished: the very reports of the result, once each.
        Assert.Equal(3, finished.Count);
        Assert.All(report.Clusters, c => Assert.Single(finished, f => ReferenceEquals(f, c)));
        var set = new ApplySetIdentity(plan.AppName, Options.ApplySetNamespace);
        foreach (var target in plan.Targets)
        {
            var client = local.Connections.ClientFor(target);
            foreach (var kind in new[] { ("v1", "Secret"), ("apps/v1", "Deployment"), ("v1", "Namespace") })
            {
                var page = await client.ListAsync(kind.Item1, kind.Item2, null, new ListOptions { LabelSelector = set.Selector });
                Assert.Empty(page.Items);
            }

            Assert.Null(await client.TryGetAsync("v1", "Secret", set.ParentName, set.ParentNamespace));
        }

        Assert.NotNull(await member1.TryGetAsync("v1", "ConfigMap", "someone-elses", "default"));
        Assert.Null(await local.Connections.ClientFor(plan.Host).TryGetAsync("fleet.kurator.dev/v1alpha1", "Fleet", "quickstart", "default"));
        var after = await FleetStatus.ReadAsync(plan, local.Connections, Options);
        Assert.All(after, s => Assert.Equal(StatusKind.NotFound, s.Status.Kind));

        var again = await FleetDestroyer.DestroyAsync(plan, local.Connections, Options);
        Assert.True(again.Succeeded);
        Assert.All(again.Clusters, c => Assert.Equal(0, c.Deleted));
    }

    [Fact]
    public async Task Status_lists_owned_objects_the_app_no_longer_defines()
    {
        var plan = QuickstartPlan.App().Synthesize();
        await using var local = await LocalFleet.StartAsync(plan);
        Assert.True((await FleetApplier.ApplyAsync(plan, local.Connections, Options)).Succeeded);
        var smaller = plan with { Targets = plan.Targets.Select(t => t with { Objects = t.Objects.Where(o => (string?)o["kind"] != "Deployment").ToList() }).ToList() };

        var states = await FleetStatus.ReadAsync(smaller, local.Connections, Options);

        Assert.Equal(2, states.Count(s => !s.Defined));
        Assert.All(states.Where(s => !s.Defined), s => Assert.Equal("Deployment", s.Object.Kind));
        Assert.Equal(ExitCodes.Success, (await FleetApplier.ApplyAsync(smaller, local.Connections, Options)).ExitCode);
        Assert.DoesNotContain(await FleetStatus.ReadAsync(smaller, local.Connections, Options), s => !s.Defined);
    }
}
