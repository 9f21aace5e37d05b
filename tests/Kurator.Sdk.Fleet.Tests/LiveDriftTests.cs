using System.Text.Json;
using System.Text.Json.Nodes;
using Kurator.Sdk.Fleet.Apply;
using Kurator.Sdk.Fleet.Model;
using Xunit;

namespace Kurator.Sdk.Fleet.Tests;

/// <summary>Drift read from live objects as the server's JSON (list items), without nodes built for them.</summary>
public sealed class LiveDriftTests
{
    private static readonly ApplySetIdentity Set = new("shop", "default");

    private static JsonObject Deployment() => JsonNode.Parse("""
        {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web","namespace":"shop"},
         "spec":{"replicas":2,"paused":false,"template":{"spec":{"containers":[{"name":"app","image":"web:1","resources":{"limits":{"cpu":"0.5","memory":"1Gi"}},"args":["--a","--b"]}]}}}}
        """)!.AsObject();

    // As the server lists a built-in kind: no apiVersion or kind on the item, defaults and others' fields added.
    private static LiveObject Listed(DesiredObject desired, System.Action<JsonObject>? edit = null)
    {
        var live = desired.Body.DeepClone().AsObject();
        live.Remove("apiVersion");
        live.Remove("kind");
        live["metadata"]!["uid"] = "u-1";
        live["spec"]!["progressDeadlineSeconds"] = 600;
        var container = live["spec"]!["template"]!["spec"]!["containers"]![0]!.AsObject();
        container["imagePullPolicy"] = "IfNotPresent";
        container["resources"]!["limits"]!["cpu"] = "500m";
        live["spec"]!["template"]!["spec"]!["containers"]!.AsArray().Add(new JsonObject { ["name"] = "sidecar", ["image"] = "mesh:1" });
        live["status"] = new JsonObject { ["replicas"] = 2 };
        edit?.Invoke(live);
        var item = JsonDocument.Parse(live.ToJsonString()).RootElement;
        return LiveObject.FromListItem(item, "apps/v1", "Deployment");
    }

    [Fact]
    public void A_listed_item_without_apiVersion_and_kind_holding_every_desired_field_is_unchanged()
    {
        var desired = DesiredObject.Create(Deployment(), Set, null);
        var live = Listed(desired);

        Assert.Equal(new ObjectRef("apps/v1", "Deployment", "shop", "web"), live.Ref);
        Assert.Null(Drift.Find(desired.Body, live));
        Assert.True(desired.IsUnchanged(live));
        Assert.Equal("apps/v1", (string?)live.Node["apiVersion"]);
        Assert.Equal("Deployment", (string?)live.Node["kind"]);
    }

    [Theory]
    [InlineData("image", ".spec.template.spec.containers[name=\"app\"].image")]
    [InlineData("replicas", ".spec.replicas")]
    [InlineData("args", ".spec.template.spec.containers[name=\"app\"].args")]
    [InlineData("memory", ".spec.template.spec.containers[name=\"app\"].resources.limits.memory")]
    [InlineData("label", ".metadata.labels")]
    public void Each_out_of_band_change_is_found_with_its_path(string change, string path)
    {
        var desired = DesiredObject.Create(Deployment(), Set, null);
        var live = Listed(desired, o =>
        {
            var app = o["spec"]!["template"]!["spec"]!["containers"]![0]!.AsObject();
            switch (change)
            {
                case "image": app["image"] = "web:2"; break;
                case "replicas": o["spec"]!["replicas"] = 3; break;
                case "args": app["args"] = new JsonArray("--b", "--a"); break;
                case "memory": app["resources"]!["limits"]!["memory"] = "2Gi"; break;
                case "label": o["metadata"]!["labels"] = "not an object"; break;
            }
        });

        Assert.StartsWith(path, Drift.Find(desired.Body, live));
        Assert.False(desired.IsUnchanged(live));
        Assert.True(desired.DefinitionUnchanged(live));
    }

    [Fact]
    public void Numbers_compare_by_value_and_empty_desired_values_match_absent_ones()
    {
        var source = Deployment();
        source["spec"]!["replicas"] = 2.0;
        source["spec"]!["minReadySeconds"] = 0;
        source["spec"]!["strategy"] = new JsonObject();
        var desired = DesiredObject.Create(source, Set, null);

        Assert.Null(Drift.Find(desired.Body, Listed(desired, o => o["spec"]!.AsObject().Remove("minReadySeconds"))));
        Assert.Null(Drift.Find(desired.Body, Listed(desired, o => o["spec"]!["replicas"] = 2)));
    }

    [Fact]
    public void A_live_object_being_deleted_or_from_another_definition_is_not_unchanged()
    {
        var desired = DesiredObject.Create(Deployment(), Set, null);

        Assert.False(desired.IsUnchanged(Listed(desired, o => o["metadata"]!["deletionTimestamp"] = "2026-12-03T10:00:00Z")));
        var other = Listed(desired, o => o["metadata"]!["annotations"]![DesiredObject.DigestAnnotation] = "0123");
        Assert.False(desired.DefinitionUnchanged(other));
        Assert.False(desired.IsUnchanged(other));
    }

    [Fact]
    public void Secret_string_data_is_compared_through_the_stored_data()
    {
        var source = JsonNode.Parse("""{"apiVersion":"v1","kind":"Secret","metadata":{"name":"s"},"stringData":{"token":"abc"}}""")!.AsObject();
        var desired = DesiredObject.Create(source, Set, "default");
        LiveObject Stored(string base64)
        {
            var live = desired.Body.DeepClone().AsObject();
            live.Remove("stringData");
            live["data"] = new JsonObject { ["token"] = base64 };
            return LiveObject.FromNode(live);
        }

        Assert.Null(Drift.Find(desired.Body, Stored("YWJj")));
        Assert.Equal(".data.token", Drift.Find(desired.Body, Stored("eHl6")));
    }

    [Fact]
    public void An_object_ref_is_one_identity_whatever_was_asked_of_it_and_a_copy_names_itself()
    {
        var asked = new ObjectRef("apps/v1", "Deployment", "shop", "web");
        _ = asked.Key;
        var fresh = new ObjectRef("apps/v1", "Deployment", "shop", "web");

        Assert.Equal(fresh, asked);
        Assert.Equal(fresh.GetHashCode(), asked.GetHashCode());
        var moved = asked with { Namespace = "other", ApiVersion = "v1" };
        Assert.Equal("Deployment/other/web", moved.Key);
        Assert.Equal("", moved.Group);
        Assert.Equal("Deployment.apps/shop/web", asked.Key);
    }
}
