using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace Kurator.Sdk.Emulator.Tests;

/// <summary>Three emulated clusters with the controller simulation on, driven by kubectl contexts, plus the CLI entry point.</summary>
public sealed class SimulationAndMultiClusterTests : IAsyncLifetime
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "kurator-multi-" + Guid.NewGuid().ToString("N"));
    private KubeEmulator _emulator = null!;
    private Kubectl _kubectl = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dir);
        _emulator = await KubeEmulator.StartAsync(new EmulatorOptions { Clusters = 3, SimulateControllers = true, SimulationDelay = TimeSpan.FromMilliseconds(100) });
        _emulator.WriteKubeConfig(Path.Combine(_dir, "kubeconfig"));
        _kubectl = new Kubectl(Path.Combine(_dir, "kubeconfig"), Path.Combine(_dir, "cache"));
    }

    public async Task DisposeAsync()
    {
        await _emulator.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task Contexts_address_separate_clusters()
    {
        var contexts = (await _kubectl.OkAsync(null, "config", "get-contexts", "-o", "name")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["cluster-1", "cluster-2", "cluster-3"], contexts.Order());
        await _kubectl.OkAsync("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: only-on-2\n", "--context", "cluster-2", "apply", "--server-side", "-f", "-");
        Assert.Contains("only-on-2", await _kubectl.OkAsync(null, "--context", "cluster-2", "get", "configmaps", "-o", "name"));
        var (exit, _, err) = await _kubectl.RunAsync(null, "--context", "cluster-3", "get", "configmap", "only-on-2");
        Assert.NotEqual(0, exit);
        Assert.Contains("NotFound", err);
    }

    [Fact]
    public async Task Simulated_controller_makes_deployment_available_and_fleet_ready_or_failed()
    {
        const string deployment = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: sim-web}
            spec:
              replicas: 2
              selector: {matchLabels: {app: sim-web}}
              template:
                metadata: {labels: {app: sim-web}}
                spec: {containers: [{name: web, image: nginx}]}
            """;
        await _kubectl.OkAsync(deployment, "apply", "--server-side", "-f", "-");
        Assert.Contains("condition met", await _kubectl.OkAsync(null, "wait", "--for=condition=Available", "deployment/sim-web", "--timeout=60s"));
        var d = JsonNode.Parse(await _kubectl.OkAsync(null, "get", "deployment", "sim-web", "-o", "json", "--show-managed-fields"))!;
        Assert.Equal(2, (int)d["status"]!["readyReplicas"]!);
        Assert.Contains(d["metadata"]!["managedFields"]!.AsArray(), e => (string?)e!["manager"] == "kurator-emulator-simulated-controller" && (string?)e["subresource"] == "status");

        await _kubectl.OkAsync(RepoFiles.Crd("schemas/kurator/fleets.fleet.kurator.dev.json").ToJsonString(), "apply", "--server-side", "-f", "-");
        await _kubectl.OkAsync("apiVersion: fleet.kurator.dev/v1alpha1\nkind: Fleet\nmetadata: {name: good}\nspec: {}\n", "apply", "--server-side", "-f", "-");
        await _kubectl.OkAsync("apiVersion: fleet.kurator.dev/v1alpha1\nkind: Fleet\nmetadata:\n  name: bad\n  annotations: {simulation.kurator.dev/outcome: Failed}\nspec: {}\n", "apply", "--server-side", "-f", "-");
        Assert.Contains("condition met", await _kubectl.OkAsync(null, "wait", "--for=jsonpath={.status.phase}=Ready", "fleet/good", "--timeout=60s"));
        Assert.Contains("condition met", await _kubectl.OkAsync(null, "wait", "--for=jsonpath={.status.phase}=Failed", "fleet/bad", "--timeout=60s"));
    }

    [Fact]
    public async Task Emulator_command_writes_kubeconfig_serves_until_cancelled()
    {
        var path = Path.Combine(_dir, "cli", "kubeconfig");
        using var output = new ReadySignal("kubeconfig written to");
        using var stop = new CancellationTokenSource();
        var run = EmulatorCommand.RunAsync(2, path, output, stop.Token);
        var kubectl = new Kubectl(path, Path.Combine(_dir, "cli-cache"));
        // The command says so once both servers listen and the kubeconfig is written.
        await output.Seen.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Contains("default", await kubectl.OkAsync(null, "--context", "cluster-2", "get", "namespaces", "-o", "name"));
        stop.Cancel();
        Assert.Equal(0, await run);
        var text = output.ToString();
        Assert.Contains("context cluster-1", text);
        Assert.Contains("context cluster-2", text);
        Assert.Contains("simulat", text);
    }

    /// <summary>Output that completes <see cref="Seen"/> when a line containing the expected text is written.</summary>
    private sealed class ReadySignal(string expected) : StringWriter
    {
        public TaskCompletionSource Seen { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override Task WriteLineAsync(string? value)
        {
            if (value?.Contains(expected, StringComparison.Ordinal) == true) Seen.TrySetResult();
            return base.WriteLineAsync(value);
        }
    }
}
