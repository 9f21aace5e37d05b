using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Kurator.Sdk.Client.Connection;
using Kurator.Sdk.Client.Errors;
using Kurator.Sdk.Client.KubeConfig;
using Kurator.Sdk.Emulator;
using Xunit;

namespace Kurator.Sdk.Client.Tests;

/// <summary>Every kubeconfig credential and TLS feature against the emulator (TLS, generated CA).</summary>
[Collection("Environment")]
public sealed class AuthenticationTests : IClassFixture<ClientFixture>
{
    private readonly ClientFixture _fx;
    public AuthenticationTests(ClientFixture fx) => _fx = fx;

    private string CaData => Convert.ToBase64String(Encoding.ASCII.GetBytes(_fx.Cluster.CertificateAuthorityPem));
    private string Server => _fx.Cluster.Server.GetLeftPart(UriPartial.Authority);

    private string KubeConfig(string userBody, string? clusterExtra = null, string? server = null) =>
        "apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster:\n" +
        $"    server: {server ?? Server}\n" +
        (clusterExtra ?? $"    certificate-authority-data: {CaData}\n") +
        "users:\n- name: u\n  user:\n" + userBody +
        "contexts:\n- name: c\n  context: {cluster: c, user: u}\ncurrent-context: c\n";

    private KubeClient Client(string name, string yaml) => KubeClient.FromKubeConfig(_fx.WriteFile(name, yaml));

    private RecordedRequest LastRequest(string pathPart) => _fx.Cluster.Requests.Last(r => r.PathAndQuery.Contains(pathPart));

    [Fact]
    public async Task Bearer_token_works_bad_token_is_401_read_only_user_gets_403_on_write()
    {
        _fx.Cluster.AddToken("viewer-token", "viewer", readOnly: true);
        using var viewer = Client("viewer/config", KubeConfig("    token: viewer-token\n"));
        Assert.NotNull(await viewer.GetAsync("v1", "Namespace", "default"));
        var forbidden = await Assert.ThrowsAsync<KubernetesForbiddenException>(() => viewer.ApplyAsync(Objects.ConfigMap("viewer-cm")));
        Assert.Equal("configmaps \"viewer-cm\" is forbidden: User \"viewer\" cannot patch resource \"configmaps\" in API group \"\" in the namespace \"default\"", forbidden.Message);

        using var stranger = Client("stranger/config", KubeConfig("    token: not-a-token\n"));
        var unauthorized = await Assert.ThrowsAsync<KubernetesUnauthorizedException>(() => stranger.Discovery.GetResourcesAsync());
        Assert.Equal("Unauthorized", unauthorized.Reason);
        Assert.DoesNotContain("not-a-token", unauthorized.ToString());
    }

    [Fact]
    public async Task Token_file_relative_to_kubeconfig_is_re_read_after_rotation()
    {
        _fx.Cluster.AddToken("file-token-1", "file-user");
        var config = _fx.WriteFile("tokenfile/config", KubeConfig("    tokenFile: secrets/token\n"));
        _fx.WriteFile("tokenfile/secrets/token", "file-token-1\n");
        using var client = KubeClient.FromKubeConfig(config);
        await client.GetAsync("v1", "Namespace", "default");
        Assert.Equal("file-user", LastRequest("/api/v1/namespaces/default").User);

        _fx.Cluster.RemoveToken("file-token-1");
        _fx.Cluster.AddToken("file-token-2", "file-user-rotated");
        _fx.WriteFile("tokenfile/secrets/token", "file-token-2\n");
        await client.GetAsync("v1", "Namespace", "kube-system");
        Assert.Equal("file-user-rotated", LastRequest("/api/v1/namespaces/kube-system").User);
    }

    [Fact]
    public async Task Basic_auth_works()
    {
        _fx.Cluster.AddBasicUser("alice", "s3cret");
        using var client = Client("basic/config", KubeConfig("    username: alice\n    password: s3cret\n"));
        await client.GetAsync("v1", "Namespace", "kube-public");
        Assert.Equal("alice", LastRequest("/api/v1/namespaces/kube-public").User);
    }

