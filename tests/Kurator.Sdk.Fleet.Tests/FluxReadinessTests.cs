using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Kurator.Sdk.Client;
using Kurator.Sdk.Emulator.Local;
using Kurator.Sdk.Fleet.Apply;
using Kurator.Sdk.Fleet.Model;
using Kurator.Sdk.Fleet.Readiness;
using Kurator.Sdk.Fleet.Report;
using Kurator.Sdk.Fleet.Targets;
using Xunit;

namespace Kurator.Sdk.Fleet.Tests;

/// <summary>Flux readiness: terminal Ready=False fails fast, and the requestedAt / lastHandledReconcileAt handshake.</summary>
public class FluxReadinessTests
{
    private const string GitApi = "source.toolkit.fluxcd.io/v1";

    private static JsonObject GitRepository(string name) => JsonNode.Parse($$$"""
        {"apiVersion":"{{{GitApi}}}","kind":"GitRepository","metadata":{"name":"{{{name}}}","namespace":"default"},
         "spec":{"interval":"5m0s","url":"https://github.com/stefanprodan/podinfo","ref":{"branch":"master"} } }
        """)!.AsObject();

    private static DeploymentPlan Plan(params JsonObject[] hostObjects) =>
        new("flux-test", [new ClusterTarget(ClusterTarget.HostName, TargetRole.Host, hostObjects)]);

    private static JsonObject Flux(string status, string? requestedAt = null)
    {
        var annotations = requestedAt is null ? "" : $$""","annotations":{"reconcile.fluxcd.io/requestedAt":"{{requestedAt}}"}""";
        return JsonNode.Parse("{\"apiVersion\":\"" + GitApi + "\",\"kind\":\"GitRepository\",\"metadata\":{\"name\":\"g\",\"generation\":1" + annotations + "},\"status\":" + status + "}")!.AsObject();
    }

    [Theory]
    [InlineData("URLInvalid")]
    [InlineData("AuthenticationFailed")]
    [InlineData("BuildFailed")]
    public void Ready_false_with_a_terminal_reason_is_failed_with_the_message(string reason)
    {
        var status = KStatus.Compute(Flux($$"""{"observedGeneration":1,"conditions":[{"type":"Ready","status":"False","reason":"{{reason}}","message":"the reason in words"}]}"""));
        Assert.Equal(new ObjectStatus(StatusKind.Failed, $"Ready=False {reason}: the reason in words"), status);
    }

    [Theory]
    [InlineData("ProgressingWithRetry")]
    [InlineData("DependencyNotReady")]
    [InlineData("ArtifactFailed")]
    public void Ready_false_with_a_retried_reason_stays_in_progress(string reason)
    {
        var status = KStatus.Compute(Flux($$"""{"observedGeneration":1,"conditions":[{"type":"Ready","status":"False","reason":"{{reason}}"}]}"""));
        Assert.Equal(StatusKind.InProgress, status.Kind);
    }

    [Fact]
    public void A_requested_reconcile_counts_only_once_handled()
    {
        const string ready = """{"type":"Ready","status":"True","reason":"Succeeded"}""";
        Assert.Equal(StatusKind.InProgress, KStatus.Compute(Flux($$"""{"observedGeneration":1,"conditions":[{{ready}}]}""", "2026-11-23T10:00:00Z")).Kind);
        Assert.Equal(StatusKind.InProgress, KStatus.Compute(Flux($$"""{"observedGeneration":1,"lastHandledReconcileAt":"2026-11-23T09:00:00Z","conditions":[{{ready}}]}""", "2026-11-23T10:00:00Z")).Kind);
        Assert.Equal(StatusKind.Current, KStatus.Compute(Flux($$"""{"observedGeneration":1,"lastHandledReconcileAt":"2026-11-23T10:00:00Z","conditions":[{{ready}}]}""", "2026-11-23T10:00:00Z")).Kind);
    }

