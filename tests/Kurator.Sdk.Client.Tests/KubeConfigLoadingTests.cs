using System;
using System.IO;
using Kurator.Sdk.Client.Connection;
using Kurator.Sdk.Client.KubeConfig;
using Xunit;

namespace Kurator.Sdk.Client.Tests;

/// <summary>kubeconfig loading, merging and validation with client-go semantics (no server needed).</summary>
[Collection("Environment")]
public sealed class KubeConfigLoadingTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "kurator-kubeconfig-" + Guid.NewGuid().ToString("N"));

    public KubeConfigLoadingTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static string Config(string cluster, string server, string user, string userBody, string? current = null, string caLine = "") => $"""
        apiVersion: v1
        kind: Config
        clusters:
        - name: {cluster}
          cluster:
            server: {server}
        {caLine}
        users:
        - name: {user}
          user:
        {userBody}
        contexts:
        - name: {cluster}
          context: {"{"}cluster: {cluster}, user: {user}{"}"}
        {(current is null ? "" : "current-context: " + current)}
        """;

    [Fact]
    public void Kubeconfig_list_first_file_wins_whole_entries_missing_files_skipped_relative_paths_per_file()
    {
        var a = Write("a/config", Config("shared", "https://a.invalid:6443", "u", "    token: from-a", current: "shared"));
        var b = Write("b/config", """
            apiVersion: v1
            kind: Config
            clusters:
            - name: shared
              cluster: {server: "https://b.invalid:6443"}
            - name: only-b
              cluster:
                server: https://only-b.invalid
                certificate-authority: certs/ca.pem
            users:
            - name: u
              user: {token: from-b, as: someone}
            contexts:
            - name: other
              context: {cluster: only-b, user: u}
            current-context: other
            """);
        var previous = Environment.GetEnvironmentVariable("KUBECONFIG");
        try
        {
            Environment.SetEnvironmentVariable("KUBECONFIG", string.Join(Path.PathSeparator, a, Path.Combine(_dir, "missing"), b, a));
            var merged = KubeConfigLoader.Load();
            Assert.Equal("https://a.invalid:6443", merged.Clusters["shared"].Server);
            Assert.Equal("from-a", merged.Users["u"].Token);
            Assert.Null(merged.Users["u"].As); // the second file's "u" is discarded whole
            Assert.Equal("shared", merged.CurrentContext);
            Assert.Equal(Path.Combine(_dir, "b", "certs", "ca.pem"), merged.Clusters["only-b"].CertificateAuthority);
            Assert.False(merged.Clusters.ContainsKey("SHARED"));
        }
        finally
        {
            Environment.SetEnvironmentVariable("KUBECONFIG", previous);
        }
    }

    [Fact]
    public void Explicit_missing_file_is_an_error()
    {
        var ex = Assert.Throws<KubeConfigException>(() => KubeConfigLoader.Load(Path.Combine(_dir, "nope")));
        Assert.Contains("no such file or directory", ex.Message);
    }

    [Theory]
    [InlineData("    token: t\n    username: u\n    password: p", "more than one authentication method found for me; found [token basicAuth], only one is allowed")]
    [InlineData("    client-certificate-data: ZGF0YQ==", "client-key-data or client-key must be specified for me to use the clientCert authentication method.")]
    [InlineData("    exec:\n      command: x\n      interactiveMode: Never", "apiVersion must be specified for me to use exec authentication plugin")]
    [InlineData("    exec:\n      apiVersion: client.authentication.k8s.io/v1\n      command: x", "interactiveMode must be specified for me to use exec authentication plugin")]
    [InlineData("    exec:\n      apiVersion: client.authentication.k8s.io/v1\n      command: x\n      interactiveMode: Sometimes", "invalid interactiveMode for me: \"Sometimes\"")]
    [InlineData("    exec:\n      apiVersion: client.authentication.k8s.io/v1alpha1\n      command: x", "exec plugin: invalid apiVersion \"client.authentication.k8s.io/v1alpha1\" for me")]
    [InlineData("    as-groups: [admins]", "requesting uid, groups or user-extra for me without impersonating a user")]
    [InlineData("    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: x\n    auth-provider:\n      name: oidc", "authProvider cannot be provided in combination with an exec plugin for me")]
    [InlineData("    auth-provider:\n      name: gcp", "the gcp auth plugin has been removed; use an exec credential plugin instead (user me)")]
    public void Invalid_user_gives_client_go_error(string userBody, string expected)
    {
        var config = KubeConfigLoader.Parse(Config("c", "https://c.invalid", "me", userBody, current: "c"));
        var ex = Assert.Throws<KubeConfigException>(() => ConnectionSettings.FromKubeConfig(config));
        Assert.Equal("invalid configuration: " + expected, ex.Message);
    }

    [Fact]
    public void Ca_with_insecure_and_missing_pieces_are_errors()
    {
        var insecure = KubeConfigLoader.Parse(Config("c", "https://c.invalid", "me", "    token: t", "c", "    insecure-skip-tls-verify: true\n    certificate-authority-data: ZGF0YQ=="));
        Assert.Equal("invalid configuration: specifying a root certificates file with the insecure flag is not allowed",
            Assert.Throws<KubeConfigException>(() => ConnectionSettings.FromKubeConfig(insecure)).Message);
        var empty = KubeConfigLoader.Parse("apiVersion: v1\nkind: Config\n");
        Assert.Equal("invalid configuration: no configuration has been provided", Assert.Throws<KubeConfigException>(() => ConnectionSettings.FromKubeConfig(empty)).Message);
        var ok = KubeConfigLoader.Parse(Config("c", "https://c.invalid/prefix?x=1", "me", "    token: t", "c"));
        Assert.Equal("context was not found for specified context: missing", Assert.Throws<KubeConfigException>(() => ConnectionSettings.FromKubeConfig(ok, "missing")).Message);
        var settings = ConnectionSettings.FromKubeConfig(ok);
        Assert.Equal("https://c.invalid/prefix/", settings.Server.ToString());
        Assert.Equal("default", settings.Namespace);
        Assert.DoesNotContain("t", settings.ToString().Replace("https://c.invalid/prefix/", "").Replace("StaticCredential", ""));
    }
}

[CollectionDefinition("Environment", DisableParallelization = true)]
public sealed class EnvironmentCollection;