    [Fact]
    public async Task Client_certificate_from_relative_files_and_from_data()
    {
        var (cert, key) = _fx.Cluster.IssueClientCertificate("cert-user", "devs", "ops");
        _fx.WriteFile("certs/pki/user.crt", cert);
        _fx.WriteFile("certs/pki/user.key", key);
        using (var fromFiles = Client("certs/config", KubeConfig("    client-certificate: pki/user.crt\n    client-key: pki/user.key\n")))
        {
            await fromFiles.GetAsync("v1", "Namespace", "default");
            var seen = LastRequest("/api/v1/namespaces/default");
            Assert.Equal("cert-user", seen.User);
            Assert.Equal(["devs", "ops"], seen.Groups);
        }
        var (cert2, key2) = _fx.Cluster.IssueClientCertificate("data-user");
        using var fromData = Client("certdata/config", KubeConfig(
            $"    client-certificate-data: {Convert.ToBase64String(Encoding.ASCII.GetBytes(cert2))}\n    client-key-data: {Convert.ToBase64String(Encoding.ASCII.GetBytes(key2))}\n"));
        await fromData.GetAsync("v1", "Namespace", "kube-node-lease");
        Assert.Equal("data-user", LastRequest("/api/v1/namespaces/kube-node-lease").User);
    }

