using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;

namespace Kurator.Sdk.Tests.Cli.FleetCli;

/// <summary>
/// Issue 12, as a user meets it: the real kubectl and a second ApplySet are other owners of objects in the same cluster.
/// apply never adopts, and prune and destroy never delete, what is not the ApplySet's; out-of-band edits are drift that
/// apply corrects and diff shows.
/// </summary>
public class SafeApplyTests
{
    private const string Context = "cluster-1";

    private const string SetA = """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: a-cm
          namespace: default
        data:
          k: original
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: a-other
          namespace: default
        data:
          k: kept
        """;

    // The thief defines kubectl's object (same data) and team-a's object.
    private const string SetT = """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: by-kubectl
          namespace: default
        data:
          a: b
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: a-cm
          namespace: default
        data:
          k: original
        """;

    [Fact]
    public async Task Another_owners_objects_are_refused_naming_the_owner_and_destroy_never_deletes_them()
    {
        await using var h = await FleetCliHarness.StartAsync(1);
        var (setA, setT, teamA) = await KubectlAndTeamAAsync(h);

        var (code, output) = await h.RunAsync("apply", "-f", setT, "--applyset", "thief", "--context", Context, "--no-wait");

        Assert.True(code == 1, output);
        Assert.Contains("ConfigMap/default/by-kubectl: exists and is not part of this ApplySet: owned by field managers \"kubectl-create\" using v1; left unchanged (use --force-conflicts to take it over)", output);
        Assert.Contains($"ConfigMap/default/a-cm: exists and is not part of this ApplySet: owned by ApplySet {teamA} (field managers \"kurator-sdk:team-a\")", output);
        Assert.Equal(["0", "0", "0", "0", "2", "-"], FleetCliHarness.Row(output, Context));
        Assert.Null(PartOf(await h.GetAsync(Context, "v1", "ConfigMap", "by-kubectl", "default")));
        Assert.Equal(teamA, PartOf(await h.GetAsync(Context, "v1", "ConfigMap", "a-cm", "default")));

        var (destroyed, destroyOutput) = await h.RunAsync("destroy", "--applyset", "thief", "--context", Context);

        Assert.True(destroyed == 0, destroyOutput);
        Assert.NotNull(await h.GetAsync(Context, "v1", "ConfigMap", "by-kubectl", "default"));
        Assert.NotNull(await h.GetAsync(Context, "v1", "ConfigMap", "a-cm", "default"));
        Assert.NotNull(await h.GetAsync(Context, "v1", "ConfigMap", "a-other", "default"));
    }

    [Fact]
    public async Task Force_conflicts_takes_over_and_says_so_then_destroy_deletes_only_what_was_taken()
    {
        await using var h = await FleetCliHarness.StartAsync(1);
        var (setA, setT, teamA) = await KubectlAndTeamAAsync(h);

        var (code, output) = await h.RunAsync("apply", "-f", setT, "--applyset", "thief", "--context", Context, "--no-wait", "--force-conflicts");

        Assert.True(code == 0, output);
        Assert.Contains("ConfigMap/default/by-kubectl: taken over from field managers \"kubectl-create\" using v1 (--force-conflicts)", output);
        Assert.Contains($"ConfigMap/default/a-cm: taken over from ApplySet {teamA}", output);
        Assert.Equal(["0", "2 (2 taken over)", "0", "0", "0", "-"], FleetCliHarness.Row(output, Context));
        var thief = PartOf(await h.GetAsync(Context, "v1", "ConfigMap", "by-kubectl", "default"));
        Assert.NotEqual(teamA, thief);

        // team-a no longer owns a-cm: its next apply refuses it instead of fighting over it, and keeps a-other.
        var (again, againOutput) = await h.RunAsync("apply", "-f", setA, "--applyset", "team-a", "--context", Context, "--no-wait");
        Assert.True(again == 1, againOutput);
        Assert.Contains($"ConfigMap/default/a-cm: exists and is not part of this ApplySet: owned by ApplySet {thief}", againOutput);

        Assert.Equal(0, (await h.RunAsync("destroy", "--applyset", "thief", "--context", Context)).Code);
        Assert.Null(await h.GetAsync(Context, "v1", "ConfigMap", "by-kubectl", "default"));
        Assert.Null(await h.GetAsync(Context, "v1", "ConfigMap", "a-cm", "default"));
        Assert.Equal(teamA, PartOf(await h.GetAsync(Context, "v1", "ConfigMap", "a-other", "default")));
    }

