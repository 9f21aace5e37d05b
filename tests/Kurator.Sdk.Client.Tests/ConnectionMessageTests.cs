using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading.Tasks;
using Kurator.Sdk.Client.Connection;
using Kurator.Sdk.Client.KubeConfig;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Kurator.Sdk.Client.Tests;

/// <summary>
/// What a user is told about a connection: why a TLS handshake failed (unknown authority, name mismatch, expired), that
/// insecure-skip-tls-verify is on, that credentials are withheld from a plain-http server, and what is wrong with a
/// kubeconfig that is a folder or has mis-shaped lists. No message carries a token.
/// </summary>
public sealed class ConnectionMessageTests : IDisposable
{
    private const string Token = "s3cr3t-token-value-0123456789";
    private readonly string _dir = Directory.CreateTempSubdirectory("kurator-conn-msg-").FullName;
    private readonly X509Certificate2 _trusted = TestCertificates.Authority("trusted-ca");

    public void Dispose()
    {
        _trusted.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    private string Kubeconfig(Uri server, string clusterExtra)
    {
        var path = Path.Combine(_dir, Guid.NewGuid().ToString("N"));
        File.WriteAllText(path, $"""
            apiVersion: v1
            kind: Config
            clusters:
            - name: c1
              cluster:
                server: {server}
            {clusterExtra}
            users:
            - name: u1
              user:
                token: {Token}
            contexts:
            - name: ctx
              context: {"{"}cluster: c1, user: u1{"}"}
            current-context: ctx
            """);
        return path;
    }

    private string TrustingKubeconfig(Uri server) =>
        Kubeconfig(server, "    certificate-authority-data: " + Convert.ToBase64String(Encoding.ASCII.GetBytes(TestCertificates.Pem(_trusted))));

    private static async Task<string> HandshakeFailureAsync(string kubeconfig)
    {
        using var client = KubeClient.FromKubeConfig(kubeconfig);
        var error = await Assert.ThrowsAsync<HttpRequestException>(() => client.Discovery.GetResourcesAsync());
        Assert.Equal(HttpRequestError.SecureConnectionError, error.HttpRequestError);
        Assert.DoesNotContain("inner exception", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, error.ToString(), StringComparison.Ordinal);
        return error.Message;
    }

    [Fact]
    public async Task A_certificate_from_another_authority_is_reported_as_unknown_authority()
    {
        using var other = TestCertificates.Authority("other-ca");
        using var server = new TlsTestServer(TestCertificates.Server(other, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1), "127.0.0.1"));

        var message = await HandshakeFailureAsync(TrustingKubeconfig(server.Url));

        Assert.StartsWith($"TLS handshake with {server.Url.GetLeftPart(UriPartial.Authority)} failed: ", message, StringComparison.Ordinal);
        Assert.Contains("certificate signed by unknown authority", message, StringComparison.Ordinal);
        Assert.Contains("CN=other-ca", message, StringComparison.Ordinal);
        Assert.DoesNotContain("mismatch", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_certificate_for_another_name_is_reported_as_a_name_mismatch_with_its_names()
    {
        using var server = new TlsTestServer(TestCertificates.Server(_trusted, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1), "api.other.test"));

        var message = await HandshakeFailureAsync(TrustingKubeconfig(server.Url));

        Assert.Contains("name mismatch: the certificate is valid for api.other.test, not 127.0.0.1", message, StringComparison.Ordinal);
        Assert.DoesNotContain("unknown authority", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_certificate_is_reported_as_expired_with_its_date()
    {
        var expiredOn = DateTimeOffset.UtcNow.AddDays(-2);
        using var server = new TlsTestServer(TestCertificates.Server(_trusted, DateTimeOffset.UtcNow.AddDays(-20), expiredOn, "127.0.0.1"));

        var message = await HandshakeFailureAsync(TrustingKubeconfig(server.Url));

        Assert.Contains($"certificate expired: the server's certificate expired on {expiredOn.UtcDateTime:yyyy-MM-dd}", message, StringComparison.Ordinal);
        Assert.DoesNotContain("unknown authority", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_valid_certificate_still_connects()
    {
        using var server = new TlsTestServer(TestCertificates.Server(_trusted, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1), "127.0.0.1"));
        using var client = KubeClient.FromKubeConfig(TrustingKubeconfig(server.Url));
        client.Settings.MaxAttempts = 1;

        // The handshake succeeds; the test server then closes without HTTP, which is not a TLS failure.
        var error = await Assert.ThrowsAnyAsync<Exception>(() => client.Discovery.GetResourcesAsync());
        Assert.False(error is HttpRequestException { HttpRequestError: HttpRequestError.SecureConnectionError }, error.ToString());
    }

    [Fact]
    public void Insecure_skip_tls_verify_is_warned_once_per_client_without_the_token()
    {
        var logger = new CapturingLogger();
        var settings = ConnectionSettings.Load(Kubeconfig(new Uri("https://127.0.0.1:6443"), "    insecure-skip-tls-verify: true"), "ctx");

        using (new KubeClient(settings, logger))
        {
        }

        var warning = Assert.Single(settings.Warnings);
        Assert.Equal("cluster \"c1\" (https://127.0.0.1:6443): insecure-skip-tls-verify is set: the server's certificate is not verified, so anyone on the path can impersonate it", warning);
        Assert.Equal([(LogLevel.Warning, warning)], logger.Lines.ToArray());
    }

    [Fact]
    public void A_token_withheld_from_a_plain_http_server_is_said_without_its_value()
    {
        var settings = ConnectionSettings.Load(Kubeconfig(new Uri("http://127.0.0.1:8080"), ""), "ctx");

        var warning = Assert.Single(settings.Warnings);
        Assert.Equal("cluster \"c1\" (http://127.0.0.1:8080): the server is plain http: the bearer token of user \"u1\" is not sent, requests go unauthenticated (use https)", warning);
        Assert.DoesNotContain(Token, warning, StringComparison.Ordinal);
    }

    [Fact]
    public void A_verified_https_connection_has_no_warning()
    {
        var settings = ConnectionSettings.Load(TrustingKubeconfig(new Uri("https://127.0.0.1:6443")), "ctx");

        Assert.Empty(settings.Warnings);
    }

    [Fact]
    public void A_folder_given_as_kubeconfig_is_named_as_a_folder()
    {
        var error = Assert.Throws<KubeConfigException>(() => KubeConfigLoader.Load(_dir));

        Assert.Equal($"error loading config file \"{_dir}\": it is a folder, not a kubeconfig file", error.Message);
    }

    [Theory]
    [InlineData("clusters: \"not-a-list-value\"\n", "clusters: expected a list of {name, cluster} entries, got a string")]
    [InlineData("users: {u1: {token: x}}\n", "users: expected a list of {name, user} entries, got a mapping")]
    [InlineData("contexts:\n- just-a-name\n", "contexts[0]: expected a mapping with name and context, got a string")]
    [InlineData("clusters:\n- name: c1\n  cluster: https://127.0.0.1:6443\n", "clusters[0].cluster: expected a mapping, got a string")]
    [InlineData("- apiVersion: v1\n", "the top level: expected a mapping (apiVersion, kind, clusters, users, contexts), got a list")]
    public void A_kubeconfig_list_of_the_wrong_shape_names_the_file_and_the_field(string yaml, string expected)
    {
        var path = Path.Combine(_dir, "config");
        File.WriteAllText(path, yaml);

        var error = Assert.Throws<KubeConfigException>(() => KubeConfigLoader.Load(path));

        Assert.Equal($"error loading config file \"{path}\": {expected}", error.Message);
        Assert.DoesNotContain("not-a-list-value", error.Message, StringComparison.Ordinal);
    }

    private sealed class CapturingLogger : ILogger
    {
        public ConcurrentQueue<(LogLevel Level, string Text)> Lines { get; } = new();
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Enqueue((logLevel, formatter(state, exception)));
    }
}
