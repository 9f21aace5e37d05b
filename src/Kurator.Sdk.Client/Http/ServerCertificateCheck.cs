using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using Kurator.Sdk.Client.Connection;

namespace Kurator.Sdk.Client.Http;

/// <summary>
/// Verifies a cluster's server certificate as client-go does (the kubeconfig's CA, else the system store; the name is the
/// URL host or tls-server-name) and keeps why the last one failed, so the handshake error can say so (unknown authority,
/// name mismatch, expired) instead of "see inner exception".
/// </summary>
internal sealed class ServerCertificateCheck(ConnectionSettings settings)
{
    private string? _lastFailure;

    /// <summary>Why the last rejected certificate was rejected, or null when none was.</summary>
    public string? LastFailure => Volatile.Read(ref _lastFailure);

    /// <summary>The TLS validation callback: true to accept.</summary>
    public bool Verify(X509Certificate2? certificate, X509Chain? systemChain, SslPolicyErrors errors)
    {
        if (settings.InsecureSkipTlsVerify) return true;
        var problems = Problems(certificate, systemChain, errors);
        if (problems.Count == 0)
        {
            Volatile.Write(ref _lastFailure, null);
            return true;
        }

        Volatile.Write(ref _lastFailure, string.Join("; ", problems));
        return false;
    }

    /// <summary>
    /// How to build a server's chain when the kubeconfig names its authorities: only they are trusted, no revocation
    /// check (client-go does none). Given to the handshake itself, so each connection builds one chain, and never loads
    /// the system's trust store.
    /// </summary>
    public static X509ChainPolicy TrustPolicy(IEnumerable<X509Certificate2> roots)
    {
        var policy = new X509ChainPolicy { TrustMode = X509ChainTrustMode.CustomRootTrust, RevocationMode = X509RevocationMode.NoCheck };
        policy.CustomTrustStore.AddRange(roots.ToArray());
        return policy;
    }

    private List<string> Problems(X509Certificate2? certificate, X509Chain? systemChain, SslPolicyErrors errors)
    {
        if (certificate is null) return ["the server sent no certificate"];
        var problems = new List<string>();
        if (settings.CertificateAuthorities is { Count: > 0 } roots)
        {
            // The handshake built the chain with TrustPolicy (the handler's CertificateChainPolicy): its verdict is ours.
            // A chain built any other way (the system's roots) is built again against the kubeconfig's authorities.
            var handshakeChain = systemChain?.ChainPolicy.TrustMode == X509ChainTrustMode.CustomRootTrust ? systemChain : null;
            using var own = handshakeChain is null ? new X509Chain { ChainPolicy = TrustPolicy(roots) } : null;
            var chain = handshakeChain ?? own!;
            var built = handshakeChain is not null ? (errors & SslPolicyErrors.RemoteCertificateChainErrors) == 0 : chain.Build(certificate);
            var anchored = chain.ChainElements.Count > 0 && roots.Any(r => r.Thumbprint == chain.ChainElements[^1].Certificate.Thumbprint);
            if (!built || !anchored) problems.AddRange(Describe(certificate, chain, "the kubeconfig's certificate-authority"));
        }
        else if ((errors & SslPolicyErrors.RemoteCertificateChainErrors) != 0)
        {
            problems.AddRange(systemChain is null ? ["the certificate chain could not be verified"] : Describe(certificate, systemChain, "the system's trusted authorities"));
        }

        var expectedName = settings.TlsServerName ?? settings.Server.IdnHost;
        if (!certificate.MatchesHostname(expectedName, allowWildcards: true, allowCommonName: false))
        {
            problems.Add($"name mismatch: the certificate is valid for {NamesOf(certificate)}, not {expectedName}" +
                         (settings.TlsServerName is null ? " (tls-server-name can name the host the certificate is for)" : " (tls-server-name)"));
        }

        return problems;
    }

    /// <summary>What is wrong with a chain, one phrase per cause: expired or not yet valid certificates, an unknown authority.</summary>
    private static IEnumerable<string> Describe(X509Certificate2 leaf, X509Chain chain, string trusted)
    {
        var now = DateTime.UtcNow;
        var said = new List<string>();
        foreach (var element in chain.ChainElements)
        {
            var cert = element.Certificate;
            var which = cert.Thumbprint == leaf.Thumbprint ? "the server's certificate" : $"the issuing certificate {cert.Subject}";
            if (element.ChainElementStatus.Any(s => s.Status == X509ChainStatusFlags.NotTimeValid))
            {
                said.Add(cert.NotAfter.ToUniversalTime() < now
                    ? $"certificate expired: {which} expired on {Stamp(cert.NotAfter)}"
                    : $"certificate not yet valid: {which} is valid from {Stamp(cert.NotBefore)}");
            }
        }

        var flags = chain.ChainStatus.Select(s => s.Status).Aggregate(X509ChainStatusFlags.NoError, (a, b) => a | b);
        var root = chain.ChainElements.Count > 0 ? chain.ChainElements[^1].Certificate : leaf;
        if ((flags & (X509ChainStatusFlags.UntrustedRoot | X509ChainStatusFlags.PartialChain)) != 0 || flags == X509ChainStatusFlags.NoError)
        {
            // NoError here: a chain that built but ends at a root the kubeconfig does not name.
            said.Add($"certificate signed by unknown authority: issuer {root.Issuer} is not among {trusted}");
        }

        var other = flags & ~(X509ChainStatusFlags.UntrustedRoot | X509ChainStatusFlags.PartialChain | X509ChainStatusFlags.NotTimeValid | X509ChainStatusFlags.NoError);
        if (other != X509ChainStatusFlags.NoError)
        {
            said.AddRange(chain.ChainStatus.Where(s => (s.Status & other) != 0).Select(s => s.StatusInformation.Trim()).Where(s => s.Length > 0).Distinct());
        }

        return said.Count > 0 ? said : ["the certificate chain could not be verified"];
    }

    private static string NamesOf(X509Certificate2 certificate)
    {
        var san = certificate.Extensions.OfType<X509SubjectAlternativeNameExtension>().FirstOrDefault();
        var names = san is null ? [] : san.EnumerateDnsNames().Concat(san.EnumerateIPAddresses().Select(a => a.ToString())).ToList();
        return names.Count > 0 ? string.Join(", ", names) : $"no name (subject {certificate.Subject}, no subjectAltName)";
    }

    private static string Stamp(DateTime time) => time.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