    private string ExecPlugin(string dir, string output)
    {
        var path = _fx.WriteFile(Path.Combine(dir, "plugin.sh"), $"""
            #!/bin/sh
            here="$(dirname "$0")"
            printf '%s' "$KUBERNETES_EXEC_INFO" > "$here/exec-info.json"
            printf '%s\n' "$@" > "$here/exec-args.txt"
            printf '%s' "$FOO" > "$here/exec-env.txt"
            echo run >> "$here/runs.txt"
            {output}
            """.Replace("\r", ""));
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    private static string ExecUser(string apiVersion, string extra = "") =>
        $"    exec:\n      apiVersion: {apiVersion}\n      command: ./plugin.sh\n      args: [\"a b\", c]\n      env:\n      - name: FOO\n        value: bar\n{extra}";

    [Fact]
    public async Task Exec_plugin_V1_gets_argv_env_and_cluster_info_and_is_rerun_after_401()
    {
        var dir = Path.Combine(_fx.Directory, "exec-v1");
        _fx.Cluster.AddToken("exec-token-1", "exec-user");
        _fx.WriteFile("exec-v1/token", "exec-token-1");
        ExecPlugin("exec-v1", """printf '{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"%s"}}' "$(cat "$here/token")" """);
        var cluster = $"    certificate-authority-data: {CaData}\n    extensions:\n    - name: client.authentication.k8s.io/exec\n      extension: {{audience: kurator}}\n";
        using var client = Client("exec-v1/config", KubeConfig(ExecUser("client.authentication.k8s.io/v1", "      interactiveMode: Never\n      provideClusterInfo: true\n"), cluster));
        await client.GetAsync("v1", "Namespace", "default");
        Assert.Equal("exec-user", LastRequest("/api/v1/namespaces/default").User);
        Assert.Equal(["a b", "c"], File.ReadAllLines(Path.Combine(dir, "exec-args.txt")));
        Assert.Equal("bar", File.ReadAllText(Path.Combine(dir, "exec-env.txt")));
        var info = JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "exec-info.json")))!;
        Assert.Equal("ExecCredential", (string?)info["kind"]);
        Assert.Equal(false, (bool?)info["spec"]!["interactive"]);
        Assert.Equal(Server, (string?)info["spec"]!["cluster"]!["server"]);
        Assert.Equal(CaData, (string?)info["spec"]!["cluster"]!["certificate-authority-data"]);
        Assert.Equal("kurator", (string?)info["spec"]!["cluster"]!["config"]!["audience"]);

        _fx.Cluster.RemoveToken("exec-token-1");
        _fx.Cluster.AddToken("exec-token-2", "exec-user-2");
        _fx.WriteFile("exec-v1/token", "exec-token-2");
        await client.GetAsync("v1", "Namespace", "kube-system");
        Assert.Equal("exec-user-2", LastRequest("/api/v1/namespaces/kube-system").User);
        Assert.Equal(2, File.ReadAllLines(Path.Combine(dir, "runs.txt")).Length);
    }

    [Fact]
    public async Task Exec_plugin_v1beta1_expired_credential_is_refetched_and_client_certificate_credential()
    {
        var dir = Path.Combine(_fx.Directory, "exec-beta");
        _fx.Cluster.AddToken("short-lived", "beta-user");
        ExecPlugin("exec-beta", """echo '{"apiVersion":"client.authentication.k8s.io/v1beta1","kind":"ExecCredential","status":{"token":"short-lived","expirationTimestamp":"2000-01-01T00:00:00Z"}}'""");
        using (var client = Client("exec-beta/config", KubeConfig(ExecUser("client.authentication.k8s.io/v1beta1"))))
        {
            await client.GetAsync("v1", "Namespace", "default");
            await client.GetAsync("v1", "Namespace", "default");
            Assert.Equal("beta-user", LastRequest("/api/v1/namespaces/default").User);
            Assert.True(File.ReadAllLines(Path.Combine(dir, "runs.txt")).Length >= 2);
        }

        var (cert, key) = _fx.Cluster.IssueClientCertificate("exec-cert-user");
        _fx.WriteFile("exec-cert/cert.pem", cert);
        _fx.WriteFile("exec-cert/key.pem", key);
        ExecPlugin("exec-cert", """
            c=$(awk '{printf "%s\\n", $0}' "$here/cert.pem"); k=$(awk '{printf "%s\\n", $0}' "$here/key.pem")
            printf '{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"clientCertificateData":"%s","clientKeyData":"%s"}}' "$c" "$k"
            """);
        using var certClient = Client("exec-cert/config", KubeConfig(ExecUser("client.authentication.k8s.io/v1", "      interactiveMode: Never\n")));
        await certClient.GetAsync("v1", "Namespace", "kube-public");
        Assert.Equal("exec-cert-user", LastRequest("/api/v1/namespaces/kube-public").User);
    }

    [Fact]
    public async Task Exec_plugin_missing_command_shows_install_hint()
    {
        using var client = Client("exec-missing/config", KubeConfig(
            "    exec:\n      apiVersion: client.authentication.k8s.io/v1\n      command: kurator-no-such-plugin\n      interactiveMode: Never\n      installHint: install it from the docs\n"));
        var ex = await Assert.ThrowsAsync<KubeConfigException>(() => client.Discovery.GetResourcesAsync());
        Assert.Contains("kurator-no-such-plugin not found", ex.Message);
        Assert.Contains("install it from the docs", ex.Message);
    }

    [Fact]
    public async Task Exec_plugin_interactive_always_without_terminal_is_an_error()
    {
        ExecPlugin("exec-always", "echo '{}'");
        using var client = Client("exec-always/config", KubeConfig(ExecUser("client.authentication.k8s.io/v1", "      interactiveMode: Always\n")));
        var ex = await Assert.ThrowsAsync<KubeConfigException>(() => client.Discovery.GetResourcesAsync());
        Assert.Contains("standard input is not a terminal", ex.Message);
    }

    [Fact]
    public async Task Impersonation_headers_are_sent_and_impersonated_permissions_apply()
    {
        _fx.Cluster.DeclareUser("auditor", readOnly: true);
        using var client = Client("imp/config", KubeConfig(
            $"    token: {_fx.Cluster.AdminToken}\n    as: auditor\n    as-uid: \"1234\"\n    as-groups: [auditors]\n    as-user-extra:\n      reason: [\"quarterly audit\"]\n"));
        await client.GetAsync("v1", "Namespace", "default");
        var seen = LastRequest("/api/v1/namespaces/default");
        Assert.Equal("auditor", seen.User);
        Assert.Equal(["auditors"], seen.Groups);
        Assert.Equal(["quarterly audit"], seen.Extra["reason"]);
        await Assert.ThrowsAsync<KubernetesForbiddenException>(() => client.ApplyAsync(Objects.ConfigMap("imp-cm")));
    }

    [Fact]
    public async Task Tls_server_name_insecure_skip_verify_and_untrusted_server()
    {
        var token = $"    token: {_fx.Cluster.AdminToken}\n";
        using (var named = Client("tls1/config", KubeConfig(token, $"    certificate-authority-data: {CaData}\n    tls-server-name: kube.internal\n")))
            await named.GetAsync("v1", "Namespace", "default");
        using (var wrongName = Client("tls2/config", KubeConfig(token, $"    certificate-authority-data: {CaData}\n    tls-server-name: other.example\n")))
            await Assert.ThrowsAsync<HttpRequestException>(() => wrongName.GetAsync("v1", "Namespace", "default"));
        using (var insecure = Client("tls3/config", KubeConfig(token, "    insecure-skip-tls-verify: true\n")))
            await insecure.GetAsync("v1", "Namespace", "default");
        using var untrusted = Client("tls4/config", KubeConfig(token, ""));
        untrusted.Settings.MaxAttempts = 1;
        await Assert.ThrowsAsync<HttpRequestException>(() => untrusted.GetAsync("v1", "Namespace", "default"));
    }

    [Fact]
    public async Task Proxy_url_tunnels_through_the_proxy()
    {
        using var proxy = new ConnectProxy();
        using var client = Client("proxy/config", KubeConfig($"    token: {_fx.Cluster.AdminToken}\n", $"    certificate-authority-data: {CaData}\n    proxy-url: {proxy.Url}\n"));
        await client.GetAsync("v1", "Namespace", "default");
        Assert.True(proxy.Tunnels >= 1);
    }

    [Fact]
    public async Task Environment_proxy_is_used_unless_no_proxy_cidr_matches()
    {
        using var proxy = new ConnectProxy();
        var saved = new[] { "HTTPS_PROXY", "https_proxy", "NO_PROXY", "no_proxy" }.ToDictionary(n => n, Environment.GetEnvironmentVariable);
        try
        {
            foreach (var n in saved.Keys) Environment.SetEnvironmentVariable(n, null);
            Environment.SetEnvironmentVariable("HTTPS_PROXY", proxy.Url.ToString());
            Environment.SetEnvironmentVariable("NO_PROXY", "10.0.0.0/8,.corp.example");
            using (var proxied = Client("envproxy1/config", KubeConfig($"    token: {_fx.Cluster.AdminToken}\n")))
                await proxied.GetAsync("v1", "Namespace", "default");
            var tunnels = proxy.Tunnels;
            Assert.True(tunnels >= 1);
            Environment.SetEnvironmentVariable("NO_PROXY", "localhost,127.0.0.0/8");
            using (var direct = Client("envproxy2/config", KubeConfig($"    token: {_fx.Cluster.AdminToken}\n")))
                await direct.GetAsync("v1", "Namespace", "default");
            Assert.Equal(tunnels, proxy.Tunnels);
        }
        finally
        {
            foreach (var (n, v) in saved) Environment.SetEnvironmentVariable(n, v);
        }
    }

    [Fact]
    public async Task Plain_http_never_carries_credentials()
    {
        using var server = new RecordingHttpServer();
        var (cert, key) = _fx.Cluster.IssueClientCertificate("nobody");
        using var client = Client("http/config", KubeConfig(
            $"    token: super-secret-token\n    client-certificate-data: {Convert.ToBase64String(Encoding.ASCII.GetBytes(cert))}\n    client-key-data: {Convert.ToBase64String(Encoding.ASCII.GetBytes(key))}\n",
            "", server.Url.ToString()));
        Assert.False(client.Settings.IsTls);
        await client.Discovery.GetResourcesAsync();
        Assert.NotEmpty(server.RequestHeads);
        Assert.All(server.RequestHeads, h => Assert.DoesNotContain("authorization", h.ToLowerInvariant()));
        Assert.All(server.RequestHeads, h => Assert.DoesNotContain("super-secret-token", h));
    }

    [Fact]
    public async Task In_cluster_config_uses_service_account_files()
    {
        _fx.Cluster.AddToken("sa-token", "system:serviceaccount:apps:deployer");
        var sa = Path.Combine(_fx.Directory, "serviceaccount");
        _fx.WriteFile("serviceaccount/token", "sa-token\n");
        _fx.WriteFile("serviceaccount/ca.crt", _fx.Cluster.CertificateAuthorityPem);
        _fx.WriteFile("serviceaccount/namespace", "apps\n");
        var previous = InClusterConfig.ServiceAccountDirectory;
        var (host, port) = (Environment.GetEnvironmentVariable("KUBERNETES_SERVICE_HOST"), Environment.GetEnvironmentVariable("KUBERNETES_SERVICE_PORT"));
        try
        {
            InClusterConfig.ServiceAccountDirectory = sa;
            Environment.SetEnvironmentVariable("KUBERNETES_SERVICE_HOST", "127.0.0.1");
            Environment.SetEnvironmentVariable("KUBERNETES_SERVICE_PORT", _fx.Cluster.Server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            using var client = new KubeClient(ConnectionSettings.InCluster());
            Assert.Equal("apps", client.Settings.Namespace);
            await client.GetAsync("v1", "Namespace", "default");
            Assert.Equal("system:serviceaccount:apps:deployer", LastRequest("/api/v1/namespaces/default").User);
        }
        finally
        {
            InClusterConfig.ServiceAccountDirectory = previous;
            Environment.SetEnvironmentVariable("KUBERNETES_SERVICE_HOST", host);
            Environment.SetEnvironmentVariable("KUBERNETES_SERVICE_PORT", port);
        }
    }
}
