using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Kurator.Sdk.Client;
using Xunit;

namespace Kurator.Sdk.Tests.Cli.FleetCli;

/// <summary>kurator-sdk diff (exit codes 0/2/3) and destroy (only what the ApplySet owns).</summary>
public class FleetDiffAndDestroyTests
{
    [Fact]
    public async Task Diff_exits_2_when_something_would_change_and_0_when_nothing_would()
    {
        await using var h = await FleetCliHarness.StartAsync(2);
        ShopManifests.WriteAll(h);
        string[] contexts = ["--context", "cluster-1", "--context", "cluster-2"];

        var (before, beforeOutput) = await h.RunAsync(["diff", "-f", h.Manifests, .. contexts]);
        Assert.True(before == 2, beforeOutput);
        Assert.Contains("cluster-1 Deployment/shop/web create", beforeOutput);
        Assert.Equal(["5", "0", "0", "0", "0", "0", "0"], FleetCliHarness.Row(beforeOutput, "cluster-2"));
        Assert.Null(await h.GetAsync("cluster-1", "v1", "Namespace", "shop", null));

        Assert.Equal(0, (await h.RunAsync(["apply", "-f", h.Manifests, "--no-wait", .. contexts])).Code);
        var (after, afterOutput) = await h.RunAsync(["diff", "-f", h.Manifests, .. contexts]);
        Assert.True(after == 0, afterOutput);
        Assert.Equal(["0", "0", "5", "0", "0", "0", "0"], FleetCliHarness.Row(afterOutput, "cluster-1"));

        h.Write("config.yaml", ShopManifests.Config.Replace("mode: fast", "mode: safe", StringComparison.Ordinal));
        var (changed, changedOutput) = await h.RunAsync(["diff", "-f", h.Manifests, .. contexts]);
        Assert.True(changed == 2, changedOutput);
        Assert.Contains("cluster-2 ConfigMap/shop/settings update", changedOutput);
        Assert.Contains("+   mode: safe", changedOutput);
        Assert.DoesNotContain("s3cr3t", changedOutput);

        h.Write("bad.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata: [1]\n");
        Assert.Equal(3, (await h.RunAsync(["diff", "-f", h.Manifests, .. contexts])).Code);
    }

    [Fact]
    public async Task Destroy_deletes_every_object_the_applyset_owns_and_nothing_else()
    {
        await using var h = await FleetCliHarness.StartAsync(2);
        ShopManifests.WriteAll(h);
        string[] contexts = ["--context", "cluster-1", "--context", "cluster-2"];
        Assert.Equal(0, (await h.RunAsync(["apply", "-f", h.Manifests, "--no-wait", .. contexts])).Code);
        foreach (var context in h.Contexts)
        {
            using var client = h.Client(context);
            await client.ApplyAsync(new JsonObject
            {
                ["apiVersion"] = "v1",
                ["kind"] = "ConfigMap",
                ["metadata"] = new JsonObject { ["name"] = "hand-made", ["namespace"] = "default" },
            }, new ApplyOptions { FieldManager = "kubectl" });
        }

        var (code, output) = await h.RunAsync(["destroy", "--timeout", "60", .. contexts]);

        Assert.True(code == 0, output);
        foreach (var context in h.Contexts)
        {
            var row = FleetCliHarness.Row(output, context);
            Assert.Equal(("5", "0"), (row[0], row[1]));
            using var client = h.Client(context);
            foreach (var (apiVersion, kind) in new[] { ("v1", "Namespace"), ("v1", "ConfigMap"), ("v1", "Secret"), ("apps/v1", "Deployment"), ("v1", "Service") })
            {
                var owned = await client.ListAsync(apiVersion, kind, null, new ListOptions { LabelSelector = "applyset.kubernetes.io/part-of" });
                Assert.Empty(owned.Items);
            }

            Assert.Null(await h.GetAsync(context, "v1", "Secret", "applyset-kurator-sdk-cli", "default"));
            Assert.NotNull(await h.GetAsync(context, "v1", "ConfigMap", "hand-made", "default"));
        }

        var (again, againOutput) = await h.RunAsync(["destroy", .. contexts]);
        Assert.True(again == 0, againOutput);
        Assert.Equal("0", FleetCliHarness.Row(againOutput, "cluster-1")[0]);
    }

