using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Kurator.Sdk.Client.Errors;
using Kurator.Sdk.Emulator;
using Xunit;

namespace Kurator.Sdk.Client.Tests;

/// <summary>Retries under injected faults (deterministic, seeded): nothing lost for idempotent requests, bounded, no retry of non-idempotent ones.</summary>
public sealed class RetryAndFaultTests : IClassFixture<ClientFixture>, IDisposable
{
    private readonly ClientFixture _fx;
    public RetryAndFaultTests(ClientFixture fx)
    {
        _fx = fx;
        _fx.Cluster.Faults.Reset(seed: 7);
    }

    public void Dispose() => _fx.Cluster.Faults.Clear();

    [Fact]
    public async Task Concurrent_applies_under_429_5xx_and_dropped_connections_all_land()
    {
        var faults = _fx.Cluster.Faults;
        // About one attempt in four fails; with 11 attempts per request, losing one of 40 is a ~1e-6 event.
        faults.Add(new FaultRule(FaultKind.TooManyRequests, 0.1) { RetryAfterSeconds = 0, Method = "PATCH" });
        faults.Add(new FaultRule(FaultKind.ServiceUnavailable, 0.05) { RetryAfterSeconds = 0, Method = "PATCH" });
        faults.Add(new FaultRule(FaultKind.InternalServerError, 0.05) { RetryAfterSeconds = 0, Method = "PATCH" });
        faults.Add(new FaultRule(FaultKind.DropConnection, 0.05) { Method = "PATCH" });
        faults.Add(new FaultRule(FaultKind.Latency, 0.2) { Latency = TimeSpan.FromMilliseconds(20) });
        using var client = KubeClient.FromKubeConfig(_fx.KubeConfigPath);
        await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
        {
            var cm = Objects.ConfigMap($"faulty-{i}", data: ("i", i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            cm["metadata"]!["labels"] = new System.Text.Json.Nodes.JsonObject { ["batch"] = "faulty" };
            return client.ApplyAsync(cm);
        }));
        faults.Clear();
        var stored = await client.ListAsync("v1", "ConfigMap", "default", new ListOptions { LabelSelector = "batch=faulty" });
        Assert.Equal(40, stored.Items.Count);
        Assert.All(stored.Items, o => Assert.Equal(((string)o["metadata"]!["name"]!)["faulty-".Length..], (string?)o["data"]!["i"]));
        Assert.True(faults.InjectedCount > 0);
        Assert.True(client.Retries > 0);
    }

    [Fact]
    public async Task Retry_after_is_honoured_and_attempts_are_bounded()
    {
        var faults = _fx.Cluster.Faults;
        faults.Add(new FaultRule(FaultKind.TooManyRequests, 1.0) { RetryAfterSeconds = 0, Method = "GET", MaxCount = 2 });
        using var client = KubeClient.FromKubeConfig(_fx.KubeConfigPath);
        await client.Discovery.GetResourcesAsync();
        var before = _fx.Cluster.Requests.Count;
        Assert.NotNull(await client.TryGetAsync("v1", "Namespace", "default"));
        var served = _fx.Cluster.Requests.Skip(before).Where(r => r.PathAndQuery == "/api/v1/namespaces/default").Select(r => r.StatusCode).ToList();
        Assert.Equal([429, 429, 200], served);

        faults.Add(new FaultRule(FaultKind.TooManyRequests, 1.0) { RetryAfterSeconds = 0, Method = "GET" });
        client.Settings.MaxAttempts = 3;
        var ex = await Assert.ThrowsAsync<KubernetesTooManyRequestsException>(() => client.GetAsync("v1", "Namespace", "default"));
        Assert.Equal(TimeSpan.Zero, ex.RetryAfter);
        Assert.Contains("Too many requests", ex.Message);
    }

    [Fact]
    public async Task Non_idempotent_create_is_not_retried()
    {
        using var client = KubeClient.FromKubeConfig(_fx.KubeConfigPath);
        await client.Discovery.GetResourcesAsync();
        _fx.Cluster.Faults.Add(new FaultRule(FaultKind.ServiceUnavailable, 1.0) { RetryAfterSeconds = 0, Method = "POST", MaxCount = 1 });
        var ex = await Assert.ThrowsAsync<KubernetesServerException>(() => client.CreateAsync(Objects.ConfigMap("post-once")));
        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, ex.StatusCode);
        Assert.Equal(0, client.Retries);
    }

    [Fact]
    public async Task Injected_conflict_surfaces_as_conflict_exception()
    {
        using var client = KubeClient.FromKubeConfig(_fx.KubeConfigPath);
        _fx.Cluster.Faults.Add(new FaultRule(FaultKind.Conflict, 1.0) { Method = "PUT", MaxCount = 1 });
        var created = await client.ApplyAsync(Objects.ConfigMap("conflict-fault"));
        var ex = await Assert.ThrowsAsync<KubernetesConflictException>(() => client.ReplaceAsync(created));
        Assert.False(ex.IsApplyConflict);
    }

    [Fact]
    public async Task Same_seed_gives_same_fault_sequence()
    {
        async Task<string> RunAsync()
        {
            _fx.Cluster.Faults.Reset(seed: 42);
            _fx.Cluster.Faults.Add(new FaultRule(FaultKind.ServiceUnavailable, 0.5) { RetryAfterSeconds = 0, Method = "GET", IncludeDiscovery = true });
            using var client = KubeClient.FromKubeConfig(_fx.KubeConfigPath);
            client.Settings.MaxAttempts = 1;
            var outcomes = "";
            for (var i = 0; i < 12; i++)
            {
                try
                {
                    await client.Discovery.GetResourcesAsync();
                    outcomes += "ok ";
                }
                catch (KubernetesServerException)
                {
                    outcomes += "503 ";
                }
            }
            _fx.Cluster.Faults.Clear();
            return outcomes;
        }
        var first = await RunAsync();
        Assert.Equal(first, await RunAsync());
        Assert.Contains("ok", first);
        Assert.Contains("503", first);
    }

    [Fact]
    public async Task Concurrency_is_bounded_per_cluster()
    {
        using var client = KubeClient.FromKubeConfig(_fx.KubeConfigPath);
        client.Settings.MaxConcurrency = 2;
        await client.Discovery.GetResourcesAsync();
        _fx.Cluster.Faults.Add(new FaultRule(FaultKind.Latency, 1.0) { Latency = TimeSpan.FromMilliseconds(30), Method = "PATCH" });
        _fx.Cluster.ResetMaxInFlight();
        await Task.WhenAll(Enumerable.Range(0, 12).Select(i => client.ApplyAsync(Objects.ConfigMap($"bounded-{i}"))));
        Assert.InRange(_fx.Cluster.MaxInFlight, 1, 2);
    }
}
