using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Kurator.Sdk.Client;
using Kurator.Sdk.Client.Benchmarks;
using Kurator.Sdk.Emulator;

// SSA throughput of Kurator.Sdk.Client against one emulated cluster at concurrency 1, 4 and 16, beside
// `kubectl apply --server-side` of the same objects, measured in the same run. Every round applies fresh objects
// (creates), then the same objects again with a change (updates).
var objects = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 300;
var dir = Path.Combine(Path.GetTempPath(), "kurator-bench-" + Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(dir);
await using var emulator = await KubeEmulator.StartAsync(new EmulatorOptions { Clusters = 1 });
var kubeconfig = Path.Combine(dir, "kubeconfig");
emulator.WriteKubeConfig(kubeconfig);
using var client = KubeClient.FromKubeConfig(kubeconfig);
client.Settings.MaxConcurrency = 16;

// Warm-up: discovery, TLS/HTTP2 connection, JIT; and kubectl's discovery cache.
await client.ApplyAsync(Workload.ConfigMaps("warmup", 1)[0], new ApplyOptions { FieldManager = "bench" });
await RunKubectlAsync(Workload.AsYamlStream(Workload.ConfigMaps("warmup-kubectl", 1)));

Console.WriteLine($"Server-side apply throughput, {objects} ConfigMaps per round, one emulated cluster on 127.0.0.1 (TLS, HTTP/2 for the client)");
Console.WriteLine("Each figure is the median of 3 rounds; 'create' applies new objects, 'update' re-applies them with one changed key.");
Console.WriteLine($"Machine: {Environment.ProcessorCount} logical cores; .NET {Environment.Version}");
Console.WriteLine();
Console.WriteLine($"{"applier",-32} {"create obj/s",12} {"update obj/s",12}");

const int Repeats = 3;
var (kubectlCreate, kubectlUpdate) = await MedianAsync(r => MeasureKubectlAsync($"kubectl-{r}", false, true), r => MeasureKubectlAsync($"kubectl-{r}", true, true));
Console.WriteLine($"{"kubectl apply --server-side",-32} {kubectlCreate,12:F0} {kubectlUpdate,12:F0}");
var (noValidateCreate, noValidateUpdate) = await MedianAsync(r => MeasureKubectlAsync($"kubectl-nv-{r}", false, false), r => MeasureKubectlAsync($"kubectl-nv-{r}", true, false));
Console.WriteLine($"{"  same with --validate=false",-32} {noValidateCreate,12:F0} {noValidateUpdate,12:F0}");
foreach (var concurrency in new[] { 1, 4, 16 })
{
    var (create, update) = await MedianAsync(r => MeasureClientAsync($"client-c{concurrency}-{r}", concurrency, false), r => MeasureClientAsync($"client-c{concurrency}-{r}", concurrency, true));
    Console.WriteLine($"{$"Kurator.Sdk.Client, concurrency {concurrency}",-32} {create,12:F0} {update,12:F0}   " +
                      $"(x{create / kubectlCreate:F1} / x{update / kubectlUpdate:F1} kubectl; x{create / noValidateCreate:F1} / x{update / noValidateUpdate:F1} kubectl --validate=false)");
}
Console.WriteLine();
Console.WriteLine($"Client retries during the run: {client.Retries}. kubectl figures include process start and discovery from its warm cache;");
Console.WriteLine("with the default --validate=strict kubectl also downloads and parses the group-version's OpenAPI document (here with its full schemas), which dominates its time.");
Directory.Delete(dir, recursive: true);
return 0;

// Runs create-then-update rounds and returns the median of each; rounds use fresh object names.
async Task<(double Create, double Update)> MedianAsync(Func<int, Task<double>> create, Func<int, Task<double>> update)
{
    var creates = new List<double>();
    var updates = new List<double>();
    for (var r = 0; r < Repeats; r++)
    {
        creates.Add(await create(r));
        updates.Add(await update(r));
    }
    return (creates.Order().ElementAt(Repeats / 2), updates.Order().ElementAt(Repeats / 2));
}

async Task<double> MeasureClientAsync(string prefix, int concurrency, bool update)
{
    var batch = Workload.ConfigMaps(prefix, objects);
    if (update) foreach (var o in batch) o["data"]!["mode"] = "updated";
    var options = new ApplyOptions { FieldManager = "bench" };
    var next = -1;
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
    {
        int i;
        while ((i = Interlocked.Increment(ref next)) < batch.Count) await client.ApplyAsync(batch[i], options);
    }));
    return batch.Count / clock.Elapsed.TotalSeconds;
}

async Task<double> MeasureKubectlAsync(string prefix, bool update, bool validate)
{
    var batch = Workload.ConfigMaps(prefix, objects);
    if (update) foreach (var o in batch) o["data"]!["mode"] = "updated";
    var clock = Stopwatch.StartNew();
    await RunKubectlAsync(Workload.AsYamlStream(batch), validate);
    return batch.Count / clock.Elapsed.TotalSeconds;
}

async Task RunKubectlAsync(string yaml, bool validate = true)
{
    var file = Path.Combine(dir, "objects.yaml");
    await File.WriteAllTextAsync(file, yaml);
    var psi = new ProcessStartInfo("kubectl") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
    foreach (var a in new[] { "--kubeconfig", kubeconfig, "--cache-dir", Path.Combine(dir, "cache"), "apply", "--server-side", "--field-manager=bench-kubectl", "--validate=" + (validate ? "strict" : "false"), "-f", file })
        psi.ArgumentList.Add(a);
    using var p = Process.Start(psi) ?? throw new InvalidOperationException("kubectl could not be started (is it on PATH?)");
    var stdout = p.StandardOutput.ReadToEndAsync();
    var stderr = await p.StandardError.ReadToEndAsync();
    await p.WaitForExitAsync();
    await stdout;
    if (p.ExitCode != 0) throw new InvalidOperationException("kubectl apply failed: " + stderr);
}
