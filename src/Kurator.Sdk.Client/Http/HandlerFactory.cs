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
    public static SocketsHttpHandler Create(ConnectionSettings settings, ServerCertificateCheck check)
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
            RemoteCertificateValidationCallback = (_, certificate, chain, errors) => check.Verify(certificate as X509Certificate2, chain, errors),
            ApplicationProtocols = [SslApplicationProtocol.Http2, SslApplicationProtocol.Http11],
        };
        if (!settings.InsecureSkipTlsVerify && settings.CertificateAuthorities is { Count: > 0 } roots)
        {
            handler.SslOptions.CertificateChainPolicy = ServerCertificateCheck.TrustPolicy(roots);
        }

        if (settings.ClientCertificate is not null || settings.Credentials is not null)
        {
            // Resolved per handshake so a certificate returned by an exec plugin is used as soon as it is known.
            handler.SslOptions.LocalCertificateSelectionCallback = (_, _, _, _, _) =>
                settings.Credentials?.ClientCertificate ?? settings.ClientCertificate!;
        }
        return handler;
    }
}
