using System.Linq;
using System.Net;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Kurator.Sdk.Client.Errors;
using Xunit;

namespace Kurator.Sdk.Client.Tests;

/// <summary>Server-side apply, get, list, create, replace, patch, delete and the status subresource against the emulator.</summary>
public sealed class ApplyAndReadTests : IClassFixture<ClientFixture>
{
    private readonly ClientFixture _fx;
    public ApplyAndReadTests(ClientFixture fx) => _fx = fx;
    private KubeClient C => _fx.Client;

    [Fact]
    public async Task Apply_creates_then_updates_with_managed_fields_of_the_manager()
    {
        var created = await C.ApplyAsync(Objects.ConfigMap("apply-1", data: ("a", "1")), new ApplyOptions { FieldManager = "team-a" });
        var updated = await C.ApplyAsync(Objects.ConfigMap("apply-1", data: ("a", "2")), new ApplyOptions { FieldManager = "team-a" });
        Assert.Equal("2", (string?)updated["data"]!["a"]);
        Assert.NotEqual((string?)created["metadata"]!["resourceVersion"], (string?)updated["metadata"]!["resourceVersion"]);
        var entry = updated["metadata"]!["managedFields"]!.AsArray().Single()!;
        Assert.Equal("team-a", (string?)entry["manager"]);
        Assert.Equal("Apply", (string?)entry["operation"]);
        var again = await C.ApplyAsync(Objects.ConfigMap("apply-1", data: ("a", "2")), new ApplyOptions { FieldManager = "team-a" });
        Assert.Equal((string?)updated["metadata"]!["resourceVersion"], (string?)again["metadata"]!["resourceVersion"]);
    }

    [Fact]
    public async Task Apply_conflicting_manager_throws_conflict_naming_manager_and_path_force_takes_ownership()
    {
        await C.ApplyAsync(Objects.ConfigMap("conflict-1", data: ("k", "one")), new ApplyOptions { FieldManager = "owner" });
        var ex = await Assert.ThrowsAsync<KubernetesConflictException>(() =>
            C.ApplyAsync(Objects.ConfigMap("conflict-1", data: ("k", "two")), new ApplyOptions { FieldManager = "intruder" }));
        Assert.Equal(HttpStatusCode.Conflict, ex.StatusCode);
        Assert.True(ex.IsApplyConflict);
        Assert.Equal(new KubernetesConflictException.FieldConflict("owner", ".data.k"), ex.FieldConflicts.Single());
        Assert.Equal("Apply failed with 1 conflict: conflict with \"owner\": .data.k", ex.Message);

        var forced = await C.ApplyAsync(Objects.ConfigMap("conflict-1", data: ("k", "two")), new ApplyOptions { FieldManager = "intruder", Force = true });
        Assert.Equal("two", (string?)forced["data"]!["k"]);
        Assert.Equal(["intruder"], forced["metadata"]!["managedFields"]!.AsArray().Select(e => (string?)e!["manager"]));
    }

    [Fact]
    public async Task Apply_same_value_from_two_managers_is_shared_and_field_dropped_by_one_stays()
    {
        await C.ApplyAsync(Objects.ConfigMap("shared-1", data: [("s", "x"), ("only", "a")]), new ApplyOptions { FieldManager = "m1" });
        await C.ApplyAsync(Objects.ConfigMap("shared-1", data: ("s", "x")), new ApplyOptions { FieldManager = "m2" });
        // m1 stops applying both keys: "only" is removed (nobody else owns it), "s" stays (m2 owns it too).
        var after = await C.ApplyAsync(Objects.ConfigMap("shared-1"), new ApplyOptions { FieldManager = "m1" });
        Assert.Equal("x", (string?)after["data"]!["s"]);
        Assert.Null(after["data"]!["only"]);
    }

    [Fact]
    public async Task Apply_map_list_merges_per_key_across_managers()
    {
        var d = Objects.Deployment("maplist", image: "nginx:1");
        await C.ApplyAsync(d, new ApplyOptions { FieldManager = "app" });
        var sidecar = new JsonObject
        {
            ["apiVersion"] = "apps/v1",
            ["kind"] = "Deployment",
            ["metadata"] = new JsonObject { ["name"] = "maplist", ["namespace"] = "default" },
            ["spec"] = new JsonObject { ["template"] = new JsonObject { ["spec"] = new JsonObject { ["containers"] = new JsonArray(new JsonObject { ["name"] = "sidecar", ["image"] = "envoy" }) } } },
        };
        var merged = await C.ApplyAsync(sidecar, new ApplyOptions { FieldManager = "mesh" });
        var names = merged["spec"]!["template"]!["spec"]!["containers"]!.AsArray().Select(c => (string?)c!["name"]).ToList();
        Assert.Equal(["main", "sidecar"], names);
    }

