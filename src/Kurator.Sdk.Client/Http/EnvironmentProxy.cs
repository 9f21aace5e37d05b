using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;

namespace Kurator.Sdk.Client.Http;

/// <summary>
/// The proxy from HTTPS_PROXY / HTTP_PROXY / NO_PROXY (either case), used when the kubeconfig has no proxy-url.
/// Unlike .NET's default proxy, NO_PROXY entries may be CIDRs (as in apimachinery's NewProxierWithNoProxyCIDR),
/// besides host names, domain suffixes, host:port and "*".
/// </summary>
internal sealed class EnvironmentProxy : IWebProxy
{
    private readonly Uri? _https;
    private readonly Uri? _http;
    private readonly List<string> _noProxy;

    private EnvironmentProxy(Uri? https, Uri? http, List<string> noProxy)
    {
        _https = https;
        _http = http;
        _noProxy = noProxy;
    }

    public ICredentials? Credentials { get; set; }

    /// <summary>Reads the environment; null when no proxy is configured.</summary>
    public static EnvironmentProxy? FromEnvironment()
    {
        static string? Env(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } v ? v : Environment.GetEnvironmentVariable(name.ToLowerInvariant()) is { Length: > 0 } l ? l : null;
        static Uri? Parse(string? value) => value is null ? null : Uri.TryCreate(value.Contains("://", StringComparison.Ordinal) ? value : "http://" + value, UriKind.Absolute, out var u) ? u : null;
        var https = Parse(Env("HTTPS_PROXY"));
        var http = Parse(Env("HTTP_PROXY"));
        if (https is null && http is null) return null;
        var noProxy = (Env("NO_PROXY") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        return new EnvironmentProxy(https, http, noProxy);
    }

    public Uri? GetProxy(Uri destination) => IsBypassed(destination) ? null : destination.Scheme == Uri.UriSchemeHttps ? _https : _http;

    public bool IsBypassed(Uri host)
    {
        var name = host.IdnHost.Trim('[', ']');
        foreach (var entry in _noProxy)
        {
            if (entry == "*") return true;
            if (entry.Contains('/') && IPNetwork.TryParse(entry, out var network))
            {
                if (IPAddress.TryParse(name, out var ip) && network.Contains(ip)) return true;
                continue;
            }
            var (entryHost, entryPort) = SplitPort(entry);
            if (entryPort is not null && entryPort != host.Port) continue;
            var suffix = entryHost.TrimStart('*').TrimStart('.');
            if (name.Equals(suffix, StringComparison.OrdinalIgnoreCase) || name.EndsWith("." + suffix, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private static (string Host, int? Port) SplitPort(string entry)
    {
        var colon = entry.LastIndexOf(':');
        return colon > 0 && !entry.Contains(']', StringComparison.Ordinal) && entry.Count(c => c == ':') == 1 && int.TryParse(entry[(colon + 1)..], out var port)
            ? (entry[..colon], port)
            : (entry, null);
    }
}