    [Fact]
    public async Task Diff_lists_each_object_a_prune_would_delete_with_a_summary_per_context_and_deletes_nothing()
    {
        await using var h = await FleetCliHarness.StartAsync(2);
        ShopManifests.WriteAll(h);
        string[] contexts = ["--context", "cluster-1", "--context", "cluster-2"];
        Assert.Equal(0, (await h.RunAsync(["apply", "-f", h.Manifests, "--no-wait", .. contexts])).Code);
        File.Delete(Path.Combine(h.Manifests, "config.yaml"));
        h.Write("extra.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: extra\n  namespace: shop\ndata:\n  k: v\n");

        var (code, output) = await h.RunAsync(["diff", "-f", h.Manifests, .. contexts]);

        Assert.True(code == 2, output);
        foreach (var context in h.Contexts)
        {
            Assert.Contains($"{context} ConfigMap/shop/extra create", output);
            Assert.Contains($"{context} ConfigMap/shop/settings prune", output);
            Assert.Contains($"{context} Secret/shop/token prune", output);
            Assert.DoesNotContain($"{context} Deployment/shop/web", output);
            // Create, Update, Unchanged, Prune, Error.
            Assert.Equal(["1", "0", "3", "2", "0", "0", "0"], FleetCliHarness.Row(output, context));
            Assert.NotNull(await h.GetAsync(context, "v1", "ConfigMap", "settings", "shop"));
            Assert.Null(await h.GetAsync(context, "v1", "ConfigMap", "extra", "shop"));
        }

        Assert.Contains("-   mode: fast", output);
        Assert.Contains("+   k: v", output);
        Assert.DoesNotContain("s3cr3t", output);
        Assert.DoesNotContain(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("s3cr3t-value")), output);
    }

    [Fact]
    public async Task Destroy_deletes_in_reverse_apply_order_and_reports_each_context_as_it_finishes()
    {
        await using var h = await FleetCliHarness.StartAsync(2);
        ShopManifests.WriteAll(h);
        string[] contexts = ["--context", "cluster-1", "--context", "cluster-2"];
        Assert.Equal(0, (await h.RunAsync(["apply", "-f", h.Manifests, "--no-wait", .. contexts])).Code);
        var seen = h.Emulator.Clusters.Select(c => c.Requests.Count).ToArray();

        var (code, output) = await h.RunAsync(["destroy", "--timeout", "60", .. contexts]);

        Assert.True(code == 0, output);
        Assert.Contains("destroying ApplySet kurator-sdk-cli in 2 context(s)", output);
        Assert.Contains("[1/2] ", output);
        Assert.Contains("[2/2] ", output);
        for (var i = 0; i < h.Emulator.Clusters.Count; i++)
        {
            Assert.Contains($"{h.Contexts[i]} destroyed: 5 deleted, 0 failed", output);
            var sent = h.Emulator.Clusters[i].Requests.Skip(seen[i]).Where(r => r.Method == "DELETE").Select(r => r.PathAndQuery.Split('?')[0]).ToList();
            // A delete retried after a precondition conflict (the simulated controller updated the Deployment's status
            // between read and delete, as the apply did not wait) is the same step of the order.
            var deletes = sent.Where((path, k) => k == 0 || path != sent[k - 1]).ToList();
            Assert.Equal(
            [
                "/apis/apps/v1/namespaces/shop/deployments/web",
                "/api/v1/namespaces/shop/services/web",
                "/api/v1/namespaces/shop/secrets/token",
                "/api/v1/namespaces/shop/configmaps/settings",
                "/api/v1/namespaces/shop",
                "/api/v1/namespaces/default/secrets/applyset-kurator-sdk-cli",
            ], deletes);
        }
    }

    [Fact]
    public async Task Diff_and_destroy_report_an_unreachable_context_and_still_handle_the_others()
    {
        await using var h = await FleetCliHarness.StartAsync(2);
        ShopManifests.WriteAll(h);
        h.AddUnreachableContext();
        string[] reachable = ["--context", "cluster-1", "--context", "cluster-2"];
        string[] all = [.. reachable, "--context", "gone"];
        Assert.Equal(0, (await h.RunAsync(["apply", "-f", h.Manifests, "--no-wait", .. reachable])).Code);

        var (diff, diffOutput) = await h.RunAsync(["diff", "-f", h.Manifests, .. all]);

        Assert.True(diff == 1, diffOutput);
        Assert.Equal(["0", "0", "5", "0", "0", "0", "0"], FleetCliHarness.Row(diffOutput, "cluster-1"));
        Assert.Equal(["0", "0", "0", "0", "1", "0", "0"], FleetCliHarness.Row(diffOutput, "gone"));
        Assert.Contains("gone Cluster/gone error", diffOutput);

        var (destroy, destroyOutput) = await h.RunAsync(["destroy", "--timeout", "60", .. all]);

        Assert.True(destroy == 1, destroyOutput);
        Assert.Equal(["5", "0", "yes"], FleetCliHarness.Row(destroyOutput, "cluster-2"));
        Assert.Equal("1", FleetCliHarness.Row(destroyOutput, "gone")[1]);
        Assert.Contains("error cluster gone: HttpRequestException", destroyOutput);
        Assert.Null(await h.GetAsync("cluster-1", "apps/v1", "Deployment", "web", "shop"));
    }
}
