using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace Kurator.Sdk.Fleet.Benchmarks;

/// <summary>
/// The kurator-sdk tool (a native executable, or a kurator-sdk.dll run with dotnet) applying the same workload as plain
/// manifests to every context in one fresh process: `kurator-sdk apply -f dir --context ...`, as a user types it.
/// </summary>
internal sealed class ToolRun(string tool, string kubeconfig, IReadOnlyList<string> contexts, string work, int concurrency)
{
    /// <summary>What the tool is, for the printed rows.</summary>
    public string Label => tool.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? "kurator-sdk (JIT, dotnet " + Path.GetFileName(tool) + ")" : "kurator-sdk (" + Path.GetFileName(tool) + ")";

    /// <summary>
    /// The CPU time this process (the emulator serving every cluster) spent during the last <see cref="ApplyAsync"/>: the
    /// server's share of the machine's two cores, which the tool's wall time includes.
    /// </summary>
    public TimeSpan LastServerCpu { get; private set; }

    /// <summary>One `apply` of <paramref name="set"/> (with the readiness wait), timed from process start to exit.</summary>
    public async Task<TimeSpan> ApplyAsync(string set, int objects)
    {
        var dir = Path.Combine(work, "tool-" + set);
        if (!Directory.Exists(dir))
        {
            Directory.CreateDirectory(dir);
            var sb = new StringBuilder();
            foreach (var o in FleetWorkload.For(set, objects)) sb.Append("---\n").Append(o.ToJsonString()).Append('\n');
            await File.WriteAllTextAsync(Path.Combine(dir, "all.yaml"), sb.ToString());
        }

        var psi = new ProcessStartInfo(tool.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? "dotnet" : tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (psi.FileName == "dotnet") psi.ArgumentList.Add(tool);
        var args = new List<string> { "apply", "-f", dir, "--kubeconfig", kubeconfig, "--applyset", "fleet-bench-" + set, "--concurrency", concurrency.ToString(System.Globalization.CultureInfo.InvariantCulture), "--timeout", "300" };
        foreach (var c in contexts) args.AddRange(["--context", c]);
        foreach (var a in args) psi.ArgumentList.Add(a);
        var serverCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        using var p = Process.Start(psi) ?? throw new InvalidOperationException("could not start " + tool);
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = await p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        clock.Stop();
        LastServerCpu = Process.GetCurrentProcess().TotalProcessorTime - serverCpu;
        if (p.ExitCode != 0) throw new InvalidOperationException($"{tool} apply of set '{set}' failed ({p.ExitCode}): {await stdout}{stderr}");
        return clock.Elapsed;
    }
}
