using System;
using System.IO;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Kurator.Sdk.Client.Auth;
using Kurator.Sdk.Client.KubeConfig;

namespace Kurator.Sdk.Client.Connection;

/// <summary>In-cluster service-account configuration (client-go rest.InClusterConfig).</summary>
internal static class InClusterConfig
{
    internal static string ServiceAccountDirectory { get; set; } = "/var/run/secrets/kubernetes.io/serviceaccount";

    public static bool IsAvailable =>
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("KUBERNETES_SERVICE_HOST")) &&
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("KUBERNETES_SERVICE_PORT"));

    public static ConnectionSettings Create()
    {
        var host = Environment.GetEnvironmentVariable("KUBERNETES_SERVICE_HOST");
        var port = Environment.GetEnvironmentVariable("KUBERNETES_SERVICE_PORT");
        if (string.IsNullOrEmpty(host) || string.IsNullOrEmpty(port))
            throw new KubeConfigException("unable to load in-cluster configuration, KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT must be defined");
        // JoinHostPort semantics: IPv6 literals are bracketed.
        var authority = IPAddress.TryParse(host, out var ip) && ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{host}]:{port}" : $"{host}:{port}";
        var tokenPath = Path.Combine(ServiceAccountDirectory, "token");
        if (!File.Exists(tokenPath)) throw new KubeConfigException($"open {tokenPath}: no such file or directory");
        X509Certificate2Collection? ca = null;
        var caPath = Path.Combine(ServiceAccountDirectory, "ca.crt");
        if (File.Exists(caPath))
        {
            try
            {
                ca = new X509Certificate2Collection();
                ca.ImportFromPemFile(caPath);
            }
            catch (CryptographicException)
            {
                ca = null; // client-go logs and continues without the CA.
            }
        }
        var ns = Environment.GetEnvironmentVariable("POD_NAMESPACE");
        if (string.IsNullOrEmpty(ns))
        {
            var nsPath = Path.Combine(ServiceAccountDirectory, "namespace");
            ns = File.Exists(nsPath) ? File.ReadAllText(nsPath).Trim() : "";
        }
        return new ConnectionSettings(new Uri($"https://{authority}/"), string.IsNullOrEmpty(ns) ? "default" : ns)
        {
            CertificateAuthorities = ca,
            Credentials = new TokenFileCredential(tokenPath),
        };
    }
}
