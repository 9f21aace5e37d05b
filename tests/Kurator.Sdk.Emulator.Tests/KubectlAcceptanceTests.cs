using System;
using System.Diagnostics;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace Kurator.Sdk.Emulator.Tests;

/// <summary>kubectl 1.32 (from PATH) against the emulator, with default validation (--validate=strict).</summary>
public sealed class KubectlAcceptanceTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fx;

    public KubectlAcceptanceTests(EmulatorFixture fx) => _fx = fx;

    private Kubectl K => _fx.Kubectl;

    private static JsonObject Json(string text) => JsonNode.Parse(text)!.AsObject();

    [Fact]
    public async Task Apply_server_side_config_maps_get_json_returns_them_with_managed_fields()
    {
        const string yaml = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: acc-cm1
              labels: {app: demo}
            data:
              a: "1"
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: acc-cm2
            data:
              b: "2"
            """;
        var applied = await K.OkAsync(yaml, "apply", "--server-side", "-f", "-");
        Assert.Contains("configmap/acc-cm1 serverside-applied", applied);
        Assert.Contains("configmap/acc-cm2 serverside-applied", applied);

        var cm = Json(await K.OkAsync(null, "get", "configmap", "acc-cm1", "-o", "json", "--show-managed-fields"));
        Assert.Equal("1", (string?)cm["data"]!["a"]);
        Assert.Equal("demo", (string?)cm["metadata"]!["labels"]!["app"]);
        Assert.Null(cm["metadata"]!["generation"]); // ConfigMaps have no generation upstream
        var entry = cm["metadata"]!["managedFields"]!.AsArray().Single()!;
        Assert.Equal("kubectl", (string?)entry["manager"]);
        Assert.Equal("Apply", (string?)entry["operation"]);
        Assert.NotNull(entry["fieldsV1"]!["f:data"]!["f:a"]);
        Assert.NotNull(entry["fieldsV1"]!["f:metadata"]!["f:labels"]!["f:app"]);

        var list = Json(await K.OkAsync(null, "get", "configmaps", "-o", "json", "--show-managed-fields"));
        var names = list["items"]!.AsArray().Select(i => (string?)i!["metadata"]!["name"]).ToList();
        Assert.Contains("acc-cm1", names);
        Assert.Contains("acc-cm2", names);
        Assert.Contains(_fx.Cluster.Requests, r => r.Method == "PATCH" && r.PathAndQuery.Contains("fieldValidation=Strict") && r.PathAndQuery.Contains("/configmaps/acc-cm1"));
    }

    [Fact]
    public async Task Apply_server_side_deployment_owns_container_by_key()
    {
        const string yaml = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: acc-web
            spec:
              replicas: 2
              selector:
                matchLabels: {app: web}
              template:
                metadata:
                  labels: {app: web}
                spec:
                  containers:
                  - name: nginx
                    image: nginx:1.27
                    ports:
                    - containerPort: 80
                      protocol: TCP
            """;
        Assert.Contains("deployment.apps/acc-web serverside-applied", await K.OkAsync(yaml, "apply", "--server-side", "-f", "-"));
        var d = Json(await K.OkAsync(null, "get", "deployment", "acc-web", "-o", "json", "--show-managed-fields"));
        Assert.Equal(2, (int)d["spec"]!["replicas"]!);
        Assert.Equal(1L, (long)d["metadata"]!["generation"]!);
        var fields = d["metadata"]!["managedFields"]![0]!["fieldsV1"]!;
        var container = fields["f:spec"]!["f:template"]!["f:spec"]!["f:containers"]!["k:{\"name\":\"nginx\"}"]!;
        Assert.NotNull(container["."]);
        Assert.NotNull(container["f:image"]);

        var changed = yaml.Replace("nginx:1.27", "nginx:1.28");
        Assert.Contains("serverside-applied", await K.OkAsync(changed, "apply", "--server-side", "-f", "-"));
        d = Json(await K.OkAsync(null, "get", "deployment", "acc-web", "-o", "json", "--show-managed-fields"));
        Assert.Equal("nginx:1.28", (string?)d["spec"]!["template"]!["spec"]!["containers"]![0]!["image"]);
        Assert.Equal(2L, (long)d["metadata"]!["generation"]!);

        Assert.Contains("deployment.apps/acc-web scaled", await K.OkAsync(null, "scale", "deployment", "acc-web", "--replicas=5"));
        d = Json(await K.OkAsync(null, "get", "deployment", "acc-web", "-o", "json", "--show-managed-fields"));
        Assert.Equal(5, (int)d["spec"]!["replicas"]!);
        Assert.Contains(d["metadata"]!["managedFields"]!.AsArray(), e => (string?)e!["subresource"] == "scale");
        var diff = await K.RunAsync(changed, "diff", "--server-side", "--force-conflicts", "-f", "-");
        Assert.DoesNotContain("keeps changing", diff.Err);
    }

    [Fact]
    public async Task Apply_server_side_crd_from_schemas_then_its_object_and_schema_violation_is_422()
    {
        var crd = RepoFiles.Crd("schemas/kurator/fleets.fleet.kurator.dev.json");
        Assert.Contains("customresourcedefinition.apiextensions.k8s.io/fleets.fleet.kurator.dev serverside-applied",
            await K.OkAsync(crd.ToJsonString(), "apply", "--server-side", "-f", "-"));

        const string fleet = """
            apiVersion: fleet.kurator.dev/v1alpha1
            kind: Fleet
            metadata:
              name: quickstart
            spec:
              clusters:
              - name: kurator-member1
                kind: AttachedCluster
            """;
        Assert.Contains("fleet.fleet.kurator.dev/quickstart serverside-applied", await K.OkAsync(fleet, "apply", "--server-side", "-f", "-"));
        var got = Json(await K.OkAsync(null, "get", "fleets.fleet.kurator.dev", "quickstart", "-o", "json", "--show-managed-fields"));
        Assert.Equal("kurator-member1", (string?)got["spec"]!["clusters"]![0]!["name"]);
        Assert.Equal("kubectl", (string?)got["metadata"]!["managedFields"]![0]!["manager"]);

        var bad = fleet.Replace("name: quickstart", "name: broken").Replace("""
              clusters:
              - name: kurator-member1
                kind: AttachedCluster
            """, "  clusters: not-a-list\n");
        var (exit, _, err) = await K.RunAsync(bad, "apply", "--server-side", "-f", "-");
        Assert.NotEqual(0, exit);
        Assert.Contains("The Fleet \"broken\" is invalid", err);
        Assert.Contains("spec.clusters", err);
        Assert.Contains("must be of type array", err);
    }

    [Fact]
    public async Task Second_manager_conflicting_apply_gets_kubectl_conflict_error_then_force_wins()
    {
        const string yaml = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: acc-conflict\ndata:\n  key: one\n";
        await K.OkAsync(yaml, "apply", "--server-side", "-f", "-");
        var other = yaml.Replace("one", "two");
        var (exit, _, err) = await K.RunAsync(other, "apply", "--server-side", "--field-manager=other-team", "-f", "-");
        Assert.NotEqual(0, exit);
        Assert.Contains("Apply failed with 1 conflict: conflict with \"kubectl\": .data.key", err);
        Assert.Contains("--force-conflicts", err);

        await K.OkAsync(other, "apply", "--server-side", "--field-manager=other-team", "--force-conflicts", "-f", "-");
        var cm = Json(await K.OkAsync(null, "get", "cm", "acc-conflict", "-o", "json", "--show-managed-fields"));
        Assert.Equal("two", (string?)cm["data"]!["key"]);
        var managers = cm["metadata"]!["managedFields"]!.AsArray().Select(e => (string?)e!["manager"]).ToList();
        Assert.Equal(["other-team"], managers);
    }

    [Fact]
    public async Task Delete_completes_and_object_is_gone()
    {
        await K.OkAsync("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: acc-delete\n", "apply", "--server-side", "-f", "-");
        Assert.Contains("configmap \"acc-delete\" deleted", await K.OkAsync(null, "delete", "configmap", "acc-delete"));
        var (exit, _, err) = await K.RunAsync(null, "get", "configmap", "acc-delete");
        Assert.NotEqual(0, exit);
        Assert.Contains("Error from server (NotFound): configmaps \"acc-delete\" not found", err);
    }

    [Fact]
    public async Task Get_watch_streams_a_change()
    {
        await K.OkAsync("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: acc-watch\ndata:\n  v: first\n", "apply", "--server-side", "-f", "-");
        using var watch = Process.Start(K.StartInfo("get", "configmap", "acc-watch", "-w", "-o", "jsonpath={.data.v}{\"\\n\"}"))!;
        try
        {
            using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var first = await watch.StandardOutput.ReadLineAsync(bound.Token);
            Assert.Equal("first", first);
            await K.OkAsync("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: acc-watch\ndata:\n  v: second\n", "apply", "--server-side", "-f", "-");
            var second = await watch.StandardOutput.ReadLineAsync(bound.Token);
            Assert.Equal("second", second);
        }
        finally
        {
            watch.Kill(entireProcessTree: true);
        }
    }

    [Fact]
    public async Task Client_side_apply_uses_strategic_merge_patch_and_delete_by_file_waits()
    {
        const string v1 = "apiVersion: v1\nkind: Service\nmetadata:\n  name: acc-svc\nspec:\n  selector: {app: web}\n  ports:\n  - {name: http, port: 80}\n";
        Assert.Contains("service/acc-svc created", await K.OkAsync(v1, "apply", "-f", "-"));
        var v2 = v1 + "  - {name: https, port: 443}\n";
        Assert.Contains("service/acc-svc configured", await K.OkAsync(v2, "apply", "-f", "-"));
        var svc = Json(await K.OkAsync(null, "get", "service", "acc-svc", "-o", "json"));
        Assert.Equal(["http", "https"], svc["spec"]!["ports"]!.AsArray().Select(p => (string?)p!["name"]));
        Assert.NotNull(svc["metadata"]!["annotations"]!["kubectl.kubernetes.io/last-applied-configuration"]);
        Assert.Contains(_fx.Cluster.Requests, r => r.Method == "PATCH" && r.ContentType == "application/strategic-merge-patch+json" && r.PathAndQuery.Contains("/services/acc-svc"));
        Assert.Contains("service \"acc-svc\" deleted", await K.OkAsync(v2, "delete", "-f", "-"));
    }

    [Fact]
    public async Task Delete_namespace_removes_contents_and_label_selected_get()
    {
        await K.OkAsync("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: acc-ns\n", "apply", "--server-side", "-f", "-");
        await K.OkAsync("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: in-ns\n  namespace: acc-ns\n  labels: {tier: x}\n", "apply", "--server-side", "-f", "-");
        Assert.Contains("configmap/in-ns", await K.OkAsync(null, "get", "cm", "-n", "acc-ns", "-l", "tier=x", "-o", "name"));
        Assert.DoesNotContain("in-ns", await K.OkAsync(null, "get", "cm", "-n", "acc-ns", "-l", "tier!=x", "-o", "name"));
        Assert.Contains("namespace \"acc-ns\" deleted", await K.OkAsync(null, "delete", "namespace", "acc-ns"));
        var (exit, _, err) = await K.RunAsync(null, "get", "cm", "in-ns", "-n", "acc-ns");
        Assert.NotEqual(0, exit);
        Assert.Contains("NotFound", err);
    }

    [Fact]
    public async Task Plain_get_prints_server_side_table_with_crd_printer_columns()
    {
        var namespaces = await K.OkAsync(null, "get", "namespaces");
        Assert.Matches(@"NAME\s+STATUS\s+AGE", namespaces);
        Assert.Matches(@"kube-system\s+Active\s+\d+s", namespaces);

        await K.OkAsync(RepoFiles.Crd("schemas/karmada/propagationpolicies.policy.karmada.io.json").ToJsonString(), "apply", "--server-side", "-f", "-");
        const string policy = """
            apiVersion: policy.karmada.io/v1alpha1
            kind: PropagationPolicy
            metadata: {name: acc-policy}
            spec:
              priority: 7
              conflictResolution: Overwrite
              resourceSelectors: [{apiVersion: apps/v1, kind: Deployment, name: web}]
              placement: {clusterAffinity: {clusterNames: [member1]}}
            """;
        await K.OkAsync(policy, "apply", "--server-side", "-f", "-");
        var table = await K.OkAsync(null, "get", "propagationpolicies.policy.karmada.io");
        Assert.Matches(@"NAME\s+CONFLICT-RESOLUTION\s+PRIORITY\s+AGE", table);
        Assert.Matches(@"acc-policy\s+Overwrite\s+7\s+\d+s", table);
    }

    [Fact]
    public async Task Version_and_api_resources_and_explain()
    {
        var version = Json(await K.OkAsync(null, "version", "-o", "json"));
        Assert.Equal("1", (string?)version["serverVersion"]!["major"]);
        Assert.Equal("32", (string?)version["serverVersion"]!["minor"]);
        var resources = await K.OkAsync(null, "api-resources", "--api-group=apps", "-o", "name");
        Assert.Contains("deployments.apps", resources);
        Assert.Contains("statefulsets.apps", resources);
        var explain = await K.OkAsync(null, "explain", "deployment.spec.replicas");
        Assert.Contains("replicas", explain);
        Assert.Contains("<integer>", explain);
    }

    [Fact]
    public async Task Typed_create_commands_send_protobuf_for_namespace_config_map_secret()
    {
        Assert.Contains("namespace/acc-proto created", await K.OkAsync(null, "create", "namespace", "acc-proto"));
        await K.OkAsync(null, "create", "configmap", "pcm", "-n", "acc-proto", "--from-literal=a=1", "--from-literal=b=two");
        await K.OkAsync(null, "create", "secret", "generic", "psec", "-n", "acc-proto", "--from-literal=pw=s3");
        var cm = Json(await K.OkAsync(null, "get", "configmap", "pcm", "-n", "acc-proto", "-o", "json"));
        Assert.Equal("two", (string?)cm["data"]!["b"]);
        Assert.Null(cm["immutable"]);
        var secret = Json(await K.OkAsync(null, "get", "secret", "psec", "-n", "acc-proto", "-o", "json"));
        Assert.Equal("czM=", (string?)secret["data"]!["pw"]);
        Assert.Equal("Opaque", (string?)secret["type"]);
        Assert.Contains(_fx.Cluster.Requests, r => r.Method == "POST" && r.ContentType == "application/vnd.kubernetes.protobuf" && r.PathAndQuery.Contains("/secrets"));
        var (exit, _, err) = await K.RunAsync(null, "create", "deployment", "pdep", "--image=nginx");
        Assert.NotEqual(0, exit);
        Assert.Contains("decodes protobuf only for Namespace, ConfigMap and Secret", err);
    }
}
