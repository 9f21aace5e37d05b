using System;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Kurator.Sdk.Client.Auth;

/// <summary>A fixed bearer token or basic-auth pair.</summary>
internal sealed class StaticCredential : ICredentialSource
{
    private readonly string _header;

    private StaticCredential(string header) => _header = header;

    public static StaticCredential Bearer(string token) => new("Bearer " + token);

    public static StaticCredential Basic(string username, string password) =>
        new("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(username + ":" + password)));

    public X509Certificate2? ClientCertificate => null;

    public ValueTask<string?> GetAuthorizationAsync(CancellationToken cancellationToken) => ValueTask.FromResult<string?>(_header);

    public ValueTask<bool> RefreshAfterUnauthorizedAsync(string? rejected, CancellationToken cancellationToken) => ValueTask.FromResult(false);
}
