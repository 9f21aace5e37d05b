using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Kurator.Sdk.Cli.Fleet;
using Kurator.Sdk.Client;
using Kurator.Sdk.Client.Connection;
using Kurator.Sdk.Emulator;

namespace Kurator.Sdk.Tests.Cli.FleetCli;

/// <summary>Emulated clusters with a kubeconfig, a manifest folder, and the fleet commands run in-process against them.</summary>
internal sealed class FleetCliHarness : IAsyncDisposable
{
    private FleetCliHarness(KubeEmulator emulator, string directory)
    {
        Emulator = emulator;
        Directory = directory;
    }

    public KubeEmulator Emulator { get; }

    public string Directory { get; }

    public string Kubeconfig => Path.Combine(Directory, "kubeconfig");

    public string Manifests => Path.Combine(Directory, "manifests");

    /// <summary>Context names, one per emulated cluster: cluster-1, cluster-2 ...</summary>
    public string[] Contexts => Emulator.Clusters.Select(c => c.Name).ToArray();

    public static async Task<FleetCliHarness> StartAsync(int clusters = 3)
    {
        var emulator = await KubeEmulator.StartAsync(new EmulatorOptions { Clusters = clusters, SimulateControllers = true, SimulationDelay = TimeSpan.FromMilliseconds(50) });
        var harness = new FleetCliHarness(emulator, System.IO.Directory.CreateTempSubdirectory("kurator-cli-fleet-").FullName);
        System.IO.Directory.CreateDirectory(harness.Manifests);
        emulator.WriteKubeConfig(harness.Kubeconfig);
        return harness;
    }

    /// <summary>Adds a context "gone" whose server is a closed local port (cluster-1's user; nothing ever reaches it).</summary>
    public void AddUnreachableContext()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var yaml = File.ReadAllText(Kubeconfig)
            .Replace("clusters:\n", $"clusters:\n- name: gone\n  cluster:\n    server: https://127.0.0.1:{port}\n", StringComparison.Ordinal)
            .Replace("contexts:\n", "contexts:\n- name: gone\n  context:\n    cluster: gone\n    user: cluster-1-admin\n", StringComparison.Ordinal);
        File.WriteAllText(Kubeconfig, yaml);
    }

    public string Write(string name, string yaml)
    {
        var path = Path.Combine(Manifests, name);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, yaml.ReplaceLineEndings("\n"));
        return path;
    }

    /// <summary>
    /// Runs <c>kurator-sdk &lt;args&gt;</c> with this kubeconfig and <paramref name="stdin"/> as standard input; returns the
    /// exit code and everything printed. (Not an overload of RunAsync: with loose string arguments C# would
    /// pick the overload with more parameters and take the command name as standard input.)
    /// </summary>
    public async Task<(int Code, string Output)> RunWithStdinAsync(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var root = new RootCommand("kurator-sdk");
        foreach (var command in FleetCommands.Create(output, new StringReader(stdin))) root.Subcommands.Add(command);
        var code = await root.Parse([.. args, "--kubeconfig", Kubeconfig]).InvokeAsync(new InvocationConfiguration { Output = output, Error = output });
        return (code, output.ToString());
    }

    public Task<(int Code, string Output)> RunAsync(params string[] args) => RunWithStdinAsync("", args);

    /// <summary>
    /// Runs the real kubectl on PATH (the other owner in ownership tests) against one context; fails the test with a clear
    /// message when kubectl is absent or does not finish within a minute.
    /// </summary>
    public async Task<(int Code, string Output)> KubectlAsync(string context, params string[] args)
    {
        var kubectl = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Select(d => Path.Combine(d, "kubectl")).FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("kubectl was not found on PATH: these tests use the real kubectl (1.32) as another owner; install it and re-run");
        var start = new System.Diagnostics.ProcessStartInfo(kubectl) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in (string[])["--kubeconfig", Kubeconfig, "--context", context, "--cache-dir", Path.Combine(Directory, "kubectl-cache"), .. args]) start.ArgumentList.Add(a);
        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        return (process.ExitCode, await stdout + await stderr);
    }

    public KubeClient Client(string context) => new(ConnectionSettings.Load(Kubeconfig, context));

    public async Task<JsonObject?> GetAsync(string context, string apiVersion, string kind, string name, string? ns)
    {
        using var client = Client(context);
        return await client.TryGetAsync(apiVersion, kind, name, ns);
    }

    /// <summary>The cells of the report-table row of <paramref name="cluster"/> (Created, Updated, Unchanged, Pruned, Failed, Readiness).</summary>
    public static string[] Row(string output, string cluster) =>
        output.Split('\n').Select(l => l.Split('│', StringSplitOptions.TrimEntries)).First(cells => cells.Length > 2 && cells[1] == cluster)[2..^1];

    public async ValueTask DisposeAsync()
    {
        await Emulator.DisposeAsync();
        System.IO.Directory.Delete(Directory, recursive: true);
    }
}
