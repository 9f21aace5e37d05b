using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Kurator.Sdk.Emulator;
using Kurator.Sdk.Fleet.Benchmarks;

// Fleet apply, our runtime against `kubectl apply --server-side` run once per context (sequentially, as a script would,
// and all contexts at once, as xargs -P would),
// in one run against one emulator: N clusters x M objects, cold (clusters without the objects) and no-change re-apply.
var settings = BenchSettings.Parse(args);
if (settings.ChildSet is { } childSet) return await RuntimeRun.ChildAsync(settings, childSet);
if (settings.ChildProfile) return await ProfileRun.ChildAsync(settings);

var work = Directory.CreateTempSubdirectory("kurator-fleet-bench-").FullName;
try
{
    var names = Enumerable.Range(1, settings.Clusters).Select(i => "bench-" + i.ToString("D2", CultureInfo.InvariantCulture)).ToList();
    var options = new EmulatorOptions { SimulateControllers = true };
    foreach (var name in names) options.ClusterNames.Add(name);
    await using var emulator = await KubeEmulator.StartAsync(options);
    var kubeconfig = Path.Combine(work, "kubeconfig");
    emulator.WriteKubeConfig(kubeconfig);
    if (settings.Profile) return await ProfileRun.RunAsync(settings, emulator, kubeconfig, names);
    var runtime = new RuntimeRun(settings, kubeconfig, names);
    var kubectl = new KubectlRun(kubeconfig, names, work);

    Console.WriteLine($"Fleet apply: {settings.Clusters} emulated clusters x {settings.Objects} objects ({FleetWorkload.Namespaces} Namespaces, 1 CRD, ConfigMaps, Deployments, Services, custom resources)");
    Console.WriteLine($"Our runtime: clusters in parallel, {settings.Concurrency} requests in flight per cluster (RuntimeOptions.Concurrency; client limit 16), prune bookkeeping included.");
    Console.WriteLine($"kubectl {KubectlRun.Version()}: one context after the other; cold = apply Namespaces+CRD, wait Established, apply the rest; re-apply = one apply of everything.");
    Console.WriteLine($"Machine: {Environment.ProcessorCount} logical cores, .NET {Environment.Version}; the emulator runs in this process (simulated controllers on).");
    Console.WriteLine();

    var rows = new List<(string What, TimeSpan Time)>();
    void Row(string what, TimeSpan time)
    {
        rows.Add((what, time));
        Console.WriteLine($"{what,-76} {time.TotalSeconds,8:F2} s");
    }

    // The kurator-sdk tool(s): one fresh process applying the manifests to every context, as a user runs it.
    var toolRows = new List<(string Label, TimeSpan Cold, TimeSpan Reapply)>();
    foreach (var (tool, index) in settings.Tools.Select((t, i) => (t, i)))
    {
        var run = new ToolRun(tool, kubeconfig, names, work, settings.Concurrency);
        var set = "tool" + index.ToString(CultureInfo.InvariantCulture);
        var toolCold = await run.ApplyAsync(set, settings.Objects);
        Row($"{run.Label}, cold apply + wait", toolCold);
        var reapplies = new List<(TimeSpan Wall, TimeSpan Server)>();
        for (var i = 0; i < 3; i++) reapplies.Add((await run.ApplyAsync(set, settings.Objects), run.LastServerCpu));
        var toolReapply = Median(reapplies.Select(r => r.Wall).ToArray());
        Row($"{run.Label}, no-change re-apply + wait (median of 3)", toolReapply);
        Console.WriteLine($"  the emulator's CPU time (this process) during each re-apply: {string.Join(" / ", reapplies.Select(r => r.Server.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture) + " ms"))}");
        toolRows.Add((run.Label, toolCold, toolReapply));
    }

    if (settings.ToolsOnly)
    {
        // kubectl's set must exist before it can be re-applied: the cold apply first.
        Row($"kubectl apply --server-side, {settings.Clusters} contexts sequentially, cold", await kubectl.ColdAsync("kubectl", settings.Objects, parallel: false));
        var onlyReapply = await kubectl.ReapplyAsync("kubectl", settings.Objects, parallel: false);
        Row($"kubectl apply --server-side, {settings.Clusters} contexts sequentially, re-apply", onlyReapply);
        Console.WriteLine();
        foreach (var (label, toolCold, toolReapply) in toolRows)
            Console.WriteLine($"re-apply:  kubectl / {label} = {onlyReapply / toolReapply:F1}x   (goal >= 100x)");
        return 0;
    }

    // Our runtime in a fresh process (process start, JIT, discovery included), as `dotnet run -- apply` would run it.
    var procCold = await runtime.InChildProcessAsync("ours-proc");
    Row("ours, fresh process, cold apply + wait", procCold.Total);
    var procRuns = new[] { await runtime.InChildProcessAsync("ours-proc"), await runtime.InChildProcessAsync("ours-proc"), await runtime.InChildProcessAsync("ours-proc") };
    var procReapply = Median(procRuns.Select(r => r.Total).ToArray());
    Row("ours, fresh process, no-change re-apply + wait (median of 3)", procReapply);
    Console.WriteLine($"  (of which the apply itself, after process start and before exit: cold {procCold.Apply.TotalSeconds:F2} s, re-apply {Median(procRuns.Select(r => r.Apply).ToArray()).TotalSeconds:F2} s)");

    // The same in this process (fresh clients and discovery each run, JIT warm after the first).
    var inProcessCold = await runtime.InProcessAsync("ours", wait: true);
    Row("ours, in process, cold apply + wait", inProcessCold);
    var inProcessReapply = Median([await runtime.InProcessAsync("ours", true), await runtime.InProcessAsync("ours", true), await runtime.InProcessAsync("ours", true)]);
    Row("ours, in process, no-change re-apply + wait (median of 3)", inProcessReapply);
    Row("ours, in process, cold apply, --no-wait", await runtime.InProcessAsync("ours-nowait", wait: false));
    Row("ours, in process, no-change re-apply, --no-wait (median of 3)", Median([await runtime.InProcessAsync("ours-nowait", false), await runtime.InProcessAsync("ours-nowait", false), await runtime.InProcessAsync("ours-nowait", false)]));

    var kubectlCold = await kubectl.ColdAsync("kubectl", settings.Objects, parallel: false);
    Row($"kubectl apply --server-side, {settings.Clusters} contexts sequentially, cold", kubectlCold);
    var kubectlReapply = await kubectl.ReapplyAsync("kubectl", settings.Objects, parallel: false);
    Row($"kubectl apply --server-side, {settings.Clusters} contexts sequentially, re-apply", kubectlReapply);
    var parallelCold = await kubectl.ColdAsync("kubectl-par", settings.Objects, parallel: true);
    Row($"kubectl apply --server-side, {settings.Clusters} contexts in parallel (xargs -P), cold", parallelCold);
    var parallelReapply = await kubectl.ReapplyAsync("kubectl-par", settings.Objects, parallel: true);
    Row($"kubectl apply --server-side, {settings.Clusters} contexts in parallel (xargs -P), re-apply", parallelReapply);

    // Named, not by row position: the tool rows (--tool) come first.
    var cold = procCold.Total;
    Console.WriteLine();
    Console.WriteLine($"cold:      kubectl / ours (fresh process) = {kubectlCold / cold:F1}x   (goal >= 10x; in process: {kubectlCold / inProcessCold:F1}x)");
    Console.WriteLine($"re-apply:  kubectl / ours (fresh process) = {kubectlReapply / procReapply:F1}x   (goal >= 50x; in process: {kubectlReapply / inProcessReapply:F1}x)");
    Console.WriteLine($"cold:      kubectl in parallel / ours (fresh process) = {parallelCold / cold:F1}x   (in process: {parallelCold / inProcessCold:F1}x)");
    Console.WriteLine($"re-apply:  kubectl in parallel / ours (fresh process) = {parallelReapply / procReapply:F1}x   (in process: {parallelReapply / inProcessReapply:F1}x)");
    foreach (var (label, toolCold, toolReapply) in toolRows)
    {
        Console.WriteLine($"cold:      kubectl / {label} = {kubectlCold / toolCold:F1}x");
        Console.WriteLine($"re-apply:  kubectl / {label} = {kubectlReapply / toolReapply:F1}x   (goal >= 100x; in parallel: {parallelReapply / toolReapply:F1}x)");
    }

    Console.WriteLine($"per-cluster concurrency: {settings.Concurrency}; clusters in parallel: {settings.Clusters}; kubectl: 1 process at a time, or {settings.Clusters} at once (xargs -P)");
    var verify = await runtime.VerifyAsync();
    Console.WriteLine(verify);
    return 0;
}
finally
{
    Directory.Delete(work, recursive: true);
}

static TimeSpan Median(TimeSpan[] times) => times.Order().ElementAt(times.Length / 2);
