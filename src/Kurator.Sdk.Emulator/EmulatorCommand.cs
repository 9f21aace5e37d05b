using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Kurator.Sdk.Emulator;

/// <summary>The body of <c>kurator-sdk emulator --clusters N --kubeconfig &lt;file&gt;</c>, for the CLI to wire up.</summary>
public static class EmulatorCommand
{
    /// <summary>
    /// Starts <paramref name="clusters"/> emulated clusters (with the controller simulation on), writes their kubeconfig,
    /// prints the contexts, and serves until <paramref name="cancellationToken"/> is cancelled (Ctrl-C); then returns 0.
    /// The caller checks <paramref name="clusters"/> (at least 1) and reports a bad value as a usage error.
    /// </summary>
    public static async Task<int> RunAsync(int clusters, string kubeconfigPath, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfLessThan(clusters, 1);
        await using var emulator = await KubeEmulator.StartAsync(new EmulatorOptions { Clusters = clusters, SimulateControllers = true });
        emulator.WriteKubeConfig(kubeconfigPath);
        await output.WriteLineAsync($"Kubernetes API emulator: {clusters} cluster(s); kubeconfig written to {Path.GetFullPath(kubeconfigPath)}");
        await output.WriteLineAsync("Controller simulation is ON (status is simulated, no workloads run).");
        foreach (var c in emulator.Clusters) await output.WriteLineAsync($"  context {c.Name,-12} {c.Server}");
        await output.WriteLineAsync($"Try: kubectl --kubeconfig {kubeconfigPath} get namespaces    (Ctrl-C to stop)");
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Ctrl-C: shut down cleanly.
        }
        await output.WriteLineAsync("emulator stopped");
        return 0;
    }
}
