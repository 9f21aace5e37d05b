using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Kurator.Sdk.Client;
using Kurator.Sdk.Emulator;
using Kurator.Sdk.Emulator.Local;
using Kurator.Sdk.Fleet.Report;
using Kurator.Sdk.Fleet.Targets;
using Xunit;

namespace Kurator.Sdk.Fleet.Tests;

/// <summary>The KuratorApp command line: synth, apply --local, and apply to kubeconfig contexts.</summary>
public class CommandLineTests
{
    [Fact]
    public async Task Apply_local_applies_waits_prints_the_table_and_exits_zero_without_printing_secrets()
    {
        var app = QuickstartPlan.App();
        var output = new StringWriter();
        app.Output = output;

        var code = await app.RunAsync(["apply", "--local", "--local-ephemeral", "--timeout", "60"]);

        var text = output.ToString();
        Assert.True(code == ExitCodes.Success, text);
        Assert.Contains("started the emulated fleet: host + 2 member clusters", text);
        Assert.Contains("[3/3] ", text);
        Assert.Contains("host applied: 7 created, 0 updated, 0 unchanged, 0 pruned, 0 failed", text);
        foreach (var cluster in new[] { "host", "kurator-member1", "kurator-member2" })
        {
            Assert.Contains(text.Split('\n'), line => line.Contains(" " + cluster + " ", StringComparison.Ordinal) && line.Contains("Ready", StringComparison.Ordinal));
        }

        Assert.DoesNotContain("kind: Config", text);
        Assert.DoesNotContain("FILESYSTEM", text);
        Assert.DoesNotContain("token", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Synth_writes_one_folder_per_target_cluster_with_stable_file_names()
    {
        var dir = Directory.CreateTempSubdirectory("kurator-synth-").FullName;
        try
        {
            var app = QuickstartPlan.App();
            app.Output = new StringWriter();
            Assert.Equal(0, await app.RunAsync(["synth", "--out", dir]));
            var first = Snapshot(dir);
            Assert.Equal(0, await app.RunAsync(["synth", "--out", dir]));

            Assert.Equal(["host", "kurator-member1", "kurator-member2"], Directory.GetDirectories(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            Assert.Equal(
                [
                    "host/application_default_gitrepo-kustomization-demo.yaml", "host/attachedcluster_default_kurator-member1.yaml",
                    "host/attachedcluster_default_kurator-member2.yaml", "host/fleet_default_quickstart.yaml", "host/secret_default_kurator-member1.yaml",
                    "host/secret_default_kurator-member2.yaml", "host/secret_default_thanos-objstore.yaml",
                    "kurator-member1/deployment_quickstart-web_web.yaml", "kurator-member1/namespace_quickstart-web.yaml",
                    "kurator-member2/deployment_quickstart-web_web.yaml", "kurator-member2/namespace_quickstart-web.yaml",
                ],
                first.Keys);
            Assert.Equal(first, Snapshot(dir));
            Assert.StartsWith("apiVersion: fleet.kurator.dev/v1alpha1\nkind: Fleet\nmetadata:\n  name: quickstart\n", first["host/fleet_default_quickstart.yaml"]);
            Assert.Contains("runAsNonRoot: true", first["kurator-member1/deployment_quickstart-web_web.yaml"]);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task Synth_gitops_adds_a_kustomization_per_cluster_listing_its_files_in_apply_order()
    {
        var dir = Directory.CreateTempSubdirectory("kurator-gitops-").FullName;
        try
        {
            var app = QuickstartPlan.App();
            app.Output = new StringWriter();
            Assert.Equal(0, await app.RunAsync(["synth", "--out", dir, "--format", "gitops"]));

            Assert.Equal(
                "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n- namespace_quickstart-web.yaml\n- deployment_quickstart-web_web.yaml\n",
                File.ReadAllText(Path.Combine(dir, "kurator-member1", "kustomization.yaml")));
            Assert.Contains("- fleet_default_quickstart.yaml", File.ReadAllText(Path.Combine(dir, "host", "kustomization.yaml")));
            Assert.NotEqual(0, await app.RunAsync(["synth", "--out", dir, "--format", "helm"]));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task Apply_to_kubeconfig_contexts_maps_the_host_and_each_member()
    {
        await using var emulator = await KubeEmulator.StartAsync(new EmulatorOptions { Clusters = 3, SimulateControllers = true });
        var dir = Directory.CreateTempSubdirectory("kurator-contexts-").FullName;
        try
        {
            var kubeconfig = Path.Combine(dir, "kubeconfig");
            emulator.WriteKubeConfig(kubeconfig);
            using (var host = KubeClient.FromKubeConfig(kubeconfig, "cluster-1"))
            {
                // A real host has Kurator's CRDs installed; here they come from the embedded schemas.
                foreach (var kind in new[] { ("fleet.kurator.dev/v1alpha1", "Fleet"), ("cluster.kurator.dev/v1alpha1", "AttachedCluster"), ("apps.kurator.dev/v1alpha1", "Application") })
                {
                    await host.ApplyAsync(CrdCatalog.For([kind]).Single(), new ApplyOptions { FieldManager = "installer" });
                }
            }

            var app = QuickstartPlan.App();
            var output = new StringWriter();
            app.Output = output;
            var code = await app.RunAsync(["apply", "--kubeconfig", kubeconfig, "--context", "cluster-1", "--member", "kurator-member1=cluster-2", "--member", "kurator-member2=cluster-3", "--timeout", "60"]);

            Assert.True(code == ExitCodes.Success, output.ToString());
            using var member2 = KubeClient.FromKubeConfig(kubeconfig, "cluster-3");
            Assert.NotNull(await member2.TryGetAsync("apps/v1", "Deployment", "web", "quickstart-web"));

            app.Output = output = new StringWriter();
            Assert.Equal(ExitCodes.InvalidUsage, await app.RunAsync(["apply", "--kubeconfig", kubeconfig, "--member", "nobody=cluster-2"]));
            Assert.Contains("nobody", output.ToString());
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static System.Collections.Generic.SortedDictionary<string, string> Snapshot(string dir) =>
        new(Directory.GetFiles(dir, "*.yaml", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(dir, f).Replace('\\', '/'), File.ReadAllText), StringComparer.Ordinal);
}
