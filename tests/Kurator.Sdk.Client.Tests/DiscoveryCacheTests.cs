using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Kurator.Sdk.Client.Connection;
using Kurator.Sdk.Client.Discovery;
using Xunit;

namespace Kurator.Sdk.Client.Tests;

/// <summary>
/// The disk cache of discovery: a fresh client maps kinds from it without asking the server; a kind it lacks, an entry
/// older than the TTL, a damaged file or a written CRD send the client back to the server.
/// </summary>
public sealed class DiscoveryCacheTests : IClassFixture<ClientFixture>
{
    private readonly ClientFixture _fx;
    public DiscoveryCacheTests(ClientFixture fx) => _fx = fx;

    private int DiscoveryRequests => _fx.Cluster.Requests.Count(r => r.PathAndQuery is "/api" or "/apis" || r.PathAndQuery.StartsWith("/api?", StringComparison.Ordinal) || r.PathAndQuery.StartsWith("/apis?", StringComparison.Ordinal));

    [Fact]
    public async Task A_second_client_maps_from_the_cache_without_discovery_requests()
    {
        var cache = NewCache(DiscoveryCache.DefaultTtl);
        var settings = ConnectionSettings.Load(_fx.KubeConfigPath);
        using (var first = new KubeClient(settings, cache)) await first.Mapper.MapAsync("apps/v1", "Deployment");
        Assert.True(File.Exists(cache.For(settings).Path));

        var before = DiscoveryRequests;
        using var second = new KubeClient(ConnectionSettings.Load(_fx.KubeConfigPath), cache);
        var deployments = await second.Mapper.MapAsync("apps/v1", "Deployment");
        Assert.Equal(("deployments", true), (deployments.Plural, deployments.Namespaced));
        Assert.Equal(before, DiscoveryRequests);
    }

    [Fact]
    public async Task A_kind_missing_from_the_cache_is_looked_up_on_the_server()
    {
        var cache = NewCache(DiscoveryCache.DefaultTtl);
        var settings = ConnectionSettings.Load(_fx.KubeConfigPath);
        // An entry that knows only ConfigMaps, as one written before a CRD was installed would.
        cache.For(settings).Write([new ApiResource("", "v1", "ConfigMap", "configmaps", true, ["get", "list"], ["cm"], [])], DateTimeOffset.UtcNow);

        var before = DiscoveryRequests;
        using var client = new KubeClient(settings, cache);
        Assert.Equal("configmaps", (await client.Mapper.MapAsync("v1", "ConfigMap")).Plural);
        Assert.Equal(before, DiscoveryRequests);
        Assert.Equal("deployments", (await client.Mapper.MapAsync("apps/v1", "Deployment")).Plural);
        Assert.True(DiscoveryRequests > before);
        Assert.Contains(cache.For(settings).TryRead(DateTimeOffset.UtcNow)!, r => r.Kind == "Deployment");
    }

    [Fact]
    public async Task Stale_damaged_or_invalidated_entries_are_not_used()
    {
        var settings = ConnectionSettings.Load(_fx.KubeConfigPath);
        var cache = NewCache(TimeSpan.FromMinutes(1));
        var file = cache.For(settings);
        file.Write([new ApiResource("", "v1", "ConfigMap", "configmaps", true, [], [], [])], DateTimeOffset.UtcNow - TimeSpan.FromMinutes(2));
        Assert.Null(file.TryRead(DateTimeOffset.UtcNow));

        File.WriteAllText(file.Path, "{ not json");
        Assert.Null(file.TryRead(DateTimeOffset.UtcNow));
        File.WriteAllText(file.Path, "{\"version\":1,\"server\":\"https://elsewhere.invalid/\",\"written\":\"" + DateTimeOffset.UtcNow.ToString("O") + "\",\"resources\":[]}");
        Assert.Null(file.TryRead(DateTimeOffset.UtcNow));

        // A client that wrote a CRD invalidates its mapping: the next lookup goes to the server even with a fresh entry.
        file.Write([new ApiResource("", "v1", "ConfigMap", "configmaps", true, [], [], [])], DateTimeOffset.UtcNow);
        using var client = new KubeClient(settings, cache);
        await client.Mapper.MapAsync("v1", "ConfigMap");
        client.Mapper.Invalidate();
        var before = DiscoveryRequests;
        await client.Mapper.MapAsync("v1", "ConfigMap");
        Assert.True(DiscoveryRequests > before);
    }

    [Fact]
    public void Another_server_at_the_same_address_has_its_own_entry()
    {
        var cache = NewCache(DiscoveryCache.DefaultTtl);
        var settings = ConnectionSettings.Load(_fx.KubeConfigPath);
        var insecure = KubeConfig.KubeConfigLoader.Parse($"""
            apiVersion: v1
            kind: Config
            clusters:
            - name: c
              cluster:
                server: {settings.Server}
                insecure-skip-tls-verify: true
            contexts:
            - name: c
              context:
                cluster: c
            current-context: c
            """);
        Assert.NotEqual(cache.For(settings).Path, cache.For(ConnectionSettings.FromKubeConfig(insecure)).Path);
    }

    private DiscoveryCache NewCache(TimeSpan ttl) => new(Path.Combine(_fx.Directory, "cache-" + Guid.NewGuid().ToString("N")), ttl);
}
