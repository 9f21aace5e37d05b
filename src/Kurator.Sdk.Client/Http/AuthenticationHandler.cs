using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Kurator.Sdk.Client.Connection;

namespace Kurator.Sdk.Client.Http;

/// <summary>
/// Adds the Authorization and impersonation headers, and after a 401 asks the credential source for fresh credentials
/// (exec plugins re-run once per credential generation, token files are re-read) and retries once.
/// Credentials are attached only to https requests.
/// </summary>
internal sealed class AuthenticationHandler : DelegatingHandler
{
    private readonly ConnectionSettings _settings;

    public AuthenticationHandler(ConnectionSettings settings, HttpMessageHandler inner) : base(inner) => _settings = settings;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        AddImpersonation(request);
        var source = _settings.Credentials;
        if (source is null || request.RequestUri?.Scheme != Uri.UriSchemeHttps || request.Headers.Authorization is not null)
            return await base.SendAsync(request, cancellationToken);
        var authorization = await source.GetAuthorizationAsync(cancellationToken);
        Apply(request, authorization);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized || request.Content is { } c && !c.Headers.ContentLength.HasValue) return response;
        if (!await source.RefreshAfterUnauthorizedAsync(authorization, cancellationToken)) return response;
        response.Dispose();
        var retry = await RequestCloner.CloneAsync(request, cancellationToken);
        Apply(retry, await source.GetAuthorizationAsync(cancellationToken));
        return await base.SendAsync(retry, cancellationToken);
    }

    private static void Apply(HttpRequestMessage request, string? authorization)
    {
        request.Headers.Remove("Authorization");
        if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);
    }

    private void AddImpersonation(HttpRequestMessage request)
    {
        if (string.IsNullOrEmpty(_settings.ImpersonateUser)) return;
        request.Headers.TryAddWithoutValidation("Impersonate-User", _settings.ImpersonateUser);
        if (!string.IsNullOrEmpty(_settings.ImpersonateUid)) request.Headers.TryAddWithoutValidation("Impersonate-Uid", _settings.ImpersonateUid);
        foreach (var g in _settings.ImpersonateGroups) request.Headers.TryAddWithoutValidation("Impersonate-Group", g);
        foreach (var (key, values) in _settings.ImpersonateExtra)
        {
            // Keys are percent-encoded in the header name, as client-go does.
            var name = "Impersonate-Extra-" + Uri.EscapeDataString(key);
            foreach (var v in values) request.Headers.TryAddWithoutValidation(name, v);
        }
    }
}
