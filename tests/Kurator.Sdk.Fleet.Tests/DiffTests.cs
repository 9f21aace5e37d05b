using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Kurator.Sdk.Emulator.Local;
using Kurator.Sdk.Fleet.Apply;
using Kurator.Sdk.Fleet.Diff;
using Kurator.Sdk.Fleet.Model;
using Kurator.Sdk.Fleet.Targets;
using Xunit;

namespace Kurator.Sdk.Fleet.Tests;

/// <summary>diff: server-side dry run against live state, Secret values masked.</summary>
public class DiffTests
{
    private static readonly RuntimeOptions Options = new() { Timeout = TimeSpan.FromSeconds(60) };

    [Fact]
    public async Task Diff_shows_creates_then_updates_prunes_and_unchanged_without_secret_values()
    {
        var plan = QuickstartPlan.App().Synthesize();
        await using var local = await LocalFleet.StartAsync(plan);

        var before = await FleetDiff.ComputeAsync(plan, local.Connections, Options);
        Assert.Equal(11, before.Count);
        Assert.All(before, d => Assert.Equal(DiffAction.Create, d.Action));

        Assert.True((await FleetApplier.ApplyAsync(plan, local.Connections, Options)).Succeeded);
        var same = await FleetDiff.ComputeAsync(QuickstartPlan.App().Synthesize(), local.Connections, Options);
        Assert.All(same, d => Assert.Equal(DiffAction.Unchanged, d.Action));

        var changed = QuickstartPlan.App().Synthesize();
        changed = changed with
        {
            Targets = changed.Targets.Select(t => t.Role == TargetRole.Host ? t with { Objects = t.Objects.Where(o => (string?)o["metadata"]!["name"] != "thanos-objstore").ToList() } : t).ToList(),
        };
        changed.Host.Objects.First(o => (string?)o["metadata"]!["name"] == "kurator-member1" && (string?)o["kind"] == "Secret")["stringData"]!["kurator-member1.config"] = "rotated-credential-value";
        foreach (var member in changed.Members) member.Objects.First(o => (string?)o["kind"] == "Deployment")["spec"]!["replicas"] = 5;

        var diffs = await FleetDiff.ComputeAsync(changed, local.Connections, Options);

        Assert.Equal(DiffAction.Prune, diffs.Single(d => d.Object.Name == "thanos-objstore").Action);
        Assert.Equal(DiffAction.Update, diffs.Single(d => d.Cluster == "host" && d.Object.Kind == "Secret" && d.Object.Name == "kurator-member1").Action);
        Assert.All(changed.Members, m => Assert.Equal(DiffAction.Update, diffs.Single(d => d.Cluster == m.Name && d.Object.Kind == "Deployment").Action));
        Assert.Equal(5, diffs.Count(d => d.Cluster == "host" && d.Action == DiffAction.Unchanged));

        var output = new StringWriter();
        DiffRenderer.Write(Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings { Out = new Spectre.Console.AnsiConsoleOutput(output), Ansi = Spectre.Console.AnsiSupport.No }), diffs);
        var text = output.ToString();
        Assert.Contains("+   replicas: 5", text);
        Assert.Contains("-   replicas: 2", text);
        Assert.DoesNotContain("rotated-credential-value", text);
        Assert.DoesNotContain("FILESYSTEM", text);
        Assert.Contains("<hidden, tag ", text);


        // Nothing was stored by the dry run.
        Assert.Equal(2, (int?)(await local.Connections.ClientFor(changed.Members.First()).GetAsync("apps/v1", "Deployment", "web", "quickstart-web"))["spec"]!["replicas"]);
    }
}
