using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Kurator.Sdk.Emulator.Errors;

namespace Kurator.Sdk.Emulator.Storage;

/// <summary>
/// The object storage of one emulated cluster: objects by (group, plural, namespace, name), one resourceVersion counter,
/// a bounded event history for watch resume, and live watch subscriptions. <see cref="Gate"/> is re-entrant so request
/// handlers can hold it across a read-modify-write.
/// </summary>
internal sealed class ObjectStore
{
    private readonly Dictionary<string, SortedDictionary<string, JsonObject>> _byResource = new();
    private readonly LinkedList<StoredEvent> _history = new();
    private readonly List<WatchSubscription> _watchers = new();
    private readonly int _historyLimit;
    private long _resourceVersion = 1;
    private long _compactedThrough;

    public ObjectStore(int historyLimit = 10_000) => _historyLimit = historyLimit;

    public object Gate { get; } = new();

    public long CurrentVersion
    {
        get { lock (Gate) return _resourceVersion; }
    }

    /// <summary>Events at or below this version are gone: watches and continue tokens from before it get 410 Expired.</summary>
    public long CompactedThrough
    {
        get { lock (Gate) return _compactedThrough; }
    }

    private static string ResourceKey(string group, string plural) => group + "/" + plural;

    private static string ItemKey(string ns, string name) => ns + "/" + name;

    public JsonObject? Get(string group, string plural, string ns, string name)
    {
        lock (Gate)
        {
            return _byResource.TryGetValue(ResourceKey(group, plural), out var items) && items.TryGetValue(ItemKey(ns, name), out var obj)
                ? (JsonObject)obj.DeepClone()
                : null;
        }
    }

    /// <summary>All objects of a resource (one namespace, or all when <paramref name="ns"/> is null), ordered by namespace then name.</summary>
    /// <remarks>
    /// With <paramref name="copy"/> false the stored objects themselves are returned: the caller must hold <see cref="Gate"/>
    /// for as long as it reads them, and never change them.
    /// </remarks>
    public (List<JsonObject> Items, long ResourceVersion) List(string group, string plural, string? ns, Func<JsonObject, bool>? where = null, bool copy = true)
    {
        lock (Gate)
        {
            var list = new List<JsonObject>();
            if (_byResource.TryGetValue(ResourceKey(group, plural), out var items))
            {
                var prefix = ns is null ? null : ns + "/";
                foreach (var (key, obj) in items)
                {
                    // Selected before it is copied: a labelled list of a busy kind copies only what it returns.
                    if ((prefix is null || key.StartsWith(prefix, StringComparison.Ordinal)) && (where is null || where(obj))) list.Add(copy ? (JsonObject)obj.DeepClone() : obj);
                }
            }
            return (list, _resourceVersion);
        }
    }

    /// <summary>Stores a created or changed object, stamping a new resourceVersion, and notifies watchers.</summary>
    public JsonObject Put(string group, string plural, string ns, JsonObject obj, bool created)
    {
        lock (Gate)
        {
            var rv = ++_resourceVersion;
            var stored = (JsonObject)obj.DeepClone();
            ((JsonObject)stored["metadata"]!)["resourceVersion"] = rv.ToString(CultureInfo.InvariantCulture);
            var name = (string)stored["metadata"]!["name"]!;
            var key = ResourceKey(group, plural);
            if (!_byResource.TryGetValue(key, out var items)) _byResource[key] = items = new SortedDictionary<string, JsonObject>(StringComparer.Ordinal);
            items.TryGetValue(ItemKey(ns, name), out var previous);
            items[ItemKey(ns, name)] = stored;
            Record(new StoredEvent(created ? "ADDED" : "MODIFIED", group, plural, ns, (JsonObject)stored.DeepClone(), rv) { Previous = previous });
            return (JsonObject)stored.DeepClone();
        }
    }

    /// <summary>Removes an object; the DELETED event carries its last state with a new resourceVersion.</summary>
    public JsonObject? Remove(string group, string plural, string ns, string name)
    {
        lock (Gate)
        {
            if (!_byResource.TryGetValue(ResourceKey(group, plural), out var items) || !items.Remove(ItemKey(ns, name), out var obj)) return null;
            var rv = ++_resourceVersion;
            ((JsonObject)obj["metadata"]!)["resourceVersion"] = rv.ToString(CultureInfo.InvariantCulture);
            Record(new StoredEvent("DELETED", group, plural, ns, (JsonObject)obj.DeepClone(), rv));
            return obj;
        }
    }

    /// <summary>Every stored object of every resource, for garbage collection and namespace deletion.</summary>
    public List<(string Group, string Plural, string Namespace, JsonObject Object)> Everything()
    {
        lock (Gate)
        {
            var all = new List<(string, string, string, JsonObject)>();
            foreach (var (key, items) in _byResource)
            {
                var slash = key.IndexOf('/');
                foreach (var (itemKey, obj) in items)
                {
                    all.Add((key[..slash], key[(slash + 1)..], itemKey[..itemKey.IndexOf('/')], (JsonObject)obj.DeepClone()));
                }
            }
            return all;
        }
    }

    /// <summary>Forgets the event history, as etcd compaction does: older watch positions then get 410 Expired.</summary>
    public void Compact()
    {
        lock (Gate)
        {
            _compactedThrough = _resourceVersion;
            _history.Clear();
        }
    }

    /// <summary>
    /// Subscribes to a resource's events. With a <paramref name="fromVersion"/>, the events after it are replayed first;
    /// a position older than the retained history throws 410 Expired.
    /// </summary>
    public WatchSubscription Subscribe(string group, string plural, string? ns, long? fromVersion)
    {
        lock (Gate)
        {
            var oldest = _history.First?.Value.ResourceVersion ?? _resourceVersion + 1;
            if (fromVersion is { } from && from < _resourceVersion && (from < _compactedThrough || from + 1 < oldest))
            {
                throw ApiError.Expired($"too old resource version: {from} ({Math.Max(_compactedThrough, oldest - 1)})");
            }
            var sub = new WatchSubscription(this, group, plural, ns);
            if (fromVersion is { } start)
            {
                foreach (var e in _history.Where(e => e.ResourceVersion > start)) sub.Offer(e);
            }
            _watchers.Add(sub);
            return sub;
        }
    }

    internal void Unsubscribe(WatchSubscription sub)
    {
        lock (Gate) _watchers.Remove(sub);
    }

    private void Record(StoredEvent e)
    {
        _history.AddLast(e);
        while (_history.Count > _historyLimit)
        {
            _compactedThrough = _history.First!.Value.ResourceVersion;
            _history.RemoveFirst();
        }
        foreach (var w in _watchers) w.Offer(e);
    }
}

/// <summary>A live watch on one resource (optionally one namespace).</summary>
internal sealed class WatchSubscription : IDisposable
{
    private readonly ObjectStore _store;
    private readonly string _group;
    private readonly string _plural;
    private readonly string? _ns;
    private readonly Channel<StoredEvent> _channel = Channel.CreateUnbounded<StoredEvent>(new UnboundedChannelOptions { SingleReader = true });

    internal WatchSubscription(ObjectStore store, string group, string plural, string? ns)
    {
        _store = store;
        _group = group;
        _plural = plural;
        _ns = ns;
    }

    public ChannelReader<StoredEvent> Events => _channel.Reader;

    internal void Offer(StoredEvent e)
    {
        if (e.Group == _group && e.Plural == _plural && (_ns is null || e.Namespace == _ns)) _channel.Writer.TryWrite(e);
    }

    public void Dispose()
    {
        _store.Unsubscribe(this);
        _channel.Writer.TryComplete();
    }
}