    [Fact]
    public async Task Apply_dry_run_returns_result_without_storing()
    {
        var result = await C.ApplyAsync(Objects.ConfigMap("dry-1", data: ("a", "1")), new ApplyOptions { DryRun = true });
        Assert.Equal("1", (string?)result["data"]!["a"]);
        Assert.Null(await C.TryGetAsync("v1", "ConfigMap", "dry-1"));
        var real = await C.ApplyAsync(Objects.ConfigMap("dry-1", data: ("a", "1")));
        var dryUpdate = await C.ApplyAsync(Objects.ConfigMap("dry-1", data: ("a", "2")), new ApplyOptions { DryRun = true });
        Assert.Equal("2", (string?)dryUpdate["data"]!["a"]);
        Assert.Equal((string?)real["metadata"]!["resourceVersion"], (string?)dryUpdate["metadata"]!["resourceVersion"]);
        Assert.Equal("1", (string?)(await C.GetAsync("v1", "ConfigMap", "dry-1"))["data"]!["a"]);
    }

    [Fact]
    public async Task Apply_unknown_field_is_rejected_and_missing_namespace_is_not_found()
    {
        var bad = Objects.ConfigMap("unknown-1");
        bad["spec"] = new JsonObject { ["x"] = 1 };
        var ex = await Assert.ThrowsAsync<KubernetesServerException>(() => C.ApplyAsync(bad));
        Assert.Contains(".spec: field not declared in schema", ex.Message);

        var missing = await Assert.ThrowsAsync<KubernetesNotFoundException>(() => C.ApplyAsync(Objects.ConfigMap("x", ns: "no-such-ns")));
        Assert.Equal("namespaces \"no-such-ns\" not found", missing.Message);
    }

    [Fact]
    public async Task Get_missing_throws_not_found_with_plural_resource_in_details()
    {
        var ex = await Assert.ThrowsAsync<KubernetesNotFoundException>(() => C.GetAsync("apps/v1", "Deployment", "nope"));
        Assert.Equal("NotFound", ex.Reason);
        Assert.Equal("deployments", ex.DetailsKind);
        Assert.Equal("nope", ex.DetailsName);
        Assert.Equal("deployments.apps \"nope\" not found", ex.Message);
    }

    [Fact]
    public async Task Create_twice_throws_already_exists_replace_with_stale_version_throws_precondition_conflict()
    {
        var created = await C.CreateAsync(Objects.ConfigMap("create-1", data: ("a", "1")));
        await Assert.ThrowsAsync<KubernetesAlreadyExistsException>(() => C.CreateAsync(Objects.ConfigMap("create-1")));
        var fresh = (JsonObject)created.DeepClone();
        fresh["data"]!["a"] = "2";
        var replaced = await C.ReplaceAsync(fresh);
        Assert.Equal("2", (string?)replaced["data"]!["a"]);
        var stale = (JsonObject)created.DeepClone();
        stale["data"]!["a"] = "3";
        var ex = await Assert.ThrowsAsync<KubernetesConflictException>(() => C.ReplaceAsync(stale));
        Assert.False(ex.IsApplyConflict);
        Assert.Contains("the object has been modified", ex.Message);
    }

    [Fact]
    public async Task Deployment_without_selector_is_invalid_with_field_causes()
    {
        var d = Objects.Deployment("invalid-1");
        d["spec"]!.AsObject().Remove("selector");
        var ex = await Assert.ThrowsAsync<KubernetesInvalidException>(() => C.ApplyAsync(d));
        Assert.Equal((HttpStatusCode)422, ex.StatusCode);
        var cause = ex.Causes.Single();
        Assert.Equal(("FieldValueRequired", "spec.selector", "Required value"), (cause.Reason, cause.Field, cause.Message));
        Assert.Equal("Deployment.apps \"invalid-1\" is invalid: spec.selector: Required value", ex.Message);
    }

