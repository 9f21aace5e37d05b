using System;
using System.Collections.Generic;

namespace Kurator.Sdk.Emulator;

/// <summary>How a <see cref="KubeEmulator"/> is started.</summary>
public sealed class EmulatorOptions
{
    /// <summary>Number of emulated clusters (API servers), each on its own random 127.0.0.1 port; ignored when <see cref="ClusterNames"/> is given.</summary>
    public int Clusters { get; set; } = 1;

    /// <summary>Cluster (and kubeconfig context) names are this prefix plus 1, 2, ...; ignored when <see cref="ClusterNames"/> is given.</summary>
    public string NamePrefix { get; set; } = "cluster-";

    /// <summary>
    /// Explicit cluster (and kubeconfig context) names, one emulated cluster each, in this order (e.g. a fleet's host and
    /// member names). Empty means <see cref="Clusters"/> clusters named <see cref="NamePrefix"/> plus a number.
    /// </summary>
    public IList<string> ClusterNames { get; } = new List<string>();

    /// <summary>The names of the clusters to start: <see cref="ClusterNames"/> when given, otherwise prefix plus number.</summary>
    internal IReadOnlyList<string> ResolveNames()
    {
        if (ClusterNames.Count == 0)
        {
            if (Clusters < 1) throw new ArgumentOutOfRangeException(nameof(Clusters), "At least one cluster is required.");
            var numbered = new List<string>();
            for (var i = 1; i <= Clusters; i++) numbered.Add(NamePrefix + i);
            return numbered;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in ClusterNames)
        {
            // Names become kubeconfig cluster, user and context names: keep them to what kubectl users can type.
            if (string.IsNullOrEmpty(name) || name.Length > 253 || !IsNameText(name)) throw new ArgumentException($"ClusterNames: '{name}' is not a usable cluster name (letters, digits, '-', '.', '_', ':', '@')", nameof(ClusterNames));
            if (!seen.Add(name)) throw new ArgumentException($"ClusterNames: '{name}' is given twice", nameof(ClusterNames));
        }

        return new List<string>(ClusterNames);
    }

    private static bool IsNameText(string name)
    {
        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or ':' or '@')) return false;
        }

        return true;
    }

    /// <summary>Seed of the fault injection random source; cluster i uses seed + i, so runs are reproducible.</summary>
    public int Seed { get; set; } = 1;

    /// <summary>
    /// SIMULATION: when true, a fake controller marks Deployments/StatefulSets/DaemonSets available, Jobs complete, Volcano Jobs
    /// Running and Queues Open, Fleets <c>status.phase: Ready</c> and other custom resources with a status subresource <c>Ready=True</c>
    /// (Cluster API kinds also <c>Available=True</c>), after
    /// <see cref="SimulationDelay"/>; Flux objects also copy <c>reconcile.fluxcd.io/requestedAt</c> to
    /// <c>status.lastHandledReconcileAt</c>. An object annotated <c>simulation.kurator.dev/outcome: Failed</c> is failed instead.
    /// No real controller runs in the emulator; this only exercises readiness waiting.
    /// </summary>
    public bool SimulateControllers { get; set; }

    /// <summary>Delay before the simulated controller writes status.</summary>
    public TimeSpan SimulationDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Extra DNS names on the serving certificates (to exercise tls-server-name).</summary>
    public IList<string> ExtraServerNames { get; } = new List<string>();

    /// <summary>Serve aggregated discovery (apidiscovery.k8s.io/v2) when asked; false serves only the legacy documents, like an older server.</summary>
    public bool AggregatedDiscovery { get; set; } = true;

    /// <summary>
    /// A folder that keeps the clusters' objects between runs: each cluster starts with what <c>&lt;name&gt;.state.json</c>
    /// there holds (when present), and <see cref="KubeEmulator.SaveState"/> writes it back. Null: clusters start empty.
    /// The files hold Secret data and are written owner-only.
    /// </summary>
    public string? StateDirectory { get; set; }

    /// <summary>How often idle watches with allowWatchBookmarks receive a BOOKMARK.</summary>
    public TimeSpan BookmarkInterval { get; set; } = TimeSpan.FromSeconds(1);
}
