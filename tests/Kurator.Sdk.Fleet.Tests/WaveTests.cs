using System;
using System.Linq;
using System.Threading.Tasks;
using Kurator.Sdk.Emulator;
using Kurator.Sdk.Emulator.Local;
using Kurator.Sdk.Fleet.Apply;
using Kurator.Sdk.Fleet.Report;
using Kurator.Sdk.Fleet.Targets;
using Xunit;

namespace Kurator.Sdk.Fleet.Tests;

/// <summary>Waves: the host, then members a few at a time; a failed wave stops the later ones beyond --max-failures.</summary>
public class WaveTests
{
    [Fact]
    public async Task A_failed_wave_stops_later_waves_unless_failures_are_tolerated()
    {
        var plan = QuickstartPlan.App().Synthesize();
        await using var local = await LocalFleet.StartAsync(plan);
        local.Emulator.Clusters[1].Faults.Add(new FaultRule(FaultKind.InternalServerError, 1.0) { Method = "PATCH", RetryAfterSeconds = 0 });
        var options = new RuntimeOptions { Timeout = TimeSpan.FromSeconds(60), WaveSize = 1 };

        var finished = new System.Collections.Concurrent.ConcurrentQueue<ClusterReport>();
        var stopped = await FleetApplier.ApplyAsync(plan, local.Connections, options with { OnClusterFinished = finished.Enqueue });

        Assert.Equal(["host", "kurator-member1", "kurator-member2"], stopped.Clusters.Select(c => c.Cluster));
        Assert.True(stopped["host"].Succeeded);
        Assert.False(stopped["kurator-member1"].Succeeded);
        Assert.Contains(stopped["kurator-member2"].Errors, e => e.Contains("not applied: 1 cluster(s) of earlier waves failed", StringComparison.Ordinal));
        // Not started is a state of its own, and reported as it is decided, like every finished cluster.
        Assert.Equal(ReadinessState.NotStarted, stopped["kurator-member2"].Readiness);
        Assert.Equal(new ReportEntry("cluster kurator-member2", "not applied: 1 cluster(s) of earlier waves failed (--max-failures 0)"), Assert.Single(stopped["kurator-member2"].ErrorEntries));
        Assert.Equal(["host", "kurator-member1", "kurator-member2"], finished.Select(c => c.Cluster));
        Assert.Null(await local.Connections.ClientFor(plan.Members.Last()).TryGetAsync("v1", "Namespace", "quickstart-web"));
        Assert.Equal(ExitCodes.Failed, stopped.ExitCode);

        var tolerant = await FleetApplier.ApplyAsync(plan, local.Connections, options with { MaxFailures = 1 });

        Assert.True(tolerant["kurator-member2"].Succeeded);
        Assert.Equal(2, tolerant["kurator-member2"].Created);
        Assert.Equal(ReadinessState.Ready, tolerant["kurator-member2"].Readiness);
    }
}
