using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace Kurator.Sdk.Fleet.Report;

/// <summary>Readiness of a cluster's objects after apply.</summary>
public enum ReadinessState
{
    /// <summary>Not waited for (nothing applied, the cluster failed, or waiting was turned off).</summary>
    Skipped,

    /// <summary>Every object is Current.</summary>
    Ready,

    /// <summary>Some objects were still in progress when the timeout ran out.</summary>
    TimedOut,

    /// <summary>Some objects failed.</summary>
    Failed,
}

/// <summary>What happened in one cluster. Counters are updated concurrently while objects are applied.</summary>
public sealed class ClusterReport
{
    private readonly ConcurrentQueue<string> _errors = new();
    private int _created;
    private int _updated;
    private int _unchanged;
    private int _pruned;
    private int _deleted;
    private int _failed;

    /// <summary>Creates an empty report for <paramref name="cluster"/>.</summary>
    public ClusterReport(string cluster) => Cluster = cluster;

    /// <summary>The target name (<c>host</c> or a member name).</summary>
    public string Cluster { get; }

    /// <summary>Objects created.</summary>
    public int Created => _created;

    /// <summary>Objects changed by the apply.</summary>
    public int Updated => _updated;

    /// <summary>Objects already as defined (nothing sent).</summary>
    public int Unchanged => _unchanged;

    /// <summary>Objects this app applied before, no longer defines, and deleted.</summary>
    public int Pruned => _pruned;

    /// <summary>Objects deleted by <c>destroy</c>.</summary>
    public int Deleted => _deleted;

    /// <summary>Objects that could not be applied or pruned (or 1 when the whole cluster was unreachable).</summary>
    public int Failed => _failed;

    /// <summary>Readiness after apply.</summary>
    public ReadinessState Readiness { get; internal set; }

    /// <summary>Objects not ready (failed or still in progress), as <c>Kind/ns/name: reason</c>.</summary>
    public IReadOnlyList<string> NotReady { get; internal set; } = [];

    /// <summary>The errors, as <c>Kind/ns/name: message</c>.</summary>
    public IReadOnlyList<string> Errors => _errors.ToList();

    /// <summary>True when nothing failed and the objects are ready (or readiness was not waited for).</summary>
    public bool Succeeded => Failed == 0 && Readiness is ReadinessState.Ready or ReadinessState.Skipped;

    internal void AddCreated() => Interlocked.Increment(ref _created);

    internal void AddUpdated() => Interlocked.Increment(ref _updated);

    internal void AddUnchanged() => Interlocked.Increment(ref _unchanged);

    internal void AddPruned() => Interlocked.Increment(ref _pruned);

    internal void AddDeleted() => Interlocked.Increment(ref _deleted);

    internal void AddFailure(string what, string message)
    {
        Interlocked.Increment(ref _failed);
        _errors.Enqueue(what + ": " + message);
    }
}
