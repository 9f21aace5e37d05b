using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Kurator.Sdk.Client;
using Kurator.Sdk.Emulator;
using Kurator.Sdk.Emulator.Local;
using Kurator.Sdk.Fleet.Apply;
using Kurator.Sdk.Fleet.Model;
using Kurator.Sdk.Fleet.Status;
using Kurator.Sdk.Fleet.Targets;
using Xunit;

namespace Kurator.Sdk.Fleet.Tests;

/// <summary>The runtime's ownership rules in the API: guarded deletes, interrupted applies, drift in status.</summary>
public class OwnershipTests
{
    private static readonly RuntimeOptions Options = new() { Timeout = TimeSpan.FromSeconds(60), Wait = false };

    [Fact]
    public async Task A_delete_re_checks_ownership_when_the_object_changed_after_it_was_listed()
    {
        var plan = Plan("owner", ConfigMap("taken"), ConfigMap("touched"));
        await using var local = await LocalFleet.StartAsync(plan);
        Assert.True((await FleetApplier.ApplyAsync(plan, local.Connections, Options)).Succeeded);
        var client = local.Connections.ClientFor(plan.Host);
        var set = ApplySetIdentity.For(plan, Options);
        var takenListed = LiveObject.FromNode(await client.GetAsync("v1", "ConfigMap", "taken", "default"));
        var touchedListed = LiveObject.FromNode(await client.GetAsync("v1", "ConfigMap", "touched", "default"));

        // After the list: another ApplySet takes one over (relabels it); a controller annotates the other (still ours).
        await client.ApplyAsync(Relabelled("taken", "applyset-someone-else-v1"), new ApplyOptions { FieldManager = "other-tool", Force = true });
        await client.PatchAsync("v1", "ConfigMap", "touched", JsonNode.Parse("""{"metadata":{"annotations":{"seen":"yes"}}}""")!, PatchType.Merge, "default", "a-controller");

        var taken = await SafeDelete.DeleteAsync(client, set, takenListed, "Background", CancellationToken.None);
        var touched = await SafeDelete.DeleteAsync(client, set, touchedListed, "Background", CancellationToken.None);

        Assert.Equal(DeleteOutcome.LeftAlone, taken.Outcome);
        Assert.Contains("applyset-someone-else-v1", taken.Owner);
        Assert.NotNull(await client.TryGetAsync("v1", "ConfigMap", "taken", "default"));
        Assert.Equal(DeleteOutcome.Deleted, touched.Outcome);
        Assert.Null(await client.TryGetAsync("v1", "ConfigMap", "touched", "default"));
    }

    [Fact]
    public async Task An_interrupted_apply_converges_on_rerun_without_duplicates_or_adopting_others_objects()
    {
        var objects = Enumerable.Range(0, 60).Select(i => ConfigMap($"cm-{i:D2}")).ToArray();
        var plan = Plan("interrupted", objects);
        await using var local = await LocalFleet.StartAsync(plan);
        var client = local.Connections.ClientFor(plan.Host);
        await client.ApplyAsync(ConfigMap("hand-made"), new ApplyOptions { FieldManager = "kubectl" });
        var host = local.Emulator.Clusters.Single(c => c.Name == ClusterTarget.HostName);
        host.Faults.Add(new FaultRule(FaultKind.Latency, 1.0) { Latency = TimeSpan.FromMilliseconds(40), Method = "PATCH" });

        using (var interrupt = new CancellationTokenSource())
        {
            var run = FleetApplier.ApplyAsync(plan, local.Connections, Options with { Concurrency = 2 }, interrupt.Token);
            // Cancel once some objects are in, as Ctrl-C would half way.
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while ((await client.ListAsync("v1", "ConfigMap", "default", new ListOptions { LabelSelector = ApplySetIdentity.For(plan, Options).Selector })).Items.Count < 10 && DateTime.UtcNow < deadline) await Task.Delay(20);
            interrupt.Cancel();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        }

        var applied = (await client.ListAsync("v1", "ConfigMap", "default", new ListOptions { LabelSelector = ApplySetIdentity.For(plan, Options).Selector })).Items.Count;
        Assert.InRange(applied, 10, 59);
        host.Faults.Clear();

        var rerun = await FleetApplier.ApplyAsync(plan, local.Connections, Options);
        var again = await FleetApplier.ApplyAsync(plan, local.Connections, Options);

        Assert.True(rerun.Succeeded, string.Join("\n", rerun.Clusters.SelectMany(c => c.Errors)));
        Assert.Equal((60 - applied, applied, 0), (rerun["host"].Created, rerun["host"].Unchanged, rerun["host"].Updated));
        Assert.Equal(60, again["host"].Unchanged);
        var all = (await client.ListAsync("v1", "ConfigMap", "default")).Items;
        Assert.Equal(60, all.Count(o => Ownership.PartOf(LiveObject.FromNode(o)) == ApplySetIdentity.For(plan, Options).Id));
        Assert.Null(Ownership.PartOf(LiveObject.FromNode(all.Single(o => (string?)o["metadata"]!["name"] == "hand-made"))));
    }

