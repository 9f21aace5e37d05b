using System;
using System.Linq;
using System.Threading.Tasks;
using Kurator.Sdk.Fleet.Apply;
using Kurator.Sdk.Fleet.Report;
using Kurator.Sdk.Fleet.Targets;
using Kurator.Sdk.Testing;
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

        Assert.Equal(ExitCodes.ApplyFailed, report.ExitCode);
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
}
