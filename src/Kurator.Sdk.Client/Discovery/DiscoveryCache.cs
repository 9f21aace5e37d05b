using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Kurator.Sdk.Client.Connection;

namespace Kurator.Sdk.Client.Discovery;

/// <summary>
/// A disk cache of discovery, one file per API server, as kubectl keeps one under <c>~/.kube/cache/discovery</c> with a
/// 6-hour TTL: a fresh process then maps kinds without asking the server. It is only a hint: a kind it lacks is looked
/// up on the server again (and the file rewritten), and a client that wrote a CRD reloads from the server.
/// </summary>
public sealed class DiscoveryCache
{
    /// <summary>kubectl's discovery cache TTL (since v1.24).</summary>
    public static readonly TimeSpan DefaultTtl = TimeSpan.FromHours(6);

    /// <summary>Creates a cache in <paramref name="directory"/> whose entries are used for <paramref name="ttl"/>.</summary>
    public DiscoveryCache(string directory, TimeSpan ttl)
    {
        Directory = directory;
        Ttl = ttl;
    }

    /// <summary>The cache of this user: <c>~/.kube/cache/kurator-sdk/discovery</c>; null when there is no home directory.</summary>
    public static DiscoveryCache? ForUser()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return string.IsNullOrEmpty(home) ? null : new DiscoveryCache(Path.Combine(home, ".kube", "cache", "kurator-sdk", "discovery"), DefaultTtl);
    }

    /// <summary>Where the files are.</summary>
    public string Directory { get; }

    /// <summary>How long an entry is used after it was written.</summary>
    public TimeSpan Ttl { get; }

    /// <summary>
    /// The entry of the server <paramref name="settings"/> reaches. The key is the server URL, the TLS server name and
    /// the trusted CAs: another server behind the same address (a new local cluster on a reused port) has its own entry.
    /// </summary>
    public DiscoveryCacheFile For(ConnectionSettings settings)
    {
        var identity = new StringBuilder(settings.Server.AbsoluteUri).Append('\n').Append(settings.TlsServerName).Append('\n');
        foreach (var ca in settings.CertificateAuthorities?.OfType<System.Security.Cryptography.X509Certificates.X509Certificate2>() ?? [])
            identity.Append(ca.Thumbprint).Append('\n');
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity.ToString())))[..16];
        var host = new string(settings.Server.Authority.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' ? c : '_').ToArray());
        return new DiscoveryCacheFile(Path.Combine(Directory, host + "-" + hash + ".json"), settings.Server.AbsoluteUri, Ttl);
    }
}
