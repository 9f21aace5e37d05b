using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Kurator.Sdk.Client;
using Xunit;

namespace Kurator.Sdk.Tests.Cli.FleetCli;

/// <summary>kurator-sdk apply: plain manifests to several contexts through the fleet runtime, against emulated clusters.</summary>
public class FleetApplyCommandTests
{
    [Fact]
    public async Task Apply_to_three_contexts_creates_and_waits_then_a_second_apply_changes_nothing()
    {
        await using var h = await FleetCliHarness.StartAsync();
        ShopManifests.WriteAll(h);
        string[] args = ["apply", "-f", h.Manifests, "--context", "cluster-1", "--context", "cluster-2", "--context", "cluster-3", "--timeout", "60"];

        var (code, output) = await h.RunAsync(args);

        Assert.True(code == 0, output);
        Assert.Contains("applying 5 object(s) from 3 file(s) to 3 context(s); ApplySet kurator-sdk-cli, concurrency 8 per cluster", output);
        Assert.Contains("[3/3] ", output);
        foreach (var context in h.Contexts)
        {
            Assert.Equal(["5", "0", "0", "0", "0", "Ready"], FleetCliHarness.Row(output, context));
            var web = await h.GetAsync(context, "apps/v1", "Deployment", "web", "shop");
            Assert.NotNull(web);
            Assert.StartsWith("applyset-", (string?)web!["metadata"]!["labels"]!["applyset.kubernetes.io/part-of"]);
            Assert.Equal(2, (int?)web["status"]?["availableReplicas"]);
            Assert.NotNull(await h.GetAsync(context, "v1", "Secret", "applyset-kurator-sdk-cli", "default"));
        }

        Assert.DoesNotContain("s3cr3t", output);
        Assert.DoesNotContain("token:", output);

        var (again, second) = await h.RunAsync(args);

        Assert.True(again == 0, second);
        foreach (var context in h.Contexts) Assert.Equal(["0", "0", "5", "0", "0", "Ready"], FleetCliHarness.Row(second, context));
    }

    [Fact]
    public async Task Removing_a_manifest_prunes_exactly_its_objects_and_never_objects_of_other_owners()
    {
        await using var h = await FleetCliHarness.StartAsync(2);
        ShopManifests.WriteAll(h);
        var other = Path.Combine(h.Directory, "other.yaml");
        File.WriteAllText(other, "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: other-owned\n  namespace: shop\ndata:\n  a: b\n");
        Assert.Equal(0, (await h.RunAsync("apply", "-f", h.Manifests, "--context", "cluster-1", "--context", "cluster-2", "--no-wait")).Code);
        // Another ApplySet of the same tool, and an object created directly, in the same namespace.
        Assert.Equal(0, (await h.RunAsync("apply", "-f", other, "--context", "cluster-1", "--context", "cluster-2", "--applyset", "other", "--no-wait")).Code);
        foreach (var context in h.Contexts)
        {
            using var client = h.Client(context);
            await client.ApplyAsync(new JsonObject
            {
                ["apiVersion"] = "v1",
                ["kind"] = "ConfigMap",
                ["metadata"] = new JsonObject { ["name"] = "hand-made", ["namespace"] = "shop" },
            }, new ApplyOptions { FieldManager = "kubectl" });
        }

        File.Delete(Path.Combine(h.Manifests, "config.yaml"));
        var (code, output) = await h.RunAsync("apply", "-f", h.Manifests, "--context", "cluster-1", "--context", "cluster-2", "--no-wait");

        Assert.True(code == 0, output);
        foreach (var context in h.Contexts)
        {
            Assert.Equal(["0", "0", "3", "2", "0", "-"], FleetCliHarness.Row(output, context));
            Assert.Null(await h.GetAsync(context, "v1", "ConfigMap", "settings", "shop"));
            Assert.Null(await h.GetAsync(context, "v1", "Secret", "token", "shop"));
            Assert.NotNull(await h.GetAsync(context, "v1", "ConfigMap", "other-owned", "shop"));
            Assert.NotNull(await h.GetAsync(context, "v1", "ConfigMap", "hand-made", "shop"));
            Assert.NotNull(await h.GetAsync(context, "apps/v1", "Deployment", "web", "shop"));
        }
    }