    [Fact]
    public async Task Status_lists_drifted_objects_and_objects_of_other_owners()
    {
        var plan = Plan("status", ConfigMap("drifting"), ConfigMap("steady"), ConfigMap("foreign"));
        await using var local = await LocalFleet.StartAsync(plan);
        var client = local.Connections.ClientFor(plan.Host);
        await client.ApplyAsync(ConfigMap("foreign"), new ApplyOptions { FieldManager = "helm" });
        var report = await FleetApplier.ApplyAsync(plan, local.Connections, Options);
        Assert.Contains("ConfigMap/default/foreign: exists and is not part of this ApplySet: owned by field managers \"helm\"", report["host"].Errors.Single());
        await client.PatchAsync("v1", "ConfigMap", "drifting", JsonNode.Parse("""{"data":{"owner":"edited"}}""")!, PatchType.Merge, "default", "kubectl-edit");

        var states = await FleetStatus.ReadAsync(plan, local.Connections, Options);

        var byName = states.Where(s => s.Object.Kind == "ConfigMap").ToDictionary(s => s.Object.Name);
        Assert.True(byName["drifting"].Drifted);
        Assert.Equal("drift: .data.owner changed out of band", byName["drifting"].Divergence);
        Assert.Null(byName["steady"].Divergence);
        Assert.StartsWith("owned by field managers \"helm\"", byName["foreign"].Divergence);
    }

    [Fact]
    public async Task A_parent_that_another_tool_manages_is_refused_and_nothing_is_applied()
    {
        var plan = Plan("kubectl-set", ConfigMap("member"));
        await using var local = await LocalFleet.StartAsync(plan);
        var client = local.Connections.ClientFor(plan.Host);
        var set = ApplySetIdentity.For(plan, Options);
        // What `kubectl apply --applyset` leaves: the same parent name and id, tooling kubectl.
        var parent = set.ParentSecret(new JsonObject { [ApplySetIdentity.ToolingAnnotation] = "kubectl/v1.32.4" });
        await client.ApplyAsync(parent, new ApplyOptions { FieldManager = "kubectl-applyset" });

        var report = await FleetApplier.ApplyAsync(plan, local.Connections, Options);

        Assert.Contains("is the parent of an ApplySet managed by kubectl/v1.32.4; refusing to change it", report["host"].Errors.Single());
        Assert.Null(await client.TryGetAsync("v1", "ConfigMap", "member", "default"));
        Assert.StartsWith("kurator-sdk/v" + typeof(ApplySetIdentity).Assembly.GetName().Version!.ToString(3), ApplySetIdentity.Tooling);
    }

    [Fact]
    public async Task A_member_that_leaves_is_emptied_of_the_sets_objects_only_and_says_what_it_left()
    {
        var withMember = new DeploymentPlan("leaving", [new ClusterTarget(ClusterTarget.HostName, TargetRole.Host, [ConfigMap("on-host")]), new ClusterTarget("edge", TargetRole.Member, [ConfigMap("on-edge")])]);
        await using var local = await LocalFleet.StartAsync(withMember);
        Assert.True((await FleetApplier.ApplyAsync(withMember, local.Connections, Options)).Succeeded);
        var edge = local.Connections.ClientFor(withMember.Targets[1]);
        // Someone else's object with the set's label copied onto it.
        await edge.ApplyAsync(Relabelled("impostor", ApplySetIdentity.For(withMember, Options).Id), new ApplyOptions { FieldManager = "kubectl-label" });

        var report = await FleetApplier.ApplyAsync(Plan("leaving", ConfigMap("on-host")), local.Connections, Options);

        Assert.True(report.Succeeded, string.Join("\n", report.Clusters.SelectMany(c => c.Errors)));
        Assert.Equal(1, report["edge"].Pruned);
        Assert.Contains(report["edge"].Notes, n => n.StartsWith("ConfigMap/default/impostor: not deleted: no longer this ApplySet's", StringComparison.Ordinal));
        Assert.Null(await edge.TryGetAsync("v1", "ConfigMap", "on-edge", "default"));
        Assert.NotNull(await edge.TryGetAsync("v1", "ConfigMap", "impostor", "default"));
    }

    private static DeploymentPlan Plan(string app, params JsonObject[] objects) =>
        new(app, [new ClusterTarget(ClusterTarget.HostName, TargetRole.Host, objects)]);

    private static JsonObject ConfigMap(string name) => new()
    {
        ["apiVersion"] = "v1",
        ["kind"] = "ConfigMap",
        ["metadata"] = new JsonObject { ["name"] = name, ["namespace"] = "default" },
        ["data"] = new JsonObject { ["owner"] = name },
    };

    private static JsonObject Relabelled(string name, string partOf)
    {
        var obj = ConfigMap(name);
        obj["metadata"]!["labels"] = new JsonObject { [ApplySetIdentity.PartOfLabel] = partOf };
        return obj;
    }
}
