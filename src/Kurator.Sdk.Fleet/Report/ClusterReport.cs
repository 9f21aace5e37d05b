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

    /// <summary>Not started: with waves, earlier waves had more failed clusters than tolerated.</summary>
    NotStarted,
}

/// <summary>What happened in one cluster. Counters are updated concurrently while objects are applied.</summary>
public sealed class ClusterReport
{
    private readonly ConcurrentQueue<ReportEntry> _errors = new();
    private readonly ConcurrentQueue<ReportEntry> _notes = new();
    private int _drifted;
    private int _takenOver;
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

    /// <summary>Of <see cref="Updated"/>: objects whose definition had not changed but that were edited out of band, and corrected.</summary>
    public int Drifted => _drifted;

    /// <summary>Of <see cref="Updated"/>: objects of another owner taken over with <c>ForceConflicts</c>.</summary>
    public int TakenOver => _takenOver;

    /// <summary>
    /// What happened to particular objects that is worth a line but not a failure: drift corrected (and where), objects
    /// taken over (and from whom), objects prune or destroy left alone because they were no longer this set's.
    /// </summary>
    public IReadOnlyList<string> Notes => _notes.Select(n => n.ToString()).ToList();

    /// <summary>The <see cref="Notes"/> as data: the object and what happened to it.</summary>
    public IReadOnlyList<ReportEntry> NoteEntries => _notes.ToList();

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
    public IReadOnlyList<string> Errors => _errors.Select(e => e.ToString()).ToList();

    /// <summary>The <see cref="Errors"/> as data: what failed (an object, the cluster, a list) and why.</summary>
    public IReadOnlyList<ReportEntry> ErrorEntries => _errors.ToList();

    /// <summary>True when nothing failed and the objects are ready (or readiness was not waited for).</summary>
    public bool Succeeded => Failed == 0 && Readiness is ReadinessState.Ready or ReadinessState.Skipped;

    internal void AddCreated() => Interlocked.Increment(ref _created);

    internal void AddUpdated() => Interlocked.Increment(ref _updated);

    /// <summary>One line of counts, as apply's progress prints it: <c>1 created, 2 updated (1 drift), 5 unchanged, 0 pruned, 0 failed</c>.</summary>
    public string ApplySummary()
    {
        var extra = string.Join(", ", new[] { Drifted > 0 ? $"{Drifted} drift" : null, TakenOver > 0 ? $"{TakenOver} taken over" : null }.Where(p => p is not null));
        var updated = extra.Length == 0 ? $"{Updated} updated" : $"{Updated} updated ({extra})";
        return $"{Created} created, {updated}, {Unchanged} unchanged, {Pruned} pruned, {Failed} failed";
    }

    /// <summary>One line of counts, as destroy's progress prints it: <c>5 deleted, 0 failed</c>.</summary>
    public string DestroySummary() => $"{Deleted} deleted, {Failed} failed";

    internal void AddDrifted(string what, string path)
    {
        Interlocked.Increment(ref _updated);
        Interlocked.Increment(ref _drifted);
        _notes.Enqueue(new ReportEntry(what, $"updated (drift): {path} had been changed out of band"));
    }

    internal void AddTakenOver(string what, string owner)
    {
        Interlocked.Increment(ref _updated);
        Interlocked.Increment(ref _takenOver);
        _notes.Enqueue(new ReportEntry(what, $"taken over from {owner} (--force-conflicts)"));
    }

    internal void AddNote(string what, string message) => _notes.Enqueue(new ReportEntry(what, message));

    internal void AddUnchanged() => Interlocked.Increment(ref _unchanged);

    internal void AddPruned() => Interlocked.Increment(ref _pruned);

    internal void AddDeleted() => Interlocked.Increment(ref _deleted);

    internal void AddFailure(string what, string message)
    {
        Interlocked.Increment(ref _failed);
        _errors.Enqueue(new ReportEntry(what, message));
    }
}
