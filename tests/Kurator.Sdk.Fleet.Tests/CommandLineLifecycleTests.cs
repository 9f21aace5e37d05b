using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Kurator.Sdk.Client;
using Kurator.Sdk.Fleet.Apply;
using Kurator.Sdk.Fleet.Model;
using Kurator.Sdk.Fleet.Report;
using Kurator.Sdk.Fleet.Targets;
using Kurator.Sdk.Kubernetes.Core.V1;
using Kurator.Sdk.Kurator.Cluster.V1Alpha1;
using Kurator.Sdk.Kurator.Fleet.V1Alpha1;
using Xunit;
using FleetObject = Kurator.Sdk.Kurator.Fleet.V1Alpha1.Fleet;
using Kurator.Sdk.Emulator.Local;

namespace Kurator.Sdk.Fleet.Tests;

/// <summary>
/// The command line over one kept emulated fleet (<c>--local --local-state</c>): a second apply applies nothing, a
/// removed object is pruned alone, a member that left the fleet is emptied, destroy leaves nothing of the app.
/// </summary>
public sealed class CommandLineLifecycleTests : IDisposable
{
    private readonly string _state = Directory.CreateTempSubdirectory("kurator-lifecycle-").FullName;

    public void Dispose() => Directory.Delete(_state, recursive: true);

    /// <summary>A fleet of the given members; each member gets a Namespace and a ConfigMap; the host optionally an extra ConfigMap.</summary>
    private static KuratorApp App(string[] members, bool extra)
    {
        var app = new KuratorApp([], "lifecycle") { Output = new StringWriter() };
        var spec = new FleetSpec();
        foreach (var name in members)
        {
            var secret = app.Add(new Secret(name, "default") { StringData = new() { ["config"] = "apiVersion: v1\nkind: Config\n" } });
            spec.AddCluster(app.Add(new AttachedCluster(name, "default") { Spec = new AttachedClusterSpec().WithKubeconfig(secret, "config") }));
        }

        var fleet = app.Add(new FleetObject("lifecycle", "default") { Spec = spec });
        if (extra) app.Add(new ConfigMap("extra", "default") { Data = new() { ["removed"] = "later" } });
        app.Workloads(fleet, w =>
        {
            w.Add(new Namespace("lifecycle-web"));
            w.Add(new ConfigMap("settings", "lifecycle-web") { Data = new() { ["mode"] = "on" } });
        });
        return app;
    }

    private async Task<string> RunAsync(KuratorApp app, params string[] args)
    {
        var output = new StringWriter();
        app.Output = output;
        var code = await app.RunAsync([.. args, "--local", "--local-state", _state, "--timeout", "60"]);
        Assert.True(code == ExitCodes.Success, $"{string.Join(' ', args)} exited {code}:\n{output}");
        return output.ToString();
    }

    private static IEnumerable<string> AppliedLines(string output) => output.Split('\n').Where(l => l.Contains(" applied: ", StringComparison.Ordinal)).Select(l => l[(l.IndexOf(']', StringComparison.Ordinal) + 2)..].TrimEnd());

