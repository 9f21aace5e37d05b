using System;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Kurator.Sdk.Emulator.Tls;

/// <summary>A throw-away certificate authority (ECDSA P-256) issuing the emulator's serving and client certificates.</summary>
internal sealed class CertificateAuthority : IDisposable
{
    private readonly ECDsa _key;

    public CertificateAuthority(string commonName = "kurator-emulator-ca")
    {
        _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={commonName}", _key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign | X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        Certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddYears(1));
    }

    /// <summary>The CA certificate (with its private key).</summary>
    public X509Certificate2 Certificate { get; }

    public string CertificatePem => Certificate.ExportCertificatePem();

    /// <summary>A serving certificate for 127.0.0.1 and localhost (plus any extra DNS names, for tls-server-name tests).</summary>
    public X509Certificate2 IssueServer(params string[] extraDnsNames)
    {
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(IPAddress.Loopback);
        san.AddDnsName("localhost");
        foreach (var dns in extraDnsNames) san.AddDnsName(dns);
        return Issue("CN=kurator-emulator", san.Build(), new OidCollection { new Oid("1.3.6.1.5.5.7.3.1") });
    }

    /// <summary>A client certificate: CN is the user name, each O a group (as the Kubernetes x509 authenticator reads them).</summary>
    public X509Certificate2 IssueClient(string user, params string[] groups)
    {
        var subject = $"CN={user}";
        foreach (var g in groups) subject += $", O={g}";
        return Issue(subject, null, new OidCollection { new Oid("1.3.6.1.5.5.7.3.2") });
    }

    private X509Certificate2 Issue(string subject, X509Extension? san, OidCollection usages)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(usages, false));
        if (san is not null) request.CertificateExtensions.Add(san);
        var serial = new byte[16];
        RandomNumberGenerator.Fill(serial);
        serial[0] &= 0x7f;
        using var cert = request.Create(Certificate, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(30), serial);
        return cert.CopyWithPrivateKey(key);
    }

    /// <summary>True when <paramref name="cert"/> was issued by this CA.</summary>
    public bool Issued(X509Certificate2 cert)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(Certificate);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(cert);
    }

    public void Dispose()
    {
        Certificate.Dispose();
        _key.Dispose();
    }
}
