using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Kurator.Sdk.Client.Discovery;
using Kurator.Sdk.Emulator;
using Kurator.Sdk.Fleet.Apply;
using Kurator.Sdk.Fleet.Model;
using Kurator.Sdk.Fleet.Targets;
using Xunit;

namespace Kurator.Sdk.Fleet.Tests;

/// <summary>
/// What a no-change re-apply costs each cluster, as the tool runs it (plain contexts, fresh clients, the readiness wait
/// on): discovery, the ApplySet parent and one labelled list per kind, whatever the number of objects. A GET per object,
/// a write, or a second read of something a list returned fails these tests.
/// </summary>
public class ReapplyRequestBudgetTests
{
    private static readonly RuntimeOptions Options = new() { Timeout = TimeSpan.FromSeconds(60) };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_no_change_reapply_reads_discovery_the_parent_and_one_list_per_kind_per_cluster(bool discoveryCache)
    {
        var options = new EmulatorOptions { SimulateControllers = true };
        options.ClusterNames.Add("one");
        options.ClusterNames.Add("two");
        await using var emulator = await KubeEmulator.StartAsync(options);
        var dir = Directory.CreateTempSubdirectory("kurator-budget-").FullName;
        try
        {
            var kubeconfig = Path.Combine(dir, "kubeconfig");
            emulator.WriteKubeConfig(kubeconfig);
            var objects = Workload(namespaces: 3, configMaps: 40, deployments: 12, services: 12);
            // The tool's disk cache of discovery, here in the test's folder.
            var cache = discoveryCache ? new DiscoveryCache(Path.Combine(dir, "discovery"), DiscoveryCache.DefaultTtl) : null;
            using (var cold = new ClusterConnections(kubeconfig, null) { DiscoveryCache = cache })
            {
                var first = await FleetApplier.ApplyAsync(Plan(objects), cold, Options);
                Assert.True(first.Succeeded, string.Join("\n", first.Clusters.SelectMany(c => c.Errors.Concat(c.NotReady))));
            }

            var before = emulator.Clusters.ToDictionary(c => c.Name, c => c.Requests.Count);
            using (var fresh = new ClusterConnections(kubeconfig, null) { DiscoveryCache = cache })
            {
                var again = await FleetApplier.ApplyAsync(Plan(objects), fresh, Options);
                Assert.True(again.Succeeded, string.Join("\n", again.Clusters.SelectMany(c => c.Errors.Concat(c.NotReady))));
                Assert.All(again.Clusters, c => Assert.Equal((objects.Count, 0, 0, 0), (c.Unchanged, c.Created, c.Updated, c.Pruned)));
            }

            foreach (var cluster in emulator.Clusters)
            {
                var requests = cluster.Requests.Skip(before[cluster.Name]).ToList();
                var described = string.Join("\n", requests.Select(r => r.Method + " " + r.PathAndQuery));
                Assert.All(requests, r => Assert.Equal("GET", r.Method));
                // Discovery (aggregated: /api and /apis; none from a fresh cache), the parent Secret, one labelled list for each of the 4 kinds.
                Assert.True(requests.Count <= (discoveryCache ? 0 : 2) + 1 + 4, $"{requests.Count} requests to {cluster.Name}:\n{described}");
                var reads = requests.Select(r => r.PathAndQuery.Split('?')[0]).Where(p => p.StartsWith("/api/v1/", StringComparison.Ordinal) || p.StartsWith("/apis/", StringComparison.Ordinal)).ToList();
                Assert.Equal(reads.Count, reads.Distinct(StringComparer.Ordinal).Count());
                Assert.DoesNotContain(requests, r => r.PathAndQuery.Contains("/configmaps/", StringComparison.Ordinal) || r.PathAndQuery.Contains("/deployments/", StringComparison.Ordinal) || r.PathAndQuery.Contains("/services/", StringComparison.Ordinal));
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static DeploymentPlan Plan(IReadOnlyList<JsonObject> objects) =>
        new("budget", new[] { "one", "two" }.Select(c => new ClusterTarget(c, TargetRole.Member, objects.Select(o => (JsonObject)o.DeepClone()).ToList())).ToList());

    private static List<JsonObject> Workload(int namespaces, int configMaps, int deployments, int services)
    {
        string Ns(int i) => "budget-" + (i % namespaces);
        var objects = Enumerable.Range(0, namespaces).Select(i => new JsonObject { ["apiVersion"] = "v1", ["kind"] = "Namespace", ["metadata"] = new JsonObject { ["name"] = Ns(i) } }).ToList();
        objects.AddRange(Enumerable.Range(0, configMaps).Select(i => new JsonObject
        {
            ["apiVersion"] = "v1",
            ["kind"] = "ConfigMap",
            ["metadata"] = new JsonObject { ["name"] = "config-" + i, ["namespace"] = Ns(i) },
            ["data"] = new JsonObject { ["key"] = "value-" + i },
        }));
        objects.AddRange(Enumerable.Range(0, deployments).Select(i => new JsonObject
        {
            ["apiVersion"] = "apps/v1",
            ["kind"] = "Deployment",
            ["metadata"] = new JsonObject { ["name"] = "web-" + i, ["namespace"] = Ns(i) },
            ["spec"] = new JsonObject
            {
                ["replicas"] = 1,
                ["selector"] = new JsonObject { ["matchLabels"] = new JsonObject { ["app"] = "web-" + i } },
                ["template"] = new JsonObject
                {
                    ["metadata"] = new JsonObject { ["labels"] = new JsonObject { ["app"] = "web-" + i } },
                    ["spec"] = new JsonObject { ["containers"] = new JsonArray(new JsonObject { ["name"] = "web", ["image"] = "nginx:1.27" }) },
                },
            },
        }));
        objects.AddRange(Enumerable.Range(0, services).Select(i => new JsonObject
        {
            ["apiVersion"] = "v1",
            ["kind"] = "Service",
            ["metadata"] = new JsonObject { ["name"] = "web-" + i, ["namespace"] = Ns(i) },
            ["spec"] = new JsonObject
            {
                ["selector"] = new JsonObject { ["app"] = "web-" + i },
                ["ports"] = new JsonArray(new JsonObject { ["port"] = 80, ["targetPort"] = 8080 }),
            },
        }));
        return objects;
    }
}
