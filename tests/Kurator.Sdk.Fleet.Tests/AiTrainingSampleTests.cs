using System;
using System.Linq;
using System.Threading.Tasks;
using AiTraining;
using Kurator.Sdk.Emulator.Local;
using Kurator.Sdk.Fleet.Apply;
using Kurator.Sdk.Fleet.Report;
using Kurator.Sdk.Fleet.Targets;
using Kurator.Sdk.Policy.Evaluation;
using Kurator.Sdk.Policy.Rules;
using Xunit;

namespace Kurator.Sdk.Fleet.Tests;

/// <summary>The AiTraining sample: a Volcano queue and a gang-scheduled PyTorch job on each GPU member.</summary>
public class AiTrainingSampleTests
{
    private static readonly RuntimeOptions Options = new() { Timeout = TimeSpan.FromSeconds(60) };

    [Fact]
    public void The_job_is_gang_scheduled_through_the_queue_with_the_pytorch_plugin()
    {
        var plan = AiTrainingPlan.App().Synthesize();
        Assert.Equal(["gpu-cluster-01", "gpu-cluster-02"], plan.Members.Select(m => m.Name));
        foreach (var member in plan.Members)
        {
            var queue = member.Objects.Single(o => (string?)o["kind"] == "Queue");
            var job = member.Objects.Single(o => (string?)o["apiVersion"] == "batch.volcano.sh/v1alpha1" && (string?)o["kind"] == "Job");
            var spec = job["spec"]!;
            var replicas = spec["tasks"]!.AsArray().Sum(t => (long)t!["replicas"]!);
            Assert.Equal(1 + TrainingFleet.Workers, replicas);
            Assert.Equal(replicas, (long)spec["minAvailable"]!);
            Assert.Equal("volcano", (string?)spec["schedulerName"]);
            Assert.Equal((string?)queue["metadata"]!["name"], (string?)spec["queue"]);
            Assert.Equal(["--master=master", "--worker=worker", "--port=23456"], spec["plugins"]!["pytorch"]!.AsArray().Select(a => (string?)a));
            Assert.Equal(["master", "worker"], spec["tasks"]!.AsArray().Select(t => (string?)t!["name"]));
            Assert.All(spec["tasks"]!.AsArray(), t => Assert.Equal("1", t!["template"]!["spec"]!["containers"]![0]!["resources"]!["limits"]!["nvidia.com/gpu"]!.ToString()));
            // The Volcano locator finds spec.tasks[*].template: both pod templates pass restricted.
            Assert.Empty(PodSecurityEvaluator.Evaluate(job, PodSecurityLevel.Restricted, PodSecurityVersion.Latest));
        }
    }

    [Fact]
    public void The_fleet_enforces_restricted_so_check_has_nothing_to_report()
    {
        var app = AiTrainingPlan.App();
        Assert.Empty(app.Check());
        Assert.Empty(app.Check(PodSecurityLevel.Restricted));
    }

    [Fact]
    public async Task Apply_to_the_local_fleet_waits_for_running_jobs_and_a_second_apply_writes_nothing()
    {
        var plan = AiTrainingPlan.App().Synthesize();
        await using var local = await LocalFleet.StartAsync(plan);

        var first = await FleetApplier.ApplyAsync(plan, local.Connections, Options);

        Assert.True(first.Succeeded, string.Join("\n", first.Clusters.SelectMany(c => c.Errors.Concat(c.NotReady))));
        Assert.Equal([5, 3, 3], first.Clusters.Select(c => c.Created));
        Assert.All(first.Clusters, c => Assert.Equal(ReadinessState.Ready, c.Readiness));
        foreach (var member in plan.Members)
        {
            var client = local.Connections.ClientFor(member);
            var job = await client.GetAsync("batch.volcano.sh/v1alpha1", "Job", "pytorch-distributed-training", TrainingFleet.TrainingNamespace);
            Assert.Equal("Running", (string?)job["status"]?["state"]?["phase"]);
            var queue = await client.GetAsync("scheduling.volcano.sh/v1beta1", "Queue", "ai-training", null);
            Assert.Equal("Open", (string?)queue["status"]?["state"]);
        }

        var writes = local.Emulator.Clusters.Select(c => c.Requests.Count(r => r.Method is "PATCH" or "PUT" or "POST" or "DELETE")).ToList();
        var second = await FleetApplier.ApplyAsync(AiTrainingPlan.App().Synthesize(), local.Connections, Options);

        Assert.True(second.Succeeded);
        Assert.Equal([5, 3, 3], second.Clusters.Select(c => c.Unchanged));
        Assert.All(second.Clusters, c => Assert.Equal((0, 0, 0), (c.Created, c.Updated, c.Pruned)));
        Assert.Equal(writes, local.Emulator.Clusters.Select(c => c.Requests.Count(r => r.Method is "PATCH" or "PUT" or "POST" or "DELETE")).ToList());
    }

    [Fact]
    public async Task A_failed_training_job_fails_the_apply_without_waiting_for_the_timeout()
    {
        var app = AiTrainingPlan.App();
        var plan = app.Synthesize();
        foreach (var member in plan.Members)
        {
            var job = member.Objects.Single(o => (string?)o["kind"] == "Job");
            job["metadata"]!["annotations"] = new System.Text.Json.Nodes.JsonObject { ["simulation.kurator.dev/outcome"] = "Failed" };
        }

        await using var local = await LocalFleet.StartAsync(plan);
        var report = await FleetApplier.ApplyAsync(plan, local.Connections, new RuntimeOptions { Timeout = TimeSpan.FromSeconds(60) });

        Assert.False(report.Succeeded);
        // Failed, not TimedOut: the Failed phase stopped the wait before the timeout.
        Assert.All(plan.Members, m => Assert.Equal(ReadinessState.Failed, report[m.Name].Readiness));
        Assert.All(plan.Members, m => Assert.Contains(report[m.Name].NotReady, n => n.Contains("Phase=Failed", StringComparison.Ordinal)));
    }
}