    [Fact]
    public async Task Invalid_input_applies_nothing_anywhere_and_names_file_line_and_field_path()
    {
        await using var h = await FleetCliHarness.StartAsync(2);
        ShopManifests.WriteAll(h);
        h.Write("web/broken.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: broken\n  namespace: shop\nspec:\n  replicass: 2\n  selector:\n    matchLabels:\n      app: b\n  template:\n    spec:\n      containers:\n      - name: b\n        image: nginx\n");
        h.Write("web/twice.yaml", ShopManifests.Namespace);
        h.Write("web/secret.yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: bad\n  namespace: shop\ndata:\n  token: \"s3cr3t not base64!\"\n");

        var (code, output) = await h.RunAsync("apply", "-f", h.Manifests, "--context", "cluster-1", "--context", "cluster-2");

        Assert.True(code == 3, output);
        var text = output.Replace(h.Manifests + Path.DirectorySeparatorChar, "", StringComparison.Ordinal).Replace(Path.DirectorySeparatorChar, '/');
        Assert.Contains("web/broken.yaml:7: spec.replicass: unknown field \"replicass\"", text);
        Assert.Contains("web/twice.yaml:1: Namespace/shop is defined more than once (first at ", text);
        Assert.Contains("web/secret.yaml:7: data.token: expected base64-encoded data", text);
        Assert.DoesNotContain("s3cr3t", text);
        Assert.Contains("3 problem(s) in the inputs; nothing was sent to any cluster", text);
        foreach (var context in h.Contexts)
        {
            Assert.Null(await h.GetAsync(context, "v1", "Namespace", "shop", null));
            Assert.Null(await h.GetAsync(context, "v1", "Secret", "applyset-kurator-sdk-cli", "default"));
        }

        Assert.All(h.Emulator.Clusters, c => Assert.DoesNotContain(c.Requests, r => r.Method is "PATCH" or "POST" or "PUT" or "DELETE"));
    }

    [Fact]
    public async Task An_unreachable_context_is_reported_while_the_other_contexts_are_applied()
    {
        await using var h = await FleetCliHarness.StartAsync(2);
        ShopManifests.WriteAll(h);
        h.AddUnreachableContext();

        var (code, output) = await h.RunAsync("apply", "-f", h.Manifests, "--context", "cluster-1", "--context", "gone", "--context", "cluster-2", "--no-wait");

        Assert.True(code == 1, output);
        Assert.Equal(["5", "0", "0", "0", "0", "-"], FleetCliHarness.Row(output, "cluster-1"));
        Assert.Equal(["5", "0", "0", "0", "0", "-"], FleetCliHarness.Row(output, "cluster-2"));
        Assert.Equal("1", FleetCliHarness.Row(output, "gone")[4]);
        Assert.Contains("error cluster gone: HttpRequestException", output);
        Assert.NotNull(await h.GetAsync("cluster-2", "apps/v1", "Deployment", "web", "shop"));
    }

    [Fact]
    public async Task Manifests_from_standard_input_go_to_the_current_context_when_no_context_is_given()
    {
        await using var h = await FleetCliHarness.StartAsync(2);

        var (code, output) = await h.RunWithStdinAsync(ShopManifests.Namespace + "\n---\n" + ShopManifests.Config, "apply", "-f", "-", "--no-wait");

        Assert.True(code == 0, output);
        Assert.Contains("applying 3 object(s) from 1 file(s) to 1 context(s)", output);
        Assert.Equal(["3", "0", "0", "0", "0", "-"], FleetCliHarness.Row(output, "cluster-1"));
        Assert.NotNull(await h.GetAsync("cluster-1", "v1", "ConfigMap", "settings", "shop"));
        Assert.Null(await h.GetAsync("cluster-2", "v1", "Namespace", "shop", null));
    }

    [Fact]
    public async Task Unknown_contexts_and_bad_applyset_names_are_refused_before_anything_is_sent()
    {
        await using var h = await FleetCliHarness.StartAsync(1);
        ShopManifests.WriteAll(h);

        var (code, output) = await h.RunAsync("apply", "-f", h.Manifests, "--context", "cluster-1", "--context", "nope");
        var (badName, nameOutput) = await h.RunAsync("apply", "-f", h.Manifests, "--applyset", "Not_A_Name");
        var (badNamespace, namespaceOutput) = await h.RunAsync("destroy", "--applyset-namespace", "a.b");

        Assert.Equal(3, code);
        Assert.Contains("no such context in the kubeconfig: nope", output);
        Assert.Equal(3, badName);
        Assert.Contains("--applyset 'Not_A_Name': must be a lowercase DNS-1123 name", nameOutput);
        Assert.Equal(3, badNamespace);
        Assert.Contains("--applyset-namespace 'a.b': must be a lowercase DNS-1123 label", namespaceOutput);
        Assert.Null(await h.GetAsync("cluster-1", "v1", "Namespace", "shop", null));
    }
}
