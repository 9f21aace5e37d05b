using System;
using System.Collections.Generic;
using System.Linq;
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
    public async Task<ApiResource> MapAsync(string apiVersion, string kind, CancellationToken cancellationToken = default)
    {
        var (group, version) = Split(apiVersion);
        var seen = Generation;
        var found = Find(await LoadAsync(false, cancellationToken), group, version, kind);
        if (found is not null) return found;
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
        return Find(_resources!, group, version, kind)
            ?? throw new KindNotFoundException($"no matches for kind \"{kind}\" in version \"{apiVersion}\"");
    }

    /// <summary>Drops the cached discovery so the next lookup reloads it from the server (never from the disk cache).</summary>
    public void Invalidate()
    {
        _cacheTrusted = false;
        _resources = null;
    }

    private static ApiResource? Find(IReadOnlyList<ApiResource> all, string group, string version, string kind) =>
        all.FirstOrDefault(r => r.Group == group && r.Version == version && r.Kind == kind);

    internal static (string Group, string Version) Split(string apiVersion)
    {
        var slash = apiVersion.IndexOf('/');
        return slash < 0 ? ("", apiVersion) : (apiVersion[..slash], apiVersion[(slash + 1)..]);
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
