using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Reflection;
using System.Threading.Tasks;
using Kurator.Sdk.Client.Discovery;
using Kurator.Sdk.Emulator;
using Kurator.Sdk.Fleet.Apply;
using Kurator.Sdk.Fleet.Model;
using Kurator.Sdk.Fleet.Targets;

namespace Kurator.Sdk.Fleet.Benchmarks;

/// <summary>
/// <c>--profile</c>: load-independent figures of a no-change re-apply as the kurator-sdk tool runs it (every context a
/// member, no host, discovery from a disk cache): the requests each cluster serves (from the emulator's request log), and, in a child process that
/// holds only the client side, the CPU time, allocations, connections, TLS handshakes and socket bytes of each run.
/// </summary>
internal static class ProfileRun
{
    private const string Set = "profile";
    private const int Runs = 5;

    public static async Task<int> RunAsync(BenchSettings settings, KubeEmulator emulator, string kubeconfig, IReadOnlyList<string> clusters)
    {
        var options = new RuntimeOptions { Concurrency = settings.Concurrency, Wait = true, Timeout = TimeSpan.FromMinutes(5) };
        using (var connections = new ClusterConnections(kubeconfig, null) { DiscoveryCache = Cache(kubeconfig) })
        {
            var cold = await FleetApplier.ApplyAsync(ToolPlan(clusters, settings.Objects), connections, options);
            if (!cold.Succeeded) throw new InvalidOperationException("cold apply failed: " + string.Join("; ", cold.Clusters.SelectMany(c => c.Errors).Take(5)));
        }

        var before = emulator.Clusters.ToDictionary(c => c.Name, c => c.Requests.Count);
        var output = await ChildAsync(settings, kubeconfig);
        Console.Write(output);
        var perCluster = emulator.Clusters.Select(c => c.Requests.Skip(before[c.Name]).ToList()).ToList();
        if (perCluster.Any(r => r.Count >= 2000 - before.Values.Max())) Console.WriteLine("(the emulator's request log of 2000 entries overflowed: counts below are low)");
        var runs = Runs + 1;
        Console.WriteLine($"requests per cluster per no-change re-apply (mean of {runs} runs x {clusters.Count} clusters): {perCluster.Sum(r => r.Count) / (double)(runs * clusters.Count):F1}");
        foreach (var verb in perCluster.SelectMany(r => r).GroupBy(r => r.Method).OrderBy(g => g.Key, StringComparer.Ordinal))
            Console.WriteLine($"  {verb.Key,-7} {verb.Count() / (double)(runs * clusters.Count),6:F1}");
        Console.WriteLine($"the last run's requests to {clusters[0]}:");
        var last = perCluster[0].Skip(perCluster[0].Count / runs * (runs - 1)).ToList();
        using var http = Raw(emulator.Clusters[0]);
        foreach (var r in last)
        {
            // The response size as served now (uncompressed JSON), asked again outside the measured runs.
            var size = r.Method == "GET" ? (await http.GetByteArrayAsync(new Uri(emulator.Clusters[0].Server, r.PathAndQuery))).Length / 1024.0 : 0;
            Console.WriteLine($"  {r.Method,-7} {r.StatusCode} {r.Protocol} {size,7:F1} KB  {r.PathAndQuery}");
        }

        return 0;
    }

    /// <summary>A plain client of one emulated cluster as its admin (the emulator's own CA is trusted here only).</summary>
    private static HttpClient Raw(EmulatedCluster cluster)
    {
        var http = new HttpClient(new SocketsHttpHandler { SslOptions = { RemoteCertificateValidationCallback = (_, _, _, _) => true } });
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", cluster.AdminToken);
        return http;
    }

    /// <summary>The tool's discovery cache (it uses the user's), here beside the run's kubeconfig.</summary>
    private static DiscoveryCache Cache(string kubeconfig) => new(Path.Combine(Path.GetDirectoryName(kubeconfig)!, "discovery-cache"), DiscoveryCache.DefaultTtl);

    /// <summary>The tool's plan: one member target per context, no host, every target with the same objects (as the tool's).</summary>
    private static DeploymentPlan ToolPlan(IReadOnlyList<string> clusters, int objects)
    {
        var shared = FleetWorkload.For(Set, objects);
        return new("fleet-bench-" + Set, clusters.Select(c => new ClusterTarget(c, TargetRole.Member, shared)).ToList());
    }

    private static async Task<string> ChildAsync(BenchSettings settings, string kubeconfig)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("no process path");
        var psi = new ProcessStartInfo(self) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet") psi.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        foreach (var a in new[] { "--clusters", settings.Clusters.ToString(CultureInfo.InvariantCulture), "--objects", settings.Objects.ToString(CultureInfo.InvariantCulture), "--concurrency", settings.Concurrency.ToString(CultureInfo.InvariantCulture), "--child-profile", kubeconfig })
            psi.ArgumentList.Add(a);
        using var p = Process.Start(psi) ?? throw new InvalidOperationException("could not start " + self);
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = await p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        if (p.ExitCode != 0) throw new InvalidOperationException($"profile child failed ({p.ExitCode}): {await stdout}{stderr}");
        return await stdout;
    }

    /// <summary>Child mode: one re-apply in this fresh process, then <see cref="Runs"/> more with fresh clients; one line each.</summary>
    public static async Task<int> ChildAsync(BenchSettings settings)
    {
        var clusters = Enumerable.Range(1, settings.Clusters).Select(i => "bench-" + i.ToString("D2", CultureInfo.InvariantCulture)).ToList();
        var options = new RuntimeOptions { Concurrency = settings.Concurrency, Wait = true, Timeout = TimeSpan.FromMinutes(5) };
        using var network = new NetworkEvents();
        using var allocations = new AllocationSampler();
        Console.WriteLine("run        wall ms   CPU ms   alloc MB  connections  TLS handshakes  HTTP requests  socket KB in/out");
        for (var run = 0; run <= Runs; run++)
        {
            var plan = ToolPlan(clusters, settings.Objects);
            allocations.Enabled = run > 0;
            var mark = network.Mark();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            using (var connections = new ClusterConnections(settings.ChildKubeconfig, null) { DiscoveryCache = Cache(settings.ChildKubeconfig!) })
            {
                var report = await FleetApplier.ApplyAsync(plan, connections, options);
                if (!report.Succeeded || report.Clusters.Any(c => c.Unchanged != settings.Objects))
                    throw new InvalidOperationException("re-apply was not a no-change re-apply: " + string.Join(", ", report.Clusters.Select(c => $"{c.Cluster} {c.Created}/{c.Updated}/{c.Unchanged}/{c.Pruned} {string.Join("; ", c.Errors)}")));
            }

            clock.Stop();
            var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
            var allocMb = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0;
            var n = await network.SinceAsync(mark);
            Console.WriteLine($"{(run == 0 ? "fresh" : "warm " + run),-9} {clock.Elapsed.TotalMilliseconds,8:F0} {cpuMs,8:F0} {allocMb,10:F1} {n.Connections,12} {n.Handshakes,15} {n.Requests,14}  {n.BytesReceived / 1024,7:F0}/{n.BytesSent / 1024:F0}");
        }

        allocations.Enabled = false;
        Console.WriteLine($"allocated per warm run, by type (sampled about every 100 KB):");
        foreach (var line in allocations.Top(15, Runs)) Console.WriteLine(line);
        return 0;
    }
}