    [Fact]
    public async Task Apply_twice_prune_one_object_drop_a_member_then_destroy()
    {
        var first = await RunAsync(App(["edge-1", "edge-2"], extra: true), "apply");
        Assert.Contains("host applied: 6 created, 0 updated, 0 unchanged, 0 pruned, 0 failed", AppliedLines(first));
        Assert.Contains("emulated fleet state: " + _state, first, StringComparison.Ordinal);

        var second = await RunAsync(App(["edge-1", "edge-2"], extra: true), "apply");
        Assert.Equal(
            ["edge-1 applied: 0 created, 0 updated, 2 unchanged, 0 pruned, 0 failed", "edge-2 applied: 0 created, 0 updated, 2 unchanged, 0 pruned, 0 failed", "host applied: 0 created, 0 updated, 6 unchanged, 0 pruned, 0 failed"],
            AppliedLines(second).Order(StringComparer.Ordinal));

        var withoutExtra = await RunAsync(App(["edge-1", "edge-2"], extra: false), "apply");
        Assert.Contains("host applied: 0 created, 0 updated, 5 unchanged, 1 pruned, 0 failed", AppliedLines(withoutExtra));
        Assert.Contains("edge-2 applied: 0 created, 0 updated, 2 unchanged, 0 pruned, 0 failed", AppliedLines(withoutExtra));

        var smaller = App(["edge-1"], extra: false);
        var dropped = await RunAsync(smaller, "apply");
        // The host prunes edge-2's Secret and AttachedCluster; edge-2 itself is emptied.
        Assert.Contains("host applied: 0 created, 1 updated, 2 unchanged, 2 pruned, 0 failed", AppliedLines(dropped));
        Assert.Contains("edge-2 applied: 0 created, 0 updated, 0 unchanged, 2 pruned, 0 failed", AppliedLines(dropped));

        var plan = smaller.Synthesize();
        await using (var local = await LocalFleet.StartAsync(plan, _state))
        {
            var set = new ApplySetIdentity("lifecycle", "default");
            var edge2 = local.Connections.ClientFor(new ClusterTarget("edge-2", TargetRole.Member, []));
            Assert.Null(await edge2.TryGetAsync("v1", "ConfigMap", "settings", "lifecycle-web"));
            Assert.Null(await edge2.TryGetAsync("v1", "Secret", set.ParentName, set.ParentNamespace));
            var host = local.Connections.ClientFor(plan.Host);
            var parent = await host.GetAsync("v1", "Secret", set.ParentName, set.ParentNamespace);
            Assert.Equal("edge-1", (string?)parent["metadata"]!["annotations"]![MemberRecord.Annotation]);
            Assert.Null(await host.TryGetAsync("v1", "ConfigMap", "extra", "default"));
            Assert.NotNull(await local.Connections.ClientFor(plan.Members.Single()).TryGetAsync("v1", "ConfigMap", "settings", "lifecycle-web"));
        }

        var again = await RunAsync(App(["edge-1"], extra: false), "apply");
        Assert.DoesNotContain(AppliedLines(again), l => l.StartsWith("edge-2", StringComparison.Ordinal));

        await RunAsync(App(["edge-1"], extra: false), "destroy");
        await using (var local = await LocalFleet.StartAsync(plan, _state))
        {
            var set = new ApplySetIdentity("lifecycle", "default");
            foreach (var target in plan.Targets.Append(new ClusterTarget("edge-2", TargetRole.Member, [])))
            {
                var client = local.Connections.ClientFor(target);
                foreach (var (apiVersion, kind) in new[] { ("v1", "ConfigMap"), ("v1", "Secret"), ("v1", "Namespace"), ("fleet.kurator.dev/v1alpha1", "Fleet"), ("cluster.kurator.dev/v1alpha1", "AttachedCluster") })
                {
                    if (target.Role == TargetRole.Member && kind is "Fleet" or "AttachedCluster") continue;
                    var page = await client.ListAsync(apiVersion, kind, null, new ListOptions { LabelSelector = set.Selector });
                    Assert.Empty(page.Items);
                }

                Assert.Null(await client.TryGetAsync("v1", "Secret", set.ParentName, set.ParentNamespace));
            }
        }
    }

    [Fact]
    public async Task Destroy_also_empties_a_member_that_left_the_plan_since_the_last_apply()
    {
        await RunAsync(App(["edge-1", "edge-2"], extra: false), "apply");

        // edge-2 is no longer in the fleet, and no apply ran since: destroy still visits it through the host's member record.
        var smaller = App(["edge-1"], extra: false);
        var destroyed = await RunAsync(smaller, "destroy");
        Assert.Contains("edge-2", destroyed, StringComparison.Ordinal);

        await using var local = await LocalFleet.StartAsync(smaller.Synthesize(), _state);
        var set = new ApplySetIdentity("lifecycle", "default");
        foreach (var name in new[] { "edge-1", "edge-2" })
        {
            var client = local.Connections.ClientFor(new ClusterTarget(name, TargetRole.Member, []));
            Assert.Empty((await client.ListAsync("v1", "ConfigMap", null, new ListOptions { LabelSelector = set.Selector })).Items);
            Assert.Empty((await client.ListAsync("v1", "Namespace", null, new ListOptions { LabelSelector = set.Selector })).Items);
            Assert.Null(await client.TryGetAsync("v1", "Secret", set.ParentName, set.ParentNamespace));
        }
    }

    [Fact]
    public async Task Local_state_without_local_is_refused()
    {
        var app = App(["edge-1"], extra: false);
        var output = new StringWriter();
        app.Output = output;
        Assert.Equal(ExitCodes.InvalidUsage, await app.RunAsync(["apply", "--local-state", _state, "--kubeconfig", Path.Combine(_state, "none")]));
        Assert.Contains("--local-state needs --local", output.ToString(), StringComparison.Ordinal);
    }
}
