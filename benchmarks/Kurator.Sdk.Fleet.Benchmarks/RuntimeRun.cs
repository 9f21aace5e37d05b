using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Kurator.Sdk.Client;
using Kurator.Sdk.Fleet.Apply;
using Kurator.Sdk.Fleet.Model;
using Kurator.Sdk.Fleet.Report;
using Kurator.Sdk.Fleet.Targets;

namespace Kurator.Sdk.Fleet.Benchmarks;

/// <summary>Our runtime (FleetApplier, as `apply` runs it) over every cluster, in this process or in a fresh child process.</summary>
internal sealed class RuntimeRun(BenchSettings settings, string kubeconfig, IReadOnlyList<string> clusters)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>The plan of one object set: the first cluster is the host, the others members; all get the same objects.</summary>
    public static DeploymentPlan Plan(string set, IReadOnlyList<string> clusters, int objects) =>
        new("fleet-bench-" + set, clusters.Select((c, i) => new ClusterTarget(c, i == 0 ? TargetRole.Host : TargetRole.Member, FleetWorkload.For(set, objects))).ToList());

    public static ClusterConnections Connections(string kubeconfig, IReadOnlyList<string> clusters) =>
        new(kubeconfig, clusters[0], clusters.Skip(1).ToDictionary(c => c, c => c, StringComparer.Ordinal));

    /// <summary>One apply of <paramref name="set"/> with fresh clients (fresh connections and discovery, as a new process has).</summary>
    public async Task<TimeSpan> InProcessAsync(string set, bool wait)
    {
        var plan = Plan(set, clusters, settings.Objects);
        using var connections = Connections(kubeconfig, clusters);
        var clock = Stopwatch.StartNew();
        var report = await FleetApplier.ApplyAsync(plan, connections, Options(wait));
        clock.Stop();
        Check(report, set);
        return clock.Elapsed;
    }

    /// <summary>Starts this program again in child mode and times it from process start to exit; also the apply's own time inside it.</summary>
    public async Task<(TimeSpan Total, TimeSpan Apply)> InChildProcessAsync(string set)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("no process path");
        var psi = new ProcessStartInfo(self) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        // Under `dotnet Program.dll` the host is dotnet itself: pass the assembly.
        if (Path.GetFileNameWithoutExtension(self) == "dotnet") psi.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        foreach (var a in new[] { "--clusters", clusters.Count.ToString(), "--objects", settings.Objects.ToString(), "--concurrency", settings.Concurrency.ToString(), "--child", set, kubeconfig })
            psi.ArgumentList.Add(a);
        var clock = Stopwatch.StartNew();
        using var p = Process.Start(psi) ?? throw new InvalidOperationException("could not start " + self);
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = await p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        clock.Stop();
        var output = await stdout;
        if (p.ExitCode != 0) throw new InvalidOperationException($"child apply failed ({p.ExitCode}): {output}{stderr}");
        return (clock.Elapsed, TimeSpan.FromMilliseconds(double.Parse(output.Trim(), System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>Child mode: one apply with wait; prints its time in milliseconds and exits 0 when it succeeded.</summary>
    public static async Task<int> ChildAsync(BenchSettings settings, string set)
    {
        var clusters = Enumerable.Range(1, settings.Clusters).Select(i => "bench-" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var time = await new RuntimeRun(settings, settings.ChildKubeconfig!, clusters).InProcessAsync(set, wait: true);
        Console.WriteLine(time.TotalMilliseconds.ToString("F0", System.Globalization.CultureInfo.InvariantCulture));
        return 0;
    }

    /// <summary>Every cluster holds set 'ours' once, each object labelled as a member of the app's ApplySet.</summary>
    public async Task<string> VerifyAsync()
    {
        using var connections = Connections(kubeconfig, clusters);
        var plan = Plan("ours", clusters, settings.Objects);
        var counted = 0;
        foreach (var target in plan.Targets)
        {
            var client = connections.ClientFor(target);
            foreach (var (apiVersion, kind) in new[] { ("v1", "ConfigMap"), ("apps/v1", "Deployment"), ("v1", "Service"), (FleetWorkload.Group("ours") + "/v1", "Widget") })
            {
                var items = await client.ListAsync(apiVersion, kind, null, new ListOptions { LabelSelector = "app.kubernetes.io/part-of=fleet-bench" });
                foreach (var item in items.Items.Where(i => ((string?)i["metadata"]!["namespace"])!.StartsWith("ours-ns-", StringComparison.Ordinal)))
                {
                    if (item["metadata"]!["labels"]?["applyset.kubernetes.io/part-of"] is null) throw new InvalidOperationException($"verification: {kind} {item["metadata"]!["name"]} is not labelled as an ApplySet member");
                    counted++;
                }
            }
        }

        var expected = clusters.Count * (settings.Objects - FleetWorkload.Namespaces - 1); // the namespaced objects (Namespaces and the CRD are cluster-wide)
        if (counted != expected) throw new InvalidOperationException($"verification: {counted} objects of set 'ours', expected {expected}");
        return $"verified: the {settings.Objects - FleetWorkload.Namespaces - 1} namespaced objects of set 'ours' are present once in each of the {clusters.Count} clusters.";
    }

    private RuntimeOptions Options(bool wait) => new() { Concurrency = settings.Concurrency, Wait = wait, Timeout = Timeout };

    private void Check(FleetReport report, string set)
    {
        if (!report.Succeeded)
        {
            var errors = report.Clusters.SelectMany(c => c.Errors.Concat(c.NotReady)).Take(10);
            throw new InvalidOperationException($"apply of set '{set}' failed:\n" + string.Join("\n", errors));
        }

        var total = report.Clusters.Sum(c => c.Created + c.Unchanged);
        if (total != clusters.Count * settings.Objects || report.Clusters.Any(c => c.Updated > 0 || c.Pruned > 0))
            throw new InvalidOperationException($"apply of set '{set}': unexpected counts " + string.Join(", ", report.Clusters.Select(c => $"{c.Cluster} {c.Created}/{c.Updated}/{c.Unchanged}/{c.Pruned}")));
    }
}
