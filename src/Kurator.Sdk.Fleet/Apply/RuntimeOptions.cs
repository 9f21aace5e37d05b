using System;

namespace Kurator.Sdk.Fleet.Apply;

/// <summary>How apply, prune and wait behave.</summary>
public sealed record RuntimeOptions
{
    /// <summary>
    /// The server-side apply field manager; null (the default) derives one per ApplySet (<c>kurator-sdk:&lt;app&gt;</c>), so
    /// two apps that declare the same field get a conflict from the server instead of silently sharing it.
    /// </summary>
    public string? FieldManager { get; init; }

    /// <summary>
    /// Take over objects that exist but are not members of this app's ApplySet (kubectl's <c>--force-conflicts</c>), and
    /// fields other appliers declare. Off by default: such an object fails, naming its owner, and is left as it is.
    /// </summary>
    public bool ForceConflicts { get; init; }

    /// <summary>Requests in flight per cluster (clusters run in parallel).</summary>
    public int Concurrency { get; init; } = 8;

    /// <summary>Delete objects this app applied before and no longer defines.</summary>
    public bool Prune { get; init; } = true;

    /// <summary>Wait for readiness after applying.</summary>
    public bool Wait { get; init; } = true;

    /// <summary>How long to wait for readiness (and for CRDs to be established) per cluster.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Delay between readiness polls.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Roll out in waves: the host first, then this many members at a time, each wave only after the previous one is
    /// applied and ready (OCM Progressive / Argo RollingSync). Null applies to all clusters at once.
    /// </summary>
    public int? WaveSize { get; init; }

    /// <summary>With waves: how many failed clusters are tolerated before the remaining waves are not started.</summary>
    public int MaxFailures { get; init; }

    /// <summary>
    /// Told about each cluster as soon as it is finished (applied, pruned and waited for; destroyed; or, with waves, not
    /// started), while others still run. Called from the clusters' tasks: it must be thread-safe.
    /// </summary>
    public Action<Report.ClusterReport>? OnClusterFinished { get; init; }

    /// <summary>
    /// Ask unchanged Flux objects to reconcile now (annotation <c>reconcile.fluxcd.io/requestedAt</c>, as <c>flux reconcile</c>
    /// does), so a re-apply fetches the source again; readiness then waits until <c>status.lastHandledReconcileAt</c> matches.
    /// </summary>
    public bool RequestReconcile { get; init; }

    /// <summary>Namespace of the ApplySet parent Secret in each cluster.</summary>
    public string ApplySetNamespace { get; init; } = "default";
}
