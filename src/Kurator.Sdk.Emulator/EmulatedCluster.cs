using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using Kurator.Sdk.Emulator.Auth;
using Kurator.Sdk.Emulator.Http;
using Kurator.Sdk.Emulator.Rest;
using Kurator.Sdk.Emulator.Simulation;
using Kurator.Sdk.Emulator.Storage;
using Kurator.Sdk.Emulator.Tls;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Kurator.Sdk.Emulator;

/// <summary>One emulated Kubernetes API server: TLS on a random 127.0.0.1 port, its own storage, users and faults.</summary>
public sealed class EmulatedCluster : IAsyncDisposable
{
    private const int RequestLogLimit = 2000;
    private readonly CertificateAuthority _ca;
    private readonly Authenticator _auth;
    private readonly LinkedList<RecordedRequest> _requests = new();
    private WebApplication? _app;
    private ApiRequestHandler? _handler;
    private ControllerSimulator? _simulator;

    internal EmulatedCluster(string name, CertificateAuthority ca, int seed)
    {
        Name = name;
        _ca = ca;
        _auth = new Authenticator(ca);
        Faults = new FaultInjector(seed);
        AdminToken = Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
        _auth.AddToken(AdminToken, new UserInfo("kurator-admin", ["system:masters"], ReadOnly: false, CanImpersonate: true));
    }

    /// <summary>The cluster's name; also its kubeconfig cluster and context name.</summary>
    public string Name { get; }

    /// <summary>The https URL of the API server.</summary>
    public Uri Server { get; private set; } = new("https://127.0.0.1/");

    /// <summary>The bearer token of the cluster-admin user written to the kubeconfig (a test credential).</summary>
    public string AdminToken { get; }

    /// <summary>PEM of the CA that signed the serving and client certificates.</summary>
    public string CertificateAuthorityPem => _ca.CertificatePem;

    /// <summary>Fault injection rules for this cluster.</summary>
    public FaultInjector Faults { get; }

    internal ClusterState State { get; } = new();

    /// <summary>The most recent requests served (bounded), oldest first.</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get { lock (_requests) return _requests.ToList(); }
    }

    /// <summary>The most requests (watches included) this server has been handling at once since the last <see cref="ResetMaxInFlight"/>.</summary>
    public int MaxInFlight => _handler?.MaxInFlight ?? 0;

    /// <summary>Restarts the <see cref="MaxInFlight"/> high-water mark.</summary>
    public void ResetMaxInFlight() => _handler?.ResetMaxInFlight();

    /// <summary>The current resourceVersion of the cluster's storage.</summary>
    public long ResourceVersion => State.Store.CurrentVersion;

    /// <summary>Adds a bearer token for <paramref name="user"/>; read-only users get 403 on writes.</summary>
    public void AddToken(string token, string user, bool readOnly = false, bool canImpersonate = false, params string[] groups) =>
        _auth.AddToken(token, new UserInfo(user, groups, readOnly, canImpersonate));

    /// <summary>Revokes a bearer token (later requests with it get 401).</summary>
    public bool RemoveToken(string token) => _auth.RemoveToken(token);

    /// <summary>Adds a basic-auth user.</summary>
    public void AddBasicUser(string username, string password, bool readOnly = false) =>
        _auth.AddBasic(username, password, new UserInfo(username, [], readOnly, CanImpersonate: false));

    /// <summary>Declares a user's permissions for client-certificate or impersonated access (unknown users may read and write).</summary>
    public void DeclareUser(string user, bool readOnly, bool canImpersonate = false) =>
        _auth.AddKnownUser(new UserInfo(user, [], readOnly, canImpersonate));

    /// <summary>Issues a client certificate (CN = user, O = groups) from the cluster CA; returns PEM certificate and PKCS#8 key.</summary>
    public (string CertificatePem, string KeyPem) IssueClientCertificate(string user, params string[] groups)
    {
        using var cert = _ca.IssueClient(user, groups);
        using var key = cert.GetECDsaPrivateKey()!;
        return (cert.ExportCertificatePem(), key.ExportPkcs8PrivateKeyPem());
    }

    /// <summary>Forgets the watch history, as etcd compaction does: watches resuming from before now get 410 Expired.</summary>
    public void Compact() => State.Store.Compact();

    internal async Task StartAsync(EmulatorOptions options)
    {
        var serverCert = _ca.IssueServer(options.ExtraServerNames.ToArray());
        WatchStream.BookmarkInterval = options.BookmarkInterval;
        var handler = new ApiRequestHandler(State, _auth, Faults, Record) { AggregatedDiscovery = options.AggregatedDiscovery };
        _handler = handler;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<Microsoft.Extensions.Hosting.IHostLifetime, EmbeddedHostLifetime>();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.Http2.MaxStreamsPerConnection = 1000;
            kestrel.Limits.MaxRequestBodySize = 16 * 1024 * 1024;
            kestrel.Listen(IPAddress.Loopback, 0, listen =>
            {
                listen.Protocols = HttpProtocols.Http1AndHttp2;
                listen.UseHttps(https =>
                {
                    https.ServerCertificate = serverCert;
                    https.ClientCertificateMode = ClientCertificateMode.AllowCertificate;
                    // Accepted at the TLS layer, then checked against the emulator CA when authenticating.
                    https.ClientCertificateValidation = (_, _, _) => true;
                });
            });
        });
        _app = builder.Build();
        _app.Run(handler.HandleAsync);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Server = new Uri(address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal));
        Bootstrap.CreateSystemNamespaces(State);
        if (options.StateDirectory is { } dir && File.Exists(StatePath(dir))) StateFile.Load(State, StatePath(dir));
        if (options.SimulateControllers) _simulator = new ControllerSimulator(State, options.SimulationDelay);
    }

    /// <summary>Writes this cluster's objects to <c>&lt;name&gt;.state.json</c> in <paramref name="directory"/> (owner-only).</summary>
    /// <summary>Writes this cluster's state beside its state file; returns the temporary file and the file it replaces.</summary>
    internal (string Temp, string Path) PrepareState(string directory) => (StateFile.Prepare(State, StatePath(directory)), StatePath(directory));

    private string StatePath(string directory) => Path.Combine(directory, Name + StateFile.Extension);

    private void Record(RecordedRequest request)
    {
        lock (_requests)
        {
            _requests.AddLast(request);
            if (_requests.Count > RequestLogLimit) _requests.RemoveFirst();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _simulator?.Dispose();
        await State.Stopping.CancelAsync();
        if (_app is not null)
        {
            // Bounded: connections still open after this are aborted rather than waited for.
            using var bound = new System.Threading.CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _app.StopAsync(bound.Token);
            await _app.DisposeAsync();
        }
    }
}
