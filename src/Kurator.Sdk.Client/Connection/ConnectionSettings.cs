using System;
using System.Collections.Generic;
using System.Security.Cryptography.X509Certificates;
using Kurator.Sdk.Client.Auth;
using Kurator.Sdk.Client.KubeConfig;

namespace Kurator.Sdk.Client.Connection;

/// <summary>
/// Everything needed to talk to one cluster, resolved from a kubeconfig context or in-cluster config
/// (client-go's rest.Config). Credentials are held here but never printed.
/// </summary>
public sealed class ConnectionSettings
{
    internal ConnectionSettings(Uri server, string ns)
    {
        Server = server;
        Namespace = ns;
    }

    /// <summary>The API server base URL (a path prefix such as /k8s/clusters/x is kept).</summary>
    public Uri Server { get; }

    /// <summary>The context's default namespace.</summary>
    public string Namespace { get; }

    /// <summary>Name for SNI and certificate checking instead of the URL host.</summary>
    public string? TlsServerName { get; internal init; }

    /// <summary>Skip server certificate verification (insecure-skip-tls-verify).</summary>
    public bool InsecureSkipTlsVerify { get; internal init; }

    /// <summary>Trusted CA certificates; null to use the system store.</summary>
    public X509Certificate2Collection? CertificateAuthorities { get; internal init; }

    /// <summary>The client certificate (with key) from the kubeconfig, if any.</summary>
    public X509Certificate2? ClientCertificate { get; internal init; }

    /// <summary>Explicit proxy URL (http, https, socks5); null to use HTTP(S)_PROXY/NO_PROXY.</summary>
    public Uri? Proxy { get; internal init; }

    /// <summary>Disable response compression.</summary>
    public bool DisableCompression { get; internal init; }

    /// <summary>Impersonate-User.</summary>
    public string? ImpersonateUser { get; internal init; }

    /// <summary>Impersonate-Uid.</summary>
    public string? ImpersonateUid { get; internal init; }

    /// <summary>Impersonate-Group values.</summary>
    public IReadOnlyList<string> ImpersonateGroups { get; internal init; } = [];

    /// <summary>Impersonate-Extra-* values.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ImpersonateExtra { get; internal init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Maximum concurrent requests (watches excluded) on this cluster's shared handler; read at the first request.</summary>
    public int MaxConcurrency { get; set; } = 16;

    /// <summary>Upper bound on the total time spent retrying one idempotent request.</summary>
    public TimeSpan RetryBudget { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Maximum attempts of one idempotent request (client-go: 10 retries).</summary>
    public int MaxAttempts { get; set; } = 11;

    /// <summary>True when the server URL is https; only then are credentials sent.</summary>
    public bool IsTls => Server.Scheme == Uri.UriSchemeHttps;

    internal ICredentialSource? Credentials { get; init; }

    /// <summary>
    /// What is unsafe or surprising about this connection, one sentence each, never a credential: server certificate not
    /// verified (insecure-skip-tls-verify), or credentials withheld because the server is plain http.
    /// <see cref="KubeClient"/> logs them once when created.
    /// </summary>
    public IReadOnlyList<string> Warnings { get; internal init; } = [];

    /// <summary>A short description for logs: server and auth kind, never the credential.</summary>
    public override string ToString() => $"{Server} ({(Credentials?.GetType().Name ?? (ClientCertificate is null ? "anonymous" : "client certificate"))})";

    /// <summary>Resolves <paramref name="context"/> (or the current context) of a loaded kubeconfig.</summary>
    public static ConnectionSettings FromKubeConfig(KubeConfigFile config, string? context = null) => ConnectionResolver.Resolve(config, context);

    /// <summary>Loads the kubeconfig as kubectl does (explicit path, else KUBECONFIG, else ~/.kube/config) and resolves a context.</summary>
    public static ConnectionSettings Load(string? kubeconfigPath = null, string? context = null) => FromLoaded(KubeConfigLoader.Load(kubeconfigPath), context);

    /// <summary>
    /// Resolves a context of a kubeconfig loaded once with <see cref="KubeConfigLoader.Load"/> (for several contexts of it
    /// without reading and parsing it again), as <see cref="Load"/> does: in-cluster when it is empty and a pod's service
    /// account is there.
    /// </summary>
    public static ConnectionSettings FromLoaded(KubeConfigFile config, string? context = null)
    {
        if (config.Contexts.Count == 0 && config.Clusters.Count == 0 && InClusterConfig.IsAvailable) return InClusterConfig.Create();
        return FromKubeConfig(config, context);
    }

    /// <summary>In-cluster service-account configuration.</summary>
    public static ConnectionSettings InCluster() => InClusterConfig.Create();
}
