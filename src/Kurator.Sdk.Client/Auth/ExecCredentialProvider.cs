using System;
using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Kurator.Sdk.Client.KubeConfig;

namespace Kurator.Sdk.Client.Auth;

/// <summary>
/// Runs an exec credential plugin (client.authentication.k8s.io/v1 or v1beta1): argv entries passed separately, the
/// kubeconfig env on top of the parent's, <c>KUBERNETES_EXEC_INFO</c> (with spec.cluster when provideClusterInfo), stdin
/// only when interactive. Credentials are cached until expirationTimestamp, and re-fetched once per generation after a 401.
/// </summary>
internal sealed class ExecCredentialProvider : ICredentialSource
{
    private static readonly TimeSpan PluginTimeout = TimeSpan.FromMinutes(5);
    private readonly ExecConfig _config;
    private readonly ClusterInfo _cluster;
    private readonly string _userName;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _authorization;
    private X509Certificate2? _certificate;
    private DateTimeOffset? _expires;
    private bool _loaded;

    public ExecCredentialProvider(ExecConfig config, ClusterInfo cluster, string userName)
    {
        _config = config;
        _cluster = cluster;
        _userName = userName;
    }

    /// <summary>How many times the plugin has run (for diagnostics and tests).</summary>
    public int Runs { get; private set; }

    public X509Certificate2? ClientCertificate => _certificate;

    public async ValueTask<string?> GetAuthorizationAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!_loaded || (_expires is { } e && e <= DateTimeOffset.UtcNow)) await RunAsync(cancellationToken);
            return _authorization;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Re-runs the plugin unless another request already replaced the rejected credential.</summary>
    public async ValueTask<bool> RefreshAfterUnauthorizedAsync(string? rejected, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_authorization != rejected) return true;
            await RunAsync(cancellationToken);
            return _authorization != rejected || _certificate is not null;
        }
        finally
        {
            _gate.Release();
        }
    }

    internal string BuildExecInfo(bool interactive)
    {
        var spec = new JsonObject { ["interactive"] = interactive };
        if (_config.ProvideClusterInfo)
        {
            var cluster = new JsonObject { ["server"] = _cluster.Server };
            if (_cluster.TlsServerName is not null) cluster["tls-server-name"] = _cluster.TlsServerName;
            if (_cluster.InsecureSkipTlsVerify) cluster["insecure-skip-tls-verify"] = true;
            var ca = _cluster.CertificateAuthorityData ?? (_cluster.CertificateAuthority is { } f ? System.IO.File.ReadAllBytes(f) : null);
            if (ca is not null) cluster["certificate-authority-data"] = Convert.ToBase64String(ca);
            if (_cluster.ProxyUrl is not null) cluster["proxy-url"] = _cluster.ProxyUrl;
            if (_cluster.DisableCompression) cluster["disable-compression"] = true;
            if (_cluster.ExecExtension is not null) cluster["config"] = _cluster.ExecExtension.DeepClone();
            spec["cluster"] = cluster;
        }
        return new JsonObject { ["kind"] = "ExecCredential", ["apiVersion"] = _config.ApiVersion, ["spec"] = spec }.ToJsonString();
    }

    private bool Interactive()
    {
        var mode = _config.InteractiveMode ?? "IfAvailable";
        var terminal = !Console.IsInputRedirected;
        return mode switch
        {
            "Never" => false,
            "Always" when !terminal => throw new KubeConfigException($"exec plugin cannot support interactive mode: standard input is not a terminal (user {_userName})"),
            "Always" => true,
            _ => terminal,
        };
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        var interactive = Interactive();
        var psi = new ProcessStartInfo(_config.Command)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardInput = !interactive,
            RedirectStandardError = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var a in _config.Args) psi.ArgumentList.Add(a);
        foreach (var (k, v) in _config.Env) psi.Environment[k] = v;
        psi.Environment["KUBERNETES_EXEC_INFO"] = BuildExecInfo(interactive);
        Process process;
        try
        {
            process = Process.Start(psi) ?? throw new KubeConfigException($"exec: failed to start {_config.Command}");
        }
        catch (Win32Exception ex)
        {
            var hint = string.IsNullOrEmpty(_config.InstallHint) ? "" : "\n\n" + _config.InstallHint;
            throw new KubeConfigException($"exec: executable {_config.Command} not found{hint}", ex);
        }
        using (process)
        {
            if (!interactive) process.StandardInput.Close();
            Runs++;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(PluginTimeout);
            var stdout = await process.StandardOutput.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            if (process.ExitCode != 0) throw new KubeConfigException($"exec: executable {_config.Command} failed with exit code {process.ExitCode}");
            Accept(stdout);
        }
    }

    private void Accept(string stdout)
    {
        JsonObject output;
        try
        {
            output = JsonNode.Parse(stdout) as JsonObject ?? throw new JsonException("not an object");
        }
        catch (JsonException ex)
        {
            throw new KubeConfigException($"exec plugin for user {_userName}: decoding stdout: {ex.Message}", ex);
        }
        var apiVersion = (string?)output["apiVersion"];
        if (apiVersion != _config.ApiVersion)
            throw new KubeConfigException($"exec plugin is configured to use API version {_config.ApiVersion}, plugin returned version {apiVersion}");
        if (output["status"] is not JsonObject status) throw new KubeConfigException("exec plugin didn't return a status field");
        var token = (string?)status["token"];
        var certPem = (string?)status["clientCertificateData"];
        var keyPem = (string?)status["clientKeyData"];
        if (string.IsNullOrEmpty(token) && string.IsNullOrEmpty(certPem) && string.IsNullOrEmpty(keyPem))
            throw new KubeConfigException("exec plugin didn't return a token or cert/key pair");
        if (string.IsNullOrEmpty(certPem) != string.IsNullOrEmpty(keyPem))
            throw new KubeConfigException("exec plugin returned only certificate or key, not both");
        _authorization = string.IsNullOrEmpty(token) ? null : "Bearer " + token;
        if (!string.IsNullOrEmpty(certPem)) _certificate = X509Certificate2.CreateFromPem(certPem, keyPem);
        _expires = status["expirationTimestamp"] is JsonValue exp
            ? DateTimeOffset.Parse(exp.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)
            : null;
        _loaded = true;
    }
}