    [Fact]
    public async Task Drift_made_with_kubectl_is_shown_by_diff_corrected_by_apply_and_then_unchanged()
    {
        await using var h = await FleetCliHarness.StartAsync(1);
        // The shop (Namespace, Deployment web, Service), with config of its own: a label and a second key to remove.
        ShopManifests.WriteAll(h);
        h.Write("config.yaml", ShopManifests.Config.Replace("  namespace: shop\ndata:\n  mode: fast", "  namespace: shop\n  labels:\n    team: shop\ndata:\n  mode: fast\n  extra: keep-me", StringComparison.Ordinal));
        var manifest = h.Manifests;
        string[] apply = ["apply", "-f", manifest, "--context", Context, "--no-wait"];
        string[] diff = ["diff", "-f", manifest, "--context", Context];
        Assert.Equal(0, (await h.RunAsync(apply)).Code);
        var tampered = Convert.ToBase64String(Encoding.UTF8.GetBytes("TAMPERED-secret"));

        (string[] Edit, string Path)[] edits =
        [
            (["patch", "configmap", "settings", "--type", "merge", "-p", """{"data":{"mode":"TAMPERED"}}"""], ".data.mode"),
            (["patch", "secret", "token", "--type", "merge", "-p", "{\"data\":{\"token\":\"" + tampered + "\"}}"], ".data.token"),
            (["scale", "deployment", "web", "--replicas", "5"], ".spec.replicas"),
            (["set", "image", "deployment/web", "web=nginx:TAMPERED"], ".spec.template.spec.containers[name=\"web\"].image"),
            (["label", "configmap", "settings", "team-"], ".metadata.labels.team"),
            (["patch", "configmap", "settings", "--type", "json", "-p", """[{"op":"remove","path":"/data/extra"}]"""], ".data.extra"),
        ];
        foreach (var (edit, path) in edits)
        {
            var (kubectlCode, kubectlOutput) = await h.KubectlAsync(Context, ["--namespace", "shop", .. edit]);
            Assert.True(kubectlCode == 0, kubectlOutput);

            var (diffCode, diffOutput) = await h.RunAsync(diff);
            Assert.True(diffCode == 2, diffOutput);
            Assert.Contains(" drift", diffOutput);
            Assert.DoesNotContain("409", diffOutput);

            var (code, output) = await h.RunAsync(apply);
            Assert.True(code == 0, output);
            Assert.Contains($"updated (drift): {path} had been changed out of band", output);
            Assert.Equal(["0", "1 (1 drift)", "4", "0", "0", "-"], FleetCliHarness.Row(output, Context));

            var (second, secondOutput) = await h.RunAsync(apply);
            Assert.True(second == 0, secondOutput);
            Assert.Equal(["0", "0", "5", "0", "0", "-"], FleetCliHarness.Row(secondOutput, Context));
            Assert.Equal(0, (await h.RunAsync(diff)).Code);
            foreach (var text in new[] { diffOutput, output, secondOutput })
            {
                Assert.DoesNotContain("s3cr3t", text);
                Assert.DoesNotContain("TAMPERED-secret", text);
                Assert.DoesNotContain(tampered, text);
            }
        }

        var settings = await h.GetAsync(Context, "v1", "ConfigMap", "settings", "shop");
        Assert.Equal(("fast", "keep-me", "shop"), ((string?)settings!["data"]!["mode"], (string?)settings["data"]!["extra"], (string?)settings["metadata"]!["labels"]!["team"]));
        var web = await h.GetAsync(Context, "apps/v1", "Deployment", "web", "shop");
        Assert.Equal((2, "nginx:1.27"), ((int?)web!["spec"]!["replicas"], (string?)web["spec"]!["template"]!["spec"]!["containers"]![0]!["image"]));
        var token = await h.GetAsync(Context, "v1", "Secret", "token", "shop");
        Assert.Equal("s3cr3t-value", Encoding.UTF8.GetString(Convert.FromBase64String((string)token!["data"]!["token"]!)));
    }

