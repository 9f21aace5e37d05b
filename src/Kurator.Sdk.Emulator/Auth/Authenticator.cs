using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Kurator.Sdk.Emulator.Errors;
using Kurator.Sdk.Emulator.Tls;
using Microsoft.AspNetCore.Http;

namespace Kurator.Sdk.Emulator.Auth;

/// <summary>
/// Authenticates requests by bearer token, basic auth or a client certificate from the emulator's CA (401 otherwise),
/// then applies impersonation headers (403 unless the caller may impersonate).
/// </summary>
internal sealed class Authenticator
{
    private readonly CertificateAuthority _ca;
    private readonly ConcurrentDictionary<string, UserInfo> _tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string Password, UserInfo User)> _basic = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, UserInfo> _knownUsers = new(StringComparer.Ordinal);

    public Authenticator(CertificateAuthority ca) => _ca = ca;

    public void AddToken(string token, UserInfo user)
    {
        _tokens[token] = user;
        _knownUsers[user.Name] = user;
    }

    public bool RemoveToken(string token) => _tokens.TryRemove(token, out _);

    public void AddBasic(string username, string password, UserInfo user)
    {
        _basic[username] = (password, user);
        _knownUsers[user.Name] = user;
    }

    public void AddKnownUser(UserInfo user) => _knownUsers[user.Name] = user;

    public UserInfo Authenticate(HttpContext context)
    {
        var user = Identify(context) ?? throw new ApiError(401, "Unauthorized", "Unauthorized");
        return Impersonate(context, user);
    }

    private UserInfo? Identify(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return _tokens.TryGetValue(header[7..].Trim(), out var u) ? u : null;
        }
        if (header.StartsWith("Basic ", StringComparison.Ordinal))
        {
            string decoded;
            try { decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim())); }
            catch (FormatException) { return null; }
            var colon = decoded.IndexOf(':');
            if (colon < 0) return null;
            return _basic.TryGetValue(decoded[..colon], out var entry) && entry.Password == decoded[(colon + 1)..] ? entry.User : null;
        }
        if (header.Length > 0) return null;
        var cert = context.Connection.ClientCertificate;
        if (cert is not null && _ca.Issued(cert))
        {
            var cn = cert.GetNameInfo(X509NameType.SimpleName, false);
            var groups = cert.SubjectName.EnumerateRelativeDistinguishedNames()
                .Where(r => r.GetSingleElementType().FriendlyName is "O")
                .Select(r => r.GetSingleElementValue() ?? "").ToList();
            return _knownUsers.TryGetValue(cn, out var known) ? known with { Groups = groups } : new UserInfo(cn, groups, ReadOnly: false, CanImpersonate: false);
        }
        return null;
    }

    private UserInfo Impersonate(HttpContext context, UserInfo user)
    {
        var headers = context.Request.Headers;
        var asUser = headers["Impersonate-User"].ToString();
        var extras = headers.Where(h => h.Key.StartsWith("Impersonate-Extra-", StringComparison.OrdinalIgnoreCase)).ToList();
        if (asUser.Length == 0)
        {
            if (headers.ContainsKey("Impersonate-Group") || extras.Count > 0 || headers.ContainsKey("Impersonate-Uid"))
                throw ApiError.BadRequest("requested impersonation without a user");
            return user;
        }
        if (!user.CanImpersonate)
            throw new ApiError(403, "Forbidden", $"users \"{asUser}\" is forbidden: User \"{user.Name}\" cannot impersonate resource \"users\" in API group \"\" at the cluster scope",
                ApiError.DetailsFor(asUser, "", "users"));
        var groups = headers["Impersonate-Group"].Select(g => g ?? "").ToList();
        var extra = extras.ToDictionary(
            h => Uri.UnescapeDataString(h.Key["Impersonate-Extra-".Length..]).ToLowerInvariant(),
            h => (IReadOnlyList<string>)h.Value.Select(v => v ?? "").ToList());
        var baseUser = _knownUsers.TryGetValue(asUser, out var known) ? known : new UserInfo(asUser, [], ReadOnly: false, CanImpersonate: false);
        return baseUser with { Groups = groups, Extra = extra, Uid = headers["Impersonate-Uid"].FirstOrDefault() };
    }
}
