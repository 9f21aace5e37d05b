using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Kurator.Sdk.Client;
using Kurator.Sdk.Emulator;
using Kurator.Sdk.Emulator.Local;
using Kurator.Sdk.Fleet.Apply;
using Kurator.Sdk.Fleet.Targets;
using Xunit;

namespace Kurator.Sdk.Fleet.Tests;

/// <summary>Members reached through their AttachedCluster kubeconfig Secrets, as Kurator reaches them.</summary>
public class MembersFromSecretsTests
{
    [Fact]
    public async Task Each_member_is_reached_through_the_kubeconfig_in_its_AttachedCluster_secret()
    {
        await using var emulator = await KubeEmulator.StartAsync(new EmulatorOptions { Clusters = 3, SimulateControllers = true });
        var dir = Directory.CreateTempSubdirectory("kurator-secrets-").FullName;
        try
        {
            var kubeconfig = Path.Combine(dir, "kubeconfig");
            emulator.WriteKubeConfig(kubeconfig);
            using (var host = KubeClient.FromKubeConfig(kubeconfig, "cluster-1"))
            {
                foreach (var kind in new[] { ("fleet.kurator.dev/v1alpha1", "Fleet"), ("cluster.kurator.dev/v1alpha1", "AttachedCluster"), ("apps.kurator.dev/v1alpha1", "Application") })
                {
                    await host.ApplyAsync(CrdCatalog.For([kind]).Single(), new ApplyOptions { FieldManager = "installer" });
                }
            }

            var plan = QuickstartPlan.App().Synthesize();
            // Each member's Secret holds a kubeconfig whose current context is that member's emulated cluster.
            foreach (var (member, context) in new[] { ("kurator-member1", "cluster-2"), ("kurator-member2", "cluster-3") })
            {
                var secret = plan.Host.Objects.Single(o => (string?)o["kind"] == "Secret" && (string?)o["metadata"]!["name"] == member);
                secret["stringData"]![member + ".config"] = emulator.KubeConfigYaml().Replace("current-context: cluster-1", "current-context: " + context, StringComparison.Ordinal);
            }

            using var connections = new ClusterConnections(kubeconfig, "cluster-1", membersFromSecrets: plan);
            var report = await FleetApplier.ApplyAsync(plan, connections, new RuntimeOptions { Timeout = TimeSpan.FromSeconds(60) });

            Assert.True(report.Succeeded, string.Join("\n", report.Clusters.SelectMany(c => c.Errors.Concat(c.NotReady))));
            foreach (var context in new[] { "cluster-2", "cluster-3" })
            {
                using var member = KubeClient.FromKubeConfig(kubeconfig, context);
                Assert.NotNull(await member.TryGetAsync("apps/v1", "Deployment", "web", "quickstart-web"));
            }

            using var hostClient = KubeClient.FromKubeConfig(kubeconfig, "cluster-1");
            Assert.Null(await hostClient.TryGetAsync("apps/v1", "Deployment", "web", "quickstart-web"));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
