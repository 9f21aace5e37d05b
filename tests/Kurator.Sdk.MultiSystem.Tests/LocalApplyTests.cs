using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Kurator.Sdk.Emulator.Local;
using Kurator.Sdk.Fleet;
using Kurator.Sdk.Fleet.Apply;
using Kurator.Sdk.Fleet.Delivery;
using Kurator.Sdk.Fleet.Model;
using Kurator.Sdk.Fleet.Report;
using Kurator.Sdk.Fleet.Targets;
using Kurator.Sdk.MultiSystem.Tests.Semantics;
using Kurator.Sdk.MultiSystem.Tests.Support;
using Xunit;

namespace Kurator.Sdk.MultiSystem.Tests;

/// <summary>
/// Acceptance: `apply --local --target direct` puts each cluster's objects into its emulated cluster; the other targets
/// apply their objects to the emulated host, which serves the system's CRDs (registered from the shipped schemas).
/// </summary>
public class LocalApplyTests
{
    private static readonly RuntimeOptions Options = new() { Timeout = TimeSpan.FromSeconds(60) };

    public static TheoryData<string> Targets() => new(Systems.Targets);

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task Apply_local_with_a_target_exits_zero(string target)
    {
        var app = SampleApp.Create();
        var code = await app.RunAsync(["apply", "--local", "--local-ephemeral", "--target", target, "--timeout", "60"]);
        Assert.True(code == 0, $"apply --local --target {target} exited {code}:\n{app.Output}");
        var output = app.Output.ToString()!;
        Assert.Contains("host: applying", output);
        Assert.Equal(target == "direct", output.Contains("aws-1: applying", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Direct_puts_the_expected_objects_into_each_emulated_cluster()
    {
        var plan = SampleApp.Create().Render(DeliveryTarget.Direct).Plan;
        await using var local = await LocalFleet.StartAsync(plan);

        var report = await FleetApplier.ApplyAsync(plan, local.Connections, Options);

        Assert.True(report.Succeeded, string.Join("\n", report.Clusters.SelectMany(c => c.Errors.Concat(c.NotReady))));
        var expected = ExpectedObjects.ForSample();
        Assert.Equal(["host", "aws-1", "huawei-1", "aliyun-1"], plan.Targets.Select(t => t.Name));
        foreach (var member in plan.Members)
        {
            var client = local.Connections.ClientFor(member);
            foreach (var (key, want) in expected.Of(member.Name))
            {
                var live = await client.GetAsync((string)want["apiVersion"]!, (string)want["kind"]!, (string)want["metadata"]!["name"]!, (string?)want["metadata"]!["namespace"]);
                // The cluster's copy carries what the server adds (status, defaults, managed fields): compare what was asked for.
                Assert.True(Contains(live, want), $"{member.Name}: {key}\nexpected within:\n{want.ToJsonString()}\nlive:\n{live.ToJsonString()}");
            }
        }

        var aws = await local.Connections.ClientFor(plan.Members.Single(m => m.Name == "aws-1")).GetAsync("apps/v1", "Deployment", "web", "web");
        Assert.Equal(5, (int?)aws["status"]?["availableReplicas"]);
        var huawei = await local.Connections.ClientFor(plan.Members.Single(m => m.Name == "huawei-1")).GetAsync("apps/v1", "Deployment", "web", "web");
        Assert.Equal(ExpectedObjects.HuaweiImage, (string?)huawei["spec"]!["template"]!["spec"]!["containers"]![0]!["image"]);
        // The host gets the Kurator objects, never the workloads.
        Assert.Null(await local.Connections.ClientFor(plan.Host).TryGetAsync("apps/v1", "Deployment", "web", "web"));
    }

    [Theory]
    [InlineData("kurator")]
    [InlineData("karmada")]
    [InlineData("ocm")]
    [InlineData("kubevela")]
    public async Task The_systems_objects_are_accepted_by_the_emulated_host(string target)
    {
        var plan = SampleApp.Create().Render(DeliveryTargets.Parse(target)).Plan;
        Assert.Equal(["host"], plan.Targets.Select(t => t.Name));
        await using var local = await LocalFleet.StartAsync(plan);

        var report = await FleetApplier.ApplyAsync(plan, local.Connections, Options);

        Assert.True(report.Succeeded, string.Join("\n", report.Clusters.SelectMany(c => c.Errors.Concat(c.NotReady))));
        var host = local.Connections.ClientFor(plan.Host);
        foreach (var obj in plan.Host.Objects.Where(o => (string?)o["kind"] != "Secret"))
        {
            var r = ObjectRef.Of(obj);
            var live = await host.GetAsync(r.ApiVersion, r.Kind, r.Name, r.Namespace);
            Assert.True(Contains(live, obj), $"{r}: the host does not hold what was applied:\n{live.ToJsonString()}");
        }
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task Diff_local_with_a_target_shows_everything_to_create(string target)
    {
        var app = SampleApp.Create();
        var code = await app.RunAsync(["diff", "--local", "--local-ephemeral", "--target", target]);
        // 2: something would change (a fresh emulated fleet holds nothing yet).
        Assert.True(code == ExitCodes.NotReady, $"diff --local --target {target} exited {code}:\n{app.Output}");
        Assert.DoesNotContain(" error\n", app.Output.ToString()!, StringComparison.Ordinal);
    }

    /// <summary>True when every field of <paramref name="want"/> has the same value in <paramref name="live"/> (arrays item by item).</summary>
    private static bool Contains(JsonNode? live, JsonNode? want) => (live, want) switch
    {
        (JsonObject l, JsonObject w) => w.All(p => l.TryGetPropertyValue(p.Key, out var v) && Contains(v, p.Value)),
        (JsonArray l, JsonArray w) => l.Count == w.Count && w.Select((x, i) => Contains(l[i], x)).All(b => b),
        _ => JsonNode.DeepEquals(live, want) || (live is JsonValue a && want is JsonValue b && a.ToJsonString() == b.ToJsonString()),
    };
}
