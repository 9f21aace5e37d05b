using System;
using System.IO;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using System.Threading.Tasks;

namespace Kurator.Sdk.Client.Auth;

/// <summary>
/// A bearer token read from a file (kubeconfig tokenFile, in-cluster service account) and re-read after
/// <see cref="RefreshPeriod"/> as client-go's cached file token source does, and also at once after a 401 so a rotated
/// token is picked up without waiting.
/// </summary>
internal sealed class TokenFileCredential : ICredentialSource
{
    private readonly string _path;
    private readonly object _gate = new();
    private string? _token;
    private DateTimeOffset _readAt;

    public TokenFileCredential(string path, TimeSpan? refreshPeriod = null)
    {
        _path = path;
        RefreshPeriod = refreshPeriod ?? TimeSpan.FromMinutes(1);
    }

    public TimeSpan RefreshPeriod { get; }

    public X509Certificate2? ClientCertificate => null;

    public ValueTask<string?> GetAuthorizationAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_token is null || DateTimeOffset.UtcNow - _readAt >= RefreshPeriod) Read();
            return ValueTask.FromResult<string?>("Bearer " + _token);
        }
    }

    public ValueTask<bool> RefreshAfterUnauthorizedAsync(string? rejected, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var before = _token;
            Read();
            return ValueTask.FromResult(_token != before);
        }
    }

    private void Read()
    {
        try
        {
            _token = File.ReadAllText(_path).Trim();
            _readAt = DateTimeOffset.UtcNow;
        }
        catch (IOException ex)
        {
            throw new Kurator.Sdk.Client.KubeConfig.KubeConfigException($"failed to read token file \"{_path}\": {ex.Message}", ex);
        }
    }
}
