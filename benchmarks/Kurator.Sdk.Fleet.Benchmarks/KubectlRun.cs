using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace Kurator.Sdk.Fleet.Benchmarks;

/// <summary>
/// `kubectl apply --server-side` once per context: one context after the other, as a deploy script would, or all contexts
/// at once, as `xargs -P &lt;contexts&gt;` over the context names would run them.
/// </summary>
internal sealed class KubectlRun(string kubeconfig, IReadOnlyList<string> contexts, string work)
{
    public const string Kubectl = "/usr/bin/kubectl";

    private readonly string _cache = Path.Combine(work, "kubectl-cache");

    public static string Version()
    {
        try
        {
            return RunAsync(["version", "--client"], throwOnError: true).GetAwaiter().GetResult().Split('\n')[0].Replace("Client Version: ", "", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException($"{Kubectl} is needed for this benchmark: {e.Message}");
        }
    }

    /// <summary>Per context: Namespaces and the CRD, wait until the CRD is Established, then everything else.</summary>
    public async Task<TimeSpan> ColdAsync(string set, int objects, bool parallel)
    {
        var (foundation, rest) = await WriteAsync(set, objects);
        return await PerContextAsync(parallel, async context =>
        {
            await RunAsync(Common(context, "apply", "--server-side", "--field-manager=bench-kubectl", "-f", foundation));
            await RunAsync(Common(context, "wait", "--for=condition=Established", "--timeout=60s", "crd/widgets." + FleetWorkload.Group(set)));
            await RunAsync(Common(context, "apply", "--server-side", "--field-manager=bench-kubectl", "-f", rest));
        });
    }

    /// <summary>Per context: one apply of all the objects, which are all there already.</summary>
    public async Task<TimeSpan> ReapplyAsync(string set, int objects, bool parallel)
    {
        var (foundation, rest) = await WriteAsync(set, objects);
        return await PerContextAsync(parallel, context => RunAsync(Common(context, "apply", "--server-side", "--field-manager=bench-kubectl", "-f", foundation, "-f", rest)));
    }

    private async Task<TimeSpan> PerContextAsync(bool parallel, Func<string, Task> run)
    {
        var clock = Stopwatch.StartNew();
        if (parallel) await Task.WhenAll(contexts.Select(c => Task.Run(() => run(c))));
        else
        {
            foreach (var context in contexts) await run(context);
        }

        return clock.Elapsed;
    }

    private string[] Common(string context, params string[] rest) => ["--kubeconfig", kubeconfig, "--context", context, "--cache-dir", _cache, .. rest];

    private async Task<(string Foundation, string Resources)> WriteAsync(string set, int objects)
    {
        var dir = Path.Combine(work, "kubectl-" + set);
        Directory.CreateDirectory(dir);
        var all = FleetWorkload.For(set, objects);
        var foundation = Path.Combine(dir, "00-foundation.yaml");
        var rest = Path.Combine(dir, "10-resources.yaml");
        await File.WriteAllTextAsync(foundation, YamlStream(all.Where(FleetWorkload.IsFoundation)));
        await File.WriteAllTextAsync(rest, YamlStream(all.Where(o => !FleetWorkload.IsFoundation(o))));
        return (foundation, rest);
    }

    // JSON documents are YAML documents.
    private static string YamlStream(IEnumerable<JsonObject> objects)
    {
        var sb = new StringBuilder();
        foreach (var o in objects) sb.Append("---\n").Append(o.ToJsonString()).Append('\n');
        return sb.ToString();
    }

    private static async Task<string> RunAsync(string[] args, bool throwOnError = true)
    {
        var psi = new ProcessStartInfo(Kubectl) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi) ?? throw new InvalidOperationException("could not start " + Kubectl);
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = await p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        if (throwOnError && p.ExitCode != 0) throw new InvalidOperationException($"kubectl {string.Join(' ', args.SkipWhile(a => a != "--cache-dir").Skip(2))} failed: {stderr}");
        return await stdout;
    }
}
