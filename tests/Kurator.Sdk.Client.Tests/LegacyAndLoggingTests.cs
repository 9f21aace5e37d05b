using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Kurator.Sdk.Client.Errors;
using Kurator.Sdk.Client.KubeConfig;
using Kurator.Sdk.Emulator;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Kurator.Sdk.Client.Tests;

/// <summary>Legacy discovery against a server without aggregated discovery; CA from a file; logs never carry secrets.</summary>
public sealed class LegacyAndLoggingTests : IAsyncLifetime
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "kurator-legacy-" + Guid.NewGuid().ToString("N"));
    private KubeEmulator _emulator = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dir);
        _emulator = await KubeEmulator.StartAsync(new EmulatorOptions { Clusters = 1, AggregatedDiscovery = false });
    }

    public async Task DisposeAsync()
    {
        await _emulator.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    private EmulatedCluster Cluster => _emulator.Clusters[0];

    private string KubeConfig(string token)
    {
        File.WriteAllText(Path.Combine(_dir, "ca.pem"), Cluster.CertificateAuthorityPem);
        var path = Path.Combine(_dir, "config");
        File.WriteAllText(path, $"""
            apiVersion: v1
            kind: Config
            clusters:
            - name: legacy
              cluster: {"{"}server: "{Cluster.Server.GetLeftPart(UriPartial.Authority)}", certificate-authority: ca.pem{"}"}
            users:
            - name: u
              user: {"{"}token: {token}{"}"}
            contexts:
            - name: legacy
              context: {"{"}cluster: legacy, user: u, namespace: kube-system{"}"}
            current-context: legacy
            """);
        return path;
    }

    [Fact]
    public async Task Legacy_discovery_maps_kinds_and_ca_file_is_used()
    {
        using var client = KubeClient.FromKubeConfig(KubeConfig(Cluster.AdminToken));
        Assert.Equal("kube-system", client.Settings.Namespace);
        var resources = await client.Discovery.GetResourcesAsync();
        Assert.False(client.Discovery.LastWasAggregated);
        Assert.Contains(resources, r => r.Group == "apps" && r.Kind == "Deployment" && r.Subresources.Contains("status"));
        Assert.Contains(Cluster.Requests, r => r.PathAndQuery == "/apis/apps/v1");
        var deployment = Objects.Deployment("legacy-web");
        deployment["metadata"]!.AsObject().Remove("namespace");
        var applied = await client.ApplyAsync(deployment);
        Assert.Equal("kube-system", (string?)applied["metadata"]!["namespace"]);
    }

    [Fact]
    public async Task Logs_never_contain_credentials()
    {
        var logger = new CapturingLogger();
        const string secret = "very-secret-token-value";
        Cluster.AddToken(secret, "logged-user");
        Cluster.Faults.Reset(seed: 3);
        Cluster.Faults.Add(new FaultRule(FaultKind.ServiceUnavailable, 1.0) { RetryAfterSeconds = 0, MaxCount = 2, IncludeDiscovery = true });
        using (var client = KubeClient.FromKubeConfig(KubeConfig(secret), logger: logger))
        {
            await client.ApplyAsync(Objects.ConfigMap("logged", ns: "kube-system"));
            var bad = Objects.ConfigMap("warned", ns: "kube-system");
            bad["extra"] = "x";
            await client.CreateAsync(bad);
            Assert.Contains(logger.Lines, l => l.Contains("unknown field", StringComparison.Ordinal));
            Assert.Contains(logger.Lines, l => l.Contains("503", StringComparison.Ordinal));
        }
        using (var wrong = KubeClient.FromKubeConfig(KubeConfig("wrong-" + secret), logger: logger))
        {
            var ex = await Assert.ThrowsAsync<KubernetesUnauthorizedException>(() => wrong.Discovery.GetResourcesAsync());
            Assert.DoesNotContain(secret, ex.ToString());
            Assert.DoesNotContain(secret, wrong.Settings.ToString());
        }
        Assert.NotEmpty(logger.Lines);
        Assert.All(logger.Lines, l => Assert.DoesNotContain(secret, l));
    }

    private sealed class CapturingLogger : ILogger
    {
        public ConcurrentQueue<string> Lines { get; } = new();
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Enqueue(formatter(state, exception) + exception);
    }
}
