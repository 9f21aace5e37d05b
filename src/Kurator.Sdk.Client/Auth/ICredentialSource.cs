using System.Security.Cryptography.X509Certificates;
using System.Threading;
using System.Threading.Tasks;

namespace Kurator.Sdk.Client.Auth;

/// <summary>Where a request's credentials come from: a static token or basic auth, a token file, or an exec plugin.</summary>
internal interface ICredentialSource
{
    /// <summary>The Authorization header value (e.g. "Bearer …"), or null when this source gives only a client certificate.</summary>
    ValueTask<string?> GetAuthorizationAsync(CancellationToken cancellationToken);

    /// <summary>A client certificate provided by the source (exec plugins may return one), or null.</summary>
    X509Certificate2? ClientCertificate { get; }

    /// <summary>Called after a 401 with the credential that was rejected; returns true when new credentials are available.</summary>
    ValueTask<bool> RefreshAfterUnauthorizedAsync(string? rejected, CancellationToken cancellationToken);
}