    [Fact]
    public void An_application_whose_flux_object_failed_terminally_is_failed()
    {
        var app = JsonNode.Parse("""
            {"apiVersion":"apps.kurator.dev/v1alpha1","kind":"Application","metadata":{"name":"a","generation":1},
             "status":{"syncStatus":[{"name":"k1","kustomizationStatus":{"conditions":[{"type":"Ready","status":"False","reason":"BuildFailed","message":"kustomization.yaml not found"}]}}]}}
            """)!.AsObject();
        Assert.Equal(new ObjectStatus(StatusKind.Failed, "k1: Ready=False BuildFailed: kustomization.yaml not found"), KStatus.Compute(app));
    }

    [Fact]
    public async Task The_wait_stops_at_a_terminal_ready_false_instead_of_the_timeout()
    {
        var plan = Plan(GitRepository("podinfo"));
        await using var local = await LocalFleet.StartAsync(plan);
        var client = local.Connections.ClientFor(plan.Host);
        var applied = await client.ApplyAsync(GitRepository("podinfo"), new ApplyOptions { FieldManager = "test" });
        // As source-controller reports an unreachable URL; observedGeneration set, so the simulated controller leaves it.
        var status = JsonNode.Parse($$$"""
            {"apiVersion":"{{{GitApi}}}","kind":"GitRepository","metadata":{"name":"podinfo","namespace":"default"},
             "status":{"observedGeneration":{{{(long)applied["metadata"]!["generation"]!}}},"conditions":[{"type":"Ready","status":"False","reason":"URLInvalid","lastTransitionTime":"2026-11-23T10:00:00Z","message":"invalid URL scheme"}] } }
            """)!.AsObject();
        await client.ApplyStatusAsync(status, new ApplyOptions { FieldManager = "source-controller", Force = true });

        // Failed (not in progress) can only come from the terminal rule before the 60 s timeout.
        var result = await ReadinessWaiter.WaitAsync(client, [ObjectRef.Of(GitRepository("podinfo"))], 2, TimeSpan.FromSeconds(60), TimeSpan.FromMilliseconds(100), default);

        Assert.Equal(new ObjectStatus(StatusKind.Failed, "Ready=False URLInvalid: invalid URL scheme"), result.Single().Value);
    }

    [Fact]
    public async Task Reapplying_an_unchanged_source_with_reconcile_requests_it_and_waits_until_handled()
    {
        var plan = Plan(GitRepository("podinfo"));
        await using var local = await LocalFleet.StartAsync(plan);
        var options = new RuntimeOptions { Timeout = TimeSpan.FromSeconds(60) };
        Assert.True((await FleetApplier.ApplyAsync(plan, local.Connections, options)).Succeeded);

        var report = await FleetApplier.ApplyAsync(Plan(GitRepository("podinfo")), local.Connections, options with { RequestReconcile = true });

        Assert.True(report.Succeeded, string.Join("\n", report.Clusters.SelectMany(c => c.Errors.Concat(c.NotReady))));
        Assert.Equal((0, 0, 1), (report["host"].Created, report["host"].Updated, report["host"].Unchanged));
        var live = await local.Connections.ClientFor(plan.Host).GetAsync(GitApi, "GitRepository", "podinfo", "default");
        var requested = (string?)live["metadata"]!["annotations"]![FluxRules.RequestedAtAnnotation];
        Assert.NotNull(requested);
        // Apply returned only after the (simulated) controller handled exactly this request.
        Assert.Equal(requested, (string?)live["status"]!["lastHandledReconcileAt"]);
        Assert.Contains(live["metadata"]!["managedFields"]!.AsArray(), m => (string?)m!["manager"] == ReconcileRequest.FieldManager);

        // The request is not part of the app's configuration: a plain re-apply still writes nothing.
        var writes = local.Emulator.Clusters[0].Requests.Count(r => r.Method is "PATCH" or "PUT" or "POST" or "DELETE");
        var third = await FleetApplier.ApplyAsync(Plan(GitRepository("podinfo")), local.Connections, options);
        Assert.Equal(1, third["host"].Unchanged);
        Assert.Equal(writes, local.Emulator.Clusters[0].Requests.Count(r => r.Method is "PATCH" or "PUT" or "POST" or "DELETE"));
    }
}