    [Fact]
    public async Task Patches_merge_strategic_and_json()
    {
        await C.ApplyAsync(Objects.Deployment("patch-1"));
        var merged = await C.PatchAsync("apps/v1", "Deployment", "patch-1", JsonNode.Parse("""{"spec":{"replicas":3}}""")!, PatchType.Merge);
        Assert.Equal(3, (int)merged["spec"]!["replicas"]!);
        var strategic = await C.PatchAsync("apps/v1", "Deployment", "patch-1",
            JsonNode.Parse("""{"spec":{"template":{"spec":{"containers":[{"name":"extra","image":"busybox"}]}}}}""")!, PatchType.StrategicMerge);
        Assert.Equal(2, strategic["spec"]!["template"]!["spec"]!["containers"]!.AsArray().Count);
        var json = await C.PatchAsync("apps/v1", "Deployment", "patch-1", JsonNode.Parse("""[{"op":"replace","path":"/spec/replicas","value":5}]""")!, PatchType.Json);
        Assert.Equal(5, (int)json["spec"]!["replicas"]!);
        Assert.Contains(json["metadata"]!["managedFields"]!.AsArray(), e => (string?)e!["operation"] == "Update" && (string?)e["manager"] == "kurator-sdk");
    }

    [Fact]
    public async Task List_with_label_selector_and_pagination_returns_every_match_once()
    {
        for (var i = 0; i < 5; i++)
        {
            var cm = Objects.ConfigMap($"page-{i}");
            cm["metadata"]!["labels"] = new JsonObject { ["set"] = "paging", ["parity"] = i % 2 == 0 ? "even" : "odd" };
            await C.ApplyAsync(cm);
        }
        var first = await C.ListAsync("v1", "ConfigMap", "default", new ListOptions { LabelSelector = "set=paging", Limit = 2 });
        Assert.Equal(2, first.Items.Count);
        Assert.NotNull(first.Continue);
        Assert.Equal(3, first.RemainingItemCount);
        var all = await C.ListAllAsync("v1", "ConfigMap", "default", new ListOptions { LabelSelector = "set=paging", Limit = 2 }).ToListAsync();
        Assert.Equal(["page-0", "page-1", "page-2", "page-3", "page-4"], all.Select(o => (string?)o["metadata"]!["name"]));
        var even = await C.ListAsync("v1", "ConfigMap", "default", new ListOptions { LabelSelector = "set=paging,parity in (even)" });
        Assert.Equal(3, even.Items.Count);
        var byName = await C.ListAsync("v1", "ConfigMap", null, new ListOptions { FieldSelector = "metadata.name=page-3" });
        Assert.Equal("page-3", (string?)byName.Items.Single()["metadata"]!["name"]);
    }

    [Fact]
    public async Task Delete_propagation_background_removes_dependents_orphan_keeps_them()
    {
        foreach (var (owner, policy) in new[] { ("owner-bg", "Background"), ("owner-orphan", "Orphan") })
        {
            var o = await C.ApplyAsync(Objects.ConfigMap(owner));
            var dependent = Objects.ConfigMap(owner + "-child");
            dependent["metadata"]!["ownerReferences"] = new JsonArray(new JsonObject
            {
                ["apiVersion"] = "v1",
                ["kind"] = "ConfigMap",
                ["name"] = owner,
                ["uid"] = (string?)o["metadata"]!["uid"],
            });
            await C.ApplyAsync(dependent);
            var deleted = await C.DeleteAsync("v1", "ConfigMap", owner, options: new DeleteOptions { PropagationPolicy = policy });
            Assert.Equal(owner, (string?)deleted["metadata"]!["name"]);
            Assert.Null(await C.TryGetAsync("v1", "ConfigMap", owner));
            var child = await C.TryGetAsync("v1", "ConfigMap", owner + "-child");
            if (policy == "Background") Assert.Null(child);
            else Assert.Null(Assert.IsType<JsonObject>(child)["metadata"]!["ownerReferences"]);
        }
        await Assert.ThrowsAsync<KubernetesNotFoundException>(() => C.DeleteAsync("v1", "ConfigMap", "owner-bg"));
    }

    [Fact]
    public async Task Status_subresource_apply_status_sets_only_status_main_apply_ignores_status()
    {
        var d = Objects.Deployment("status-1");
        d["status"] = new JsonObject { ["replicas"] = 99 };
        var applied = await C.ApplyAsync(d);
        Assert.Null(applied["status"]);
        var status = new JsonObject
        {
            ["apiVersion"] = "apps/v1",
            ["kind"] = "Deployment",
            ["metadata"] = new JsonObject { ["name"] = "status-1", ["namespace"] = "default" },
            ["status"] = new JsonObject { ["readyReplicas"] = 1 },
        };
        var withStatus = await C.ApplyStatusAsync(status, new ApplyOptions { FieldManager = "controller" });
        Assert.Equal(1, (int)withStatus["status"]!["readyReplicas"]!);
        Assert.Equal(1L, (long)withStatus["metadata"]!["generation"]!);
        var entry = withStatus["metadata"]!["managedFields"]!.AsArray().Single(e => (string?)e!["manager"] == "controller")!;
        Assert.Equal("status", (string?)entry["subresource"]);
    }

