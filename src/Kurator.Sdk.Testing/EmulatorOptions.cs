using System;
using System.Collections.Generic;

namespace Kurator.Sdk.Testing;

/// <summary>How a <see cref="KubeEmulator"/> is started.</summary>
public sealed class EmulatorOptions
{
    /// <summary>Number of emulated clusters (API servers), each on its own random 127.0.0.1 port.</summary>
    public int Clusters { get; set; } = 1;

    /// <summary>Cluster (and kubeconfig context) names are this prefix plus 1, 2, ...</summary>
    public string NamePrefix { get; set; } = "cluster-";

    /// <summary>Seed of the fault injection random source; cluster i uses seed + i, so runs are reproducible.</summary>
    public int Seed { get; set; } = 1;

    /// <summary>
    /// SIMULATION: when true, a fake controller marks Deployments/StatefulSets/DaemonSets available, Jobs complete, Volcano Jobs
    /// Running and Queues Open, Fleets <c>status.phase: Ready</c> and other custom resources with a status subresource <c>Ready=True</c>, after
    /// <see cref="SimulationDelay"/>. An object annotated <c>simulation.kurator.dev/outcome: Failed</c> is failed instead.
    /// No real controller runs in the emulator; this only exercises readiness waiting.
    /// </summary>
    public bool SimulateControllers { get; set; }

    /// <summary>Delay before the simulated controller writes status.</summary>
    public TimeSpan SimulationDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Extra DNS names on the serving certificates (to exercise tls-server-name).</summary>
    public IList<string> ExtraServerNames { get; } = new List<string>();

    /// <summary>Serve aggregated discovery (apidiscovery.k8s.io/v2) when asked; false serves only the legacy documents, like an older server.</summary>
    public bool AggregatedDiscovery { get; set; } = true;

    /// <summary>How often idle watches with allowWatchBookmarks receive a BOOKMARK.</summary>
    public TimeSpan BookmarkInterval { get; set; } = TimeSpan.FromSeconds(1);
}
