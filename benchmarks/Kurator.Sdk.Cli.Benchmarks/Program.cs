using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using Kurator.Sdk.Cli.Benchmarks;

// Start time of `kurator-sdk kinds` and `kurator-sdk validate <small file>`, the Native AOT tool against the JIT tool,
// with `kubectl version --client` as the baseline, all in one run: every command a fresh process, the commands taken in
// turn (so machine load falls on all of them alike), median and minimum of the runs.
var settings = StartSettings.Parse(args, RepoRoot());
var work = Directory.CreateTempSubdirectory("kurator-start-bench-").FullName;
try
{
    var small = Path.Combine(work, "configmap.yaml");
    File.WriteAllText(small, "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  namespace: default\ndata:\n  mode: fast\n");
    var cases = new List<StartCase>
    {
        new("kubectl version --client", "/usr/bin/kubectl", ["version", "--client"]),
        new("kurator-sdk kinds, Native AOT", settings.Native, ["kinds"]),
        new("kurator-sdk kinds, JIT (dotnet kurator-sdk.dll)", "dotnet", [settings.JitDll, "kinds"]),
        new("kurator-sdk validate <1 ConfigMap>, Native AOT", settings.Native, ["validate", small]),
        new("kurator-sdk validate <1 ConfigMap>, JIT (dotnet kurator-sdk.dll)", "dotnet", [settings.JitDll, "validate", small]),
    };

    Console.WriteLine($"Start time, fresh process each, {settings.Runs} runs per command after {StartSettings.Warmups} warm-up runs, taken in turn.");
    Console.WriteLine($"Machine: {Environment.ProcessorCount} logical cores, .NET {Environment.Version}, load average {LoadAverage()} at start.");
    Console.WriteLine($"native: {settings.Native}\njit:    {settings.JitDll}\n");
    foreach (var c in cases)
    {
        for (var i = 0; i < StartSettings.Warmups; i++) c.RunOnce();
    }

    for (var run = 0; run < settings.Runs; run++)
    {
        foreach (var c in cases) c.Times.Add(c.RunOnce());
    }

    Console.WriteLine($"{"command",-66} {"median",9} {"min",9}");
    foreach (var c in cases) Console.WriteLine($"{c.Name,-66} {Ms(c.Median),9} {Ms(c.Min),9}");
    var kubectl = cases[0].Median;
    Console.WriteLine();
    foreach (var c in cases.Skip(1)) Console.WriteLine($"{c.Name}: {c.Median.TotalMilliseconds / kubectl.TotalMilliseconds:F2}x kubectl's start (goal <= 1.00 for Native AOT)");
    Console.WriteLine($"load average at end: {LoadAverage()}");
    return 0;
}
finally
{
    Directory.Delete(work, recursive: true);
}

static string Ms(TimeSpan t) => t.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture) + " ms";

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

static string RepoRoot() => typeof(StartCase).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "KuratorSdkRepoRoot").Value!;