    [Fact]
    public async Task A_stripped_applyset_label_is_drift_and_a_copied_label_does_not_make_an_object_prunable()
    {
        await using var h = await FleetCliHarness.StartAsync(1);
        var manifest = h.Write("app.yaml", SetA);
        Assert.Equal(0, (await h.RunAsync("apply", "-f", manifest, "--context", Context, "--no-wait")).Code);
        var id = PartOf(await h.GetAsync(Context, "v1", "ConfigMap", "a-cm", "default"))!;

        // Our own object with its label stripped is still ours (our field manager wrote it): apply puts the label back.
        Assert.Equal(0, (await h.KubectlAsync(Context, "label", "configmap", "a-cm", "applyset.kubernetes.io/part-of-")).Code);
        var (code, output) = await h.RunAsync("apply", "-f", manifest, "--context", Context, "--no-wait");
        Assert.True(code == 0, output);
        Assert.Contains("ConfigMap/default/a-cm: updated (drift): .metadata.labels.applyset.kubernetes.io/part-of", output);
        Assert.Equal(id, PartOf(await h.GetAsync(Context, "v1", "ConfigMap", "a-cm", "default")));

        // Someone else's object with our label copied onto it is not ours: prune and destroy leave it.
        Assert.Equal(0, (await h.KubectlAsync(Context, "create", "configmap", "impostor", "--from-literal=x=y")).Code);
        Assert.Equal(0, (await h.KubectlAsync(Context, "label", "configmap", "impostor", "applyset.kubernetes.io/part-of=" + id)).Code);
        var (pruned, pruneOutput) = await h.RunAsync("apply", "-f", manifest, "--context", Context, "--no-wait");
        Assert.True(pruned == 0, pruneOutput);
        Assert.Contains("ConfigMap/default/impostor: not pruned: no longer this ApplySet's", pruneOutput);
        Assert.NotNull(await h.GetAsync(Context, "v1", "ConfigMap", "impostor", "default"));
        var (diffCode, diffOutput) = await h.RunAsync("diff", "-f", manifest, "--context", Context);
        Assert.True(diffCode == 0, diffOutput);

        Assert.Equal(0, (await h.RunAsync("destroy", "--context", Context)).Code);
        Assert.NotNull(await h.GetAsync(Context, "v1", "ConfigMap", "impostor", "default"));
        Assert.Null(await h.GetAsync(Context, "v1", "ConfigMap", "a-cm", "default"));
    }

    [Fact]
    public async Task A_field_that_kubectl_declares_with_server_side_apply_is_a_conflict_shown_like_kubectl()
    {
        await using var h = await FleetCliHarness.StartAsync(1);
        var manifest = h.Write("app.yaml", SetA);
        Assert.Equal(0, (await h.RunAsync("apply", "-f", manifest, "--context", Context, "--no-wait")).Code);
        var theirs = Path.Combine(h.Directory, "theirs.yaml");
        File.WriteAllText(theirs, "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a-cm\n  namespace: default\ndata:\n  k: theirs\n");
        var (kubectlCode, kubectlOutput) = await h.KubectlAsync(Context, "apply", "--server-side", "--force-conflicts", "-f", theirs);
        Assert.True(kubectlCode == 0, kubectlOutput);

        var (code, output) = await h.RunAsync("apply", "-f", manifest, "--context", Context, "--no-wait");

        Assert.True(code == 1, output);
        Assert.Contains("ConfigMap/default/a-cm: Apply failed with 1 conflict: conflict with \"kubectl\": .data.k (use --force-conflicts to take it over)", output);
        Assert.Equal("theirs", (string?)(await h.GetAsync(Context, "v1", "ConfigMap", "a-cm", "default"))!["data"]!["k"]);

        var (forced, forcedOutput) = await h.RunAsync("apply", "-f", manifest, "--context", Context, "--no-wait", "--force-conflicts");
        Assert.True(forced == 0, forcedOutput);
        Assert.Equal("original", (string?)(await h.GetAsync(Context, "v1", "ConfigMap", "a-cm", "default"))!["data"]!["k"]);
    }

    /// <summary>kubectl's ConfigMap by-kubectl and team-a's ApplySet (a-cm, a-other) in the cluster; the two manifests' paths and team-a's id.</summary>
    private static async Task<(string SetA, string SetT, string? TeamA)> KubectlAndTeamAAsync(FleetCliHarness h)
    {
        Assert.Equal(0, (await h.KubectlAsync(Context, "create", "configmap", "by-kubectl", "--from-literal=a=b")).Code);
        var setA = h.Write("a/set.yaml", SetA);
        var setT = h.Write("t/set.yaml", SetT);
        Assert.Equal(0, (await h.RunAsync("apply", "-f", setA, "--applyset", "team-a", "--context", Context, "--no-wait")).Code);
        return (setA, setT, PartOf(await h.GetAsync(Context, "v1", "ConfigMap", "a-cm", "default")));
    }

    private static string? PartOf(JsonObject? live) => (string?)live?["metadata"]?["labels"]?["applyset.kubernetes.io/part-of"];
}
