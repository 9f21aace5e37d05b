using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Kurator.Sdk.Emulator;
using Kurator.Sdk.Emulator.Local;
using Kurator.Sdk.Fleet.Apply;
using Kurator.Sdk.Fleet.Report;
using Kurator.Sdk.Fleet.Targets;
using Xunit;

namespace Kurator.Sdk.Fleet.Tests;

/// <summary>Faults injected into the emulated clusters: a failing cluster is reported and does not stop the others.</summary>
public class FaultTests
{
    private static readonly RuntimeOptions Options = new() { Timeout = TimeSpan.FromSeconds(60) };

    [Fact]
    public async Task A_cluster_that_rejects_every_write_is_reported_while_the_others_are_applied_and_a_rerun_converges()
    {
        var plan = QuickstartPlan.App().Synthesize();
        await using var local = await LocalFleet.StartAsync(plan);
        var broken = local.Emulator.Clusters[2];
        broken.Faults.Add(new FaultRule(FaultKind.InternalServerError, 1.0) { Method = "PATCH", RetryAfterSeconds = 0 });

        var report = await FleetApplier.ApplyAsync(plan, local.Connections, Options);

        Assert.Equal(ExitCodes.Failed, report.ExitCode);
        Assert.True(report["kurator-member2"].Failed > 0);
        Assert.Contains(report["kurator-member2"].Errors, e => e.Contains("500", StringComparison.Ordinal));
        Assert.True(report["host"].Succeeded);
        Assert.True(report["kurator-member1"].Succeeded);
        Assert.Equal((7, 2), (report["host"].Created, report["kurator-member1"].Created));

        broken.Faults.Clear();
        var rerun = await FleetApplier.ApplyAsync(plan, local.Connections, Options);

        Assert.True(rerun.Succeeded, string.Join("\n", rerun.Clusters.SelectMany(c => c.Errors)));
        Assert.Equal([7, 2, 0], rerun.Clusters.Select(c => c.Unchanged));
        Assert.Equal(2, rerun["kurator-member2"].Created);
    }

    [Fact]
    public async Task Throttling_and_dropped_connections_are_retried_until_everything_is_applied_once()
    {
        var plan = QuickstartPlan.App().Synthesize();
        await using var local = await LocalFleet.StartAsync(plan);
        foreach (var cluster in local.Emulator.Clusters)
        {
            cluster.Faults.Add(new FaultRule(FaultKind.TooManyRequests, 0.2) { RetryAfterSeconds = 0 });
            cluster.Faults.Add(new FaultRule(FaultKind.ServiceUnavailable, 0.1) { RetryAfterSeconds = 0 });
            cluster.Faults.Add(new FaultRule(FaultKind.DropConnection, 0.1));
        }

        var report = await FleetApplier.ApplyAsync(plan, local.Connections, Options);

        Assert.True(report.Succeeded, string.Join("\n", report.Clusters.SelectMany(c => c.Errors)));
        Assert.Equal([7, 2, 2], report.Clusters.Select(c => c.Created));
        Assert.True(local.Emulator.Clusters.Sum(c => c.Faults.InjectedCount) > 0);
        var secrets = await local.Connections.ClientFor(plan.Host).ListAsync("v1", "Secret", "default");
        Assert.Equal(4, secrets.Items.Count); // three Secrets of the app plus the ApplySet parent, none duplicated
    }

    [Fact]
    public async Task A_slow_and_throttled_cluster_finishes_with_everything_applied_once()
    {
        var plan = QuickstartPlan.App().Synthesize();
        await using var local = await LocalFleet.StartAsync(plan);
        var slow = local.Emulator["kurator-member1"];
        // Throttled with Retry-After: 1 on its first writes; the client waits as told, then retries.
        slow.Faults.Add(new FaultRule(FaultKind.TooManyRequests, 1.0) { Method = "PATCH", RetryAfterSeconds = 1, MaxCount = 2 });
        // Rules apply in order, first match wins: every other request is slow.
        slow.Faults.Add(new FaultRule(FaultKind.Latency, 1.0) { Latency = TimeSpan.FromMilliseconds(150) });

        var report = await FleetApplier.ApplyAsync(plan, local.Connections, Options);

        Assert.True(report.Succeeded, string.Join("\n", report.Clusters.SelectMany(c => c.Errors.Concat(c.NotReady))));
        Assert.Equal([7, 2, 2], report.Clusters.Select(c => c.Created));
        Assert.Equal(2, slow.Requests.Count(r => r.StatusCode == 429));
        var rerun = await FleetApplier.ApplyAsync(plan, local.Connections, Options);
        Assert.Equal([7, 2, 2], rerun.Clusters.Select(c => c.Unchanged));
    }

    [Fact]
    public async Task A_cluster_that_is_down_is_reported_and_a_rerun_once_it_is_back_converges()
    {
        var plan = QuickstartPlan.App().Synthesize();
        await using var local = await LocalFleet.StartAsync(plan);
        var dir = Directory.CreateTempSubdirectory("kurator-down-").FullName;
        try
        {
            // kurator-member2's context points at a port nothing listens on: connections are refused.
            var broken = Path.Combine(dir, "kubeconfig");
            local.Emulator.WriteKubeConfig(broken);
            var server = local.Emulator["kurator-member2"].Server.ToString().TrimEnd('/');
            File.WriteAllText(broken, File.ReadAllText(broken).Replace(server, "https://127.0.0.1:9", StringComparison.Ordinal));
            var members = plan.Members.ToDictionary(m => m.Name, m => m.Name, StringComparer.Ordinal);
            using (var down = new ClusterConnections(broken, "host", members))
            {
                var report = await FleetApplier.ApplyAsync(plan, down, Options);

                Assert.Equal(ExitCodes.Failed, report.ExitCode);
                Assert.False(report["kurator-member2"].Succeeded);
                Assert.NotEmpty(report["kurator-member2"].Errors);
                Assert.True(report["host"].Succeeded && report["kurator-member1"].Succeeded);
            }

            var rerun = await FleetApplier.ApplyAsync(plan, local.Connections, Options);

            Assert.True(rerun.Succeeded, string.Join("\n", rerun.Clusters.SelectMany(c => c.Errors)));
            Assert.Equal([0, 0, 2], rerun.Clusters.Select(c => c.Created));
            Assert.Equal([7, 2, 0], rerun.Clusters.Select(c => c.Unchanged));
            var deployments = await local.Connections.ClientFor(plan.Members.Last()).ListAsync("apps/v1", "Deployment", null);
            Assert.Single(deployments.Items);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
