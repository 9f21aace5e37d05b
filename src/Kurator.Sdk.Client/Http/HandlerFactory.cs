using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Kurator.Sdk.Client.Connection;

namespace Kurator.Sdk.Client.Http;

/// <summary>Builds the one shared <see cref="SocketsHttpHandler"/> of a cluster: TLS 1.2+, custom CA, tls-server-name, client certificates, proxy, HTTP/2.</summary>
internal static class HandlerFactory
{
    public static SocketsHttpHandler Create(ConnectionSettings settings)
    {
        var handler = new SocketsHttpHandler
        {
            EnableMultipleHttp2Connections = true,
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(90),
            MaxConnectionsPerServer = 25,
            ConnectTimeout = TimeSpan.FromSeconds(30),
            KeepAlivePingDelay = TimeSpan.FromSeconds(30),
            KeepAlivePingTimeout = TimeSpan.FromSeconds(15),
            AutomaticDecompression = settings.DisableCompression ? DecompressionMethods.None : DecompressionMethods.GZip,
        };
        if (settings.Proxy is not null)
        {
            handler.Proxy = new WebProxy(settings.Proxy);
            handler.UseProxy = true;
        }
        else if (EnvironmentProxy.FromEnvironment() is { } fromEnvironment)
        {
            handler.Proxy = fromEnvironment;
            handler.UseProxy = true;
        }
        else
        {
            handler.UseProxy = false;
        }
        handler.SslOptions = new SslClientAuthenticationOptions
        {
            EnabledSslProtocols = System.Security.Authentication.SslProtocols.Tls12 | System.Security.Authentication.SslProtocols.Tls13,
            RemoteCertificateValidationCallback = (_, certificate, _, errors) => Verify(settings, certificate as X509Certificate2, errors),
            ApplicationProtocols = [SslApplicationProtocol.Http2, SslApplicationProtocol.Http11],
        };
        if (settings.ClientCertificate is not null || settings.Credentials is not null)
        {
            // Resolved per handshake so a certificate returned by an exec plugin is used as soon as it is known.
            handler.SslOptions.LocalCertificateSelectionCallback = (_, _, _, _, _) =>
                settings.Credentials?.ClientCertificate ?? settings.ClientCertificate!;
        }
        return handler;
    }

    private static bool Verify(ConnectionSettings settings, X509Certificate2? certificate, SslPolicyErrors errors)
    {
        if (settings.InsecureSkipTlsVerify) return true;
        if (certificate is null) return false;
        var expectedName = settings.TlsServerName ?? settings.Server.IdnHost;
        if (!certificate.MatchesHostname(expectedName, allowWildcards: true, allowCommonName: false)) return false;
        if (settings.CertificateAuthorities is not { Count: > 0 } roots)
            return (errors & ~SslPolicyErrors.RemoteCertificateNameMismatch) == SslPolicyErrors.None;
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(roots);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(certificate) && chain.ChainElements.Count > 0 &&
               roots.Cast<X509Certificate2>().Any(r => r.Thumbprint == chain.ChainElements[^1].Certificate.Thumbprint);
    }
}
