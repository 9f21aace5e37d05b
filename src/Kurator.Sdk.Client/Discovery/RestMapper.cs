using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Kurator.Sdk.Client.Discovery;

/// <summary>Maps apiVersion + kind to the served resource (plural, scope), refreshing discovery once when a kind is unknown (e.g. a CRD just created).</summary>
public sealed class RestMapper
{
    private readonly DiscoveryClient _discovery;
    private readonly DiscoveryCacheFile? _cache;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IReadOnlyList<ApiResource>? _resources;
    private volatile KindIndex? _index;
    private long _generation;
    private volatile bool _cacheTrusted = true;
    private volatile bool _fromCache;

    /// <summary>Creates a mapper over a discovery client.</summary>
    public RestMapper(DiscoveryClient discovery) => _discovery = discovery;

    /// <summary>
    /// Creates a mapper that first loads discovery from <paramref name="cache"/> (when it has a fresh entry) and records
    /// every load from the server there. A kind the cached discovery lacks is looked up on the server, as any miss is.
    /// </summary>
    public RestMapper(DiscoveryClient discovery, DiscoveryCacheFile? cache)
    {
        _discovery = discovery;
        _cache = cache;
    }

    /// <summary>How many times discovery has been loaded.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>Finds the resource for <paramref name="apiVersion"/>/<paramref name="kind"/>.</summary>
    /// <exception cref="KindNotFoundException">Not served, even after a refresh.</exception>
    public Task<ApiResource> MapAsync(string apiVersion, string kind, CancellationToken cancellationToken = default) =>
        // Every object of an apply asks: a known kind is answered from the index of the loaded list, with no await.
        _resources is { } loaded && IndexOf(loaded).Find(apiVersion, kind) is { } known ? known : MapSlowAsync(apiVersion, kind, cancellationToken);

    private async Task<ApiResource> MapSlowAsync(string apiVersion, string kind, CancellationToken cancellationToken)
    {
        var seen = Generation;
        var found = IndexOf(await LoadAsync(false, cancellationToken)).Find(apiVersion, kind);
        if (found is not null) return await found;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            // Only one refresh per miss wave: a concurrent caller may already have refreshed.
            // ... unless what was found came from the disk cache: a miss there is always asked of the server.
            if (Generation == seen || _fromCache) await RefreshLockedAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
        return await (IndexOf(_resources!).Find(apiVersion, kind)
            ?? throw new KindNotFoundException($"no matches for kind \"{kind}\" in version \"{apiVersion}\""));
    }

    /// <summary>Drops the cached discovery so the next lookup reloads it from the server (never from the disk cache).</summary>
    public void Invalidate()
    {
        _cacheTrusted = false;
        _resources = null;
    }

    // The index of the list now loaded; a new list (a refresh, the disk cache) gets a new index on first use.
    private KindIndex IndexOf(IReadOnlyList<ApiResource> resources)
    {
        var index = _index;
        if (index is not null && ReferenceEquals(index.Resources, resources)) return index;
        index = new KindIndex(resources);
        _index = index;
        return index;
    }

    /// <summary>The served resources by apiVersion and kind, each as a completed task (the first listed wins, as a scan would find).</summary>
    private sealed class KindIndex
    {
        private readonly Dictionary<(string ApiVersion, string Kind), Task<ApiResource>> _byKind = new();

        public KindIndex(IReadOnlyList<ApiResource> resources)
        {
            Resources = resources;
            foreach (var r in resources) _byKind.TryAdd((r.ApiVersion, r.Kind), Task.FromResult(r));
        }

        public IReadOnlyList<ApiResource> Resources { get; }

        public Task<ApiResource>? Find(string apiVersion, string kind) => _byKind.GetValueOrDefault((apiVersion, kind));
    }

    private async Task<IReadOnlyList<ApiResource>> LoadAsync(bool force, CancellationToken cancellationToken)
    {
        if (!force && _resources is { } cached) return cached;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!force && _resources is null && _cacheTrusted && _cache?.TryRead(DateTimeOffset.UtcNow) is { } fromDisk)
            {
                _resources = fromDisk;
                _fromCache = true;
                Interlocked.Increment(ref _generation);
            }

            if (force || _resources is null) await RefreshLockedAsync(cancellationToken);
            return _resources!;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task RefreshLockedAsync(CancellationToken cancellationToken)
    {
        _resources = await _discovery.GetResourcesAsync(cancellationToken);
        _fromCache = false;
        Interlocked.Increment(ref _generation);
        _cache?.Write(_resources, DateTimeOffset.UtcNow);
    }
}

/// <summary>No served resource has the requested apiVersion and kind.</summary>
public sealed class KindNotFoundException : Exception
{
    /// <summary>Creates the exception.</summary>
    public KindNotFoundException(string message) : base(message) { }
}