    [Fact]
    public async Task Namespace_deletion_removes_its_objects()
    {
        await C.ApplyAsync(new JsonObject { ["apiVersion"] = "v1", ["kind"] = "Namespace", ["metadata"] = new JsonObject { ["name"] = "doomed" } });
        await C.ApplyAsync(Objects.ConfigMap("inside", ns: "doomed"));
        await C.DeleteAsync("v1", "Namespace", "doomed");
        Assert.Null(await C.TryGetAsync("v1", "ConfigMap", "inside", "doomed"));
        Assert.Null(await C.TryGetAsync("v1", "Namespace", "doomed"));
    }

    [Fact]
    public async Task Apply_set_lists_merge_per_value_atomic_lists_conflict_whole()
    {
        JsonObject WithFinalizers(params string[] f)
        {
            var cm = Objects.ConfigMap("setlist");
            cm["metadata"]!["finalizers"] = new JsonArray(f.Select(x => (JsonNode)x).ToArray());
            cm.Remove("data");
            return cm;
        }
        await C.ApplyAsync(WithFinalizers("a.example/one"), new ApplyOptions { FieldManager = "one" });
        var both = await C.ApplyAsync(WithFinalizers("b.example/two"), new ApplyOptions { FieldManager = "two" });
        Assert.Equal(["a.example/one", "b.example/two"], both["metadata"]!["finalizers"]!.AsArray().Select(x => (string?)x));
        var entry = both["metadata"]!["managedFields"]!.AsArray().Single(e => (string?)e!["manager"] == "two")!;
        Assert.NotNull(entry["fieldsV1"]!["f:metadata"]!["f:finalizers"]!["v:\"b.example/two\""]);
        var left = await C.ApplyAsync(WithFinalizers(), new ApplyOptions { FieldManager = "one" });
        Assert.Equal(["b.example/two"], left["metadata"]!["finalizers"]!.AsArray().Select(x => (string?)x));
        await C.ApplyAsync(WithFinalizers(), new ApplyOptions { FieldManager = "two" });
        await C.DeleteAsync("v1", "ConfigMap", "setlist");

        var d = Objects.Deployment("atomic-list");
        d["spec"]!["template"]!["spec"]!["containers"]![0]!["args"] = new JsonArray("--a");
        await C.ApplyAsync(d, new ApplyOptions { FieldManager = "first" });
        var other = (JsonObject)d.DeepClone();
        other["spec"]!["template"]!["spec"]!["containers"]![0]!["args"] = new JsonArray("--b");
        var ex = await Assert.ThrowsAsync<KubernetesConflictException>(() => C.ApplyAsync(other, new ApplyOptions { FieldManager = "second" }));
        Assert.Contains(ex.FieldConflicts, c => c.Manager == "first" && c.Field == ".spec.template.spec.containers[name=\"main\"].args");
    }

    [Fact]
    public async Task Apply_several_conflicts_message_groups_by_manager_like_the_api_server()
    {
        await C.ApplyAsync(Objects.ConfigMap("multi", data: [("a", "1"), ("b", "1")]), new ApplyOptions { FieldManager = "alpha" });
        await C.ApplyAsync(Objects.ConfigMap("multi", data: ("c", "1")), new ApplyOptions { FieldManager = "beta" });
        var ex = await Assert.ThrowsAsync<KubernetesConflictException>(() =>
            C.ApplyAsync(Objects.ConfigMap("multi", data: [("a", "2"), ("b", "2"), ("c", "2")]), new ApplyOptions { FieldManager = "gamma" }));
        Assert.Equal("Apply failed with 3 conflicts: conflicts with \"alpha\":\n- .data.a\n- .data.b\nconflicts with \"beta\":\n- .data.c", ex.Message);
        Assert.Equal(
            [new("alpha", ".data.a"), new("alpha", ".data.b"), new KubernetesConflictException.FieldConflict("beta", ".data.c")],
            ex.FieldConflicts);
    }

    [Fact]
    public async Task Apply_without_field_manager_is_422_on_patch_options()
    {
        var ex = await Assert.ThrowsAsync<KubernetesInvalidException>(() => C.ApplyAsync(Objects.ConfigMap("no-manager"), new ApplyOptions { FieldManager = "" }));
        Assert.Equal("PatchOptions.meta.k8s.io \"\" is invalid: fieldManager: Required value: is required for apply patch", ex.Message);
        Assert.Equal(("FieldValueRequired", "fieldManager"), (ex.Causes.Single().Reason, ex.Causes.Single().Field));
    }
}
