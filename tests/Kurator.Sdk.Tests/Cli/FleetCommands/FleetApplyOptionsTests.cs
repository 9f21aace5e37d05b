using System;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace Kurator.Sdk.Tests.Cli.FleetCli;

/// <summary>kurator-sdk apply: --concurrency, --wave-size, and CRDs applied together with their custom resources.</summary>
public class FleetApplyOptionsTests
{
    [Fact]
    public async Task Concurrency_bounds_the_requests_in_flight_in_each_cluster_and_zero_is_refused()
    {
        await using var h = await FleetCliHarness.StartAsync(2);
        ShopManifests.WriteAll(h);
        foreach (var cluster in h.Emulator.Clusters) cluster.ResetMaxInFlight();

        var (code, output) = await h.RunAsync("apply", "-f", h.Manifests, "--context", "cluster-1", "--context", "cluster-2", "--concurrency", "1", "--timeout", "60");

        Assert.True(code == 0, output);
        Assert.Contains("to 2 context(s); ApplySet kurator-sdk-cli, concurrency 1 per cluster", output);
        foreach (var context in h.Contexts) Assert.Equal(["5", "0", "0", "0", "0", "Ready"], FleetCliHarness.Row(output, context));
        // Applies, prune listing and readiness polls all went one at a time in each cluster.
        Assert.All(h.Emulator.Clusters, c => Assert.Equal(1, c.MaxInFlight));

        var before = h.Emulator.Clusters.Sum(c => c.Requests.Count);
        var (zero, zeroOutput) = await h.RunAsync("apply", "-f", h.Manifests, "--context", "cluster-1", "--concurrency", "0");
        Assert.Equal(3, zero);
        Assert.Contains("--concurrency must be at least 1", zeroOutput);
        Assert.Equal(before, h.Emulator.Clusters.Sum(c => c.Requests.Count));
    }

    [Fact]
    public async Task With_waves_a_failed_context_stops_the_waves_after_it_unless_max_failures_allows_it()
    {
        await using var h = await FleetCliHarness.StartAsync(2);
        ShopManifests.WriteAll(h);
        h.AddUnreachableContext();
        string[] args = ["apply", "-f", h.Manifests, "--context", "cluster-1", "--context", "gone", "--context", "cluster-2", "--wave-size", "1", "--timeout", "60"];

        var (code, output) = await h.RunAsync(args);

        Assert.True(code == 1, output);
        Assert.Equal(["5", "0", "0", "0", "0", "Ready"], FleetCliHarness.Row(output, "cluster-1"));
        Assert.Equal("1", FleetCliHarness.Row(output, "gone")[4]);
        // The runtime's wave loop: the context never started has its row, its progress line and the reason.
        Assert.Equal(["0", "0", "0", "0", "1", "not started"], FleetCliHarness.Row(output, "cluster-2"));
        Assert.Contains("[3/3] cluster-2 not started: 0 created, 0 updated, 0 unchanged, 0 pruned, 1 failed", output);
        Assert.Contains("error cluster cluster-2: not applied: 1 cluster(s) of earlier waves failed (--max-failures 0)", output);
        Assert.Null(await h.GetAsync("cluster-2", "v1", "Namespace", "shop", null));

        var (tolerated, toleratedOutput) = await h.RunAsync([.. args, "--max-failures", "1"]);

        Assert.True(tolerated == 1, toleratedOutput);
        Assert.Equal(["0", "0", "5", "0", "0", "Ready"], FleetCliHarness.Row(toleratedOutput, "cluster-1"));
        Assert.Equal(["5", "0", "0", "0", "0", "Ready"], FleetCliHarness.Row(toleratedOutput, "cluster-2"));
        Assert.DoesNotContain("not applied", toleratedOutput);
        Assert.DoesNotContain("not started", toleratedOutput);
        Assert.Equal(3, (await h.RunAsync("apply", "-f", h.Manifests, "--wave-size", "0")).Code);
    }

    [Fact]
    public async Task A_crd_and_its_custom_resources_are_applied_in_one_run_and_a_version_it_does_not_serve_is_refused()
    {
        await using var h = await FleetCliHarness.StartAsync(2);
        h.Write("namespace.yaml", ShopManifests.Namespace);
        h.Write("widgets/widget.yaml", Widget("v1"));
        h.Write("widgets/crd.yaml", WidgetCrd);
        string[] contexts = ["--context", "cluster-1", "--context", "cluster-2"];

        var (code, output) = await h.RunAsync(["apply", "-f", h.Manifests, "--timeout", "60", .. contexts]);

        Assert.True(code == 0, output);
        foreach (var context in h.Contexts)
        {
            Assert.Equal(["3", "0", "0", "0", "0", "Ready"], FleetCliHarness.Row(output, context));
            var widget = await h.GetAsync(context, "example.com/v1", "Widget", "w1", "shop");
            Assert.Equal(3, (int?)widget?["spec"]?["size"]);
        }

        h.Write("widgets/widget.yaml", Widget("v2"));
        var (refused, refusedOutput) = await h.RunAsync(["apply", "-f", h.Manifests, .. contexts]);
        Assert.True(refused == 3, refusedOutput);
        Assert.Contains("widget.yaml:1: apiVersion: the CRD in the inputs does not serve Widget as example.com/v2 (served: v1)", refusedOutput);

        h.Write("widgets/widget.yaml", Widget("v1").Replace("name: w1", "name: w1\n  name: again", StringComparison.Ordinal));
        var (duplicate, duplicateOutput) = await h.RunAsync(["diff", "-f", h.Manifests, .. contexts]);
        Assert.True(duplicate == 3, duplicateOutput);
        Assert.Contains("widget.yaml:5: duplicate key 'name'", duplicateOutput);
    }

    private static string Widget(string version) => $"""
        apiVersion: example.com/{version}
        kind: Widget
        metadata:
          name: w1
          namespace: shop
        spec:
          size: 3
        """;

    private const string WidgetCrd = """
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata:
          name: widgets.example.com
        spec:
          group: example.com
          names:
            kind: Widget
            listKind: WidgetList
            plural: widgets
            singular: widget
          scope: Namespaced
          versions:
          - name: v1
            served: true
            storage: true
            schema:
              openAPIV3Schema:
                type: object
                properties:
                  spec:
                    type: object
                    properties:
                      size:
                        type: integer
        """;
}
