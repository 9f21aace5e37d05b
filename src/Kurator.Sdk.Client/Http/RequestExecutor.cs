using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Kurator.Sdk.Client.Connection;
using Kurator.Sdk.Client.Errors;
using Microsoft.Extensions.Logging;

namespace Kurator.Sdk.Client.Http;

/// <summary>
/// Sends requests over the cluster's one shared handler: HTTP/2 when the server offers it, at most
/// <see cref="ConnectionSettings.MaxConcurrency"/> in flight (watches excluded), and for idempotent requests retries on
/// 429, 5xx and connection failures with exponential backoff or the server's Retry-After, within a total time budget.
/// </summary>
internal sealed class RequestExecutor : IDisposable
{
    private static readonly TimeSpan BaseDelay = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(5);
    private readonly HttpClient _http;
    private readonly Lazy<SemaphoreSlim> _limiter;
    private readonly ConnectionSettings _settings;
    private readonly ILogger _logger;
    private readonly ServerCertificateCheck _certificates;

    public RequestExecutor(ConnectionSettings settings, ILogger logger)
    {
        _settings = settings;
        _logger = logger;
        // Created on first use, so MaxConcurrency can still be set between creating the client and using it.
        _limiter = new Lazy<SemaphoreSlim>(() => new SemaphoreSlim(Math.Max(1, settings.MaxConcurrency)));
        _certificates = new ServerCertificateCheck(settings);
        _http = new HttpClient(new AuthenticationHandler(settings, HandlerFactory.Create(settings, _certificates)), disposeHandler: true)
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    /// <summary>Retries performed so far (for diagnostics and tests).</summary>
    public int Retries => _retries;

    private int _retries;

    public async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> build, bool idempotent, bool streaming, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        for (var attempt = 1; ; attempt++)
        {
            var request = build();
            request.Version = HttpVersion.Version20;
            request.VersionPolicy = HttpVersionPolicy.RequestVersionOrLower;
            HttpResponseMessage response;
            if (!streaming) await _limiter.Value.WaitAsync(cancellationToken);
            try
            {
                response = await _http.SendAsync(request, streaming ? HttpCompletionOption.ResponseHeadersRead : HttpCompletionOption.ResponseContentRead, cancellationToken);
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException && idempotent && !cancellationToken.IsCancellationRequested && !IsTlsFailure(ex))
            {
                var delay = Backoff(attempt);
                if (!CanRetry(attempt, clock.Elapsed, delay)) throw;
                _logger.LogDebug("{Method} {Path}: connection failed ({Error}); retry {Attempt} in {Delay}", request.Method, request.RequestUri?.AbsolutePath, ex.GetType().Name, attempt, delay);
                Interlocked.Increment(ref _retries);
                await Task.Delay(delay, cancellationToken);
                continue;
            }
            catch (HttpRequestException ex) when (IsTlsFailure(ex))
            {
                throw new HttpRequestException(HttpRequestError.SecureConnectionError, TlsFailureMessage(ex), ex);
            }
            finally
            {
                if (!streaming) _limiter.Value.Release();
                request.Dispose();
            }
            var code = (int)response.StatusCode;
            var retryAfter = StatusErrors.RetryAfter(response);
            if (!idempotent || !Retryable(code, retryAfter is not null)) return response;
            var wait = retryAfter ?? Backoff(attempt);
            if (wait < TimeSpan.Zero) wait = TimeSpan.Zero;
            if (!CanRetry(attempt, clock.Elapsed, wait)) return response;
            _logger.LogDebug("{Method} {Path}: {Code}; retry {Attempt} in {Delay}", request.Method, request.RequestUri?.AbsolutePath, code, attempt, wait);
            response.Dispose();
            Interlocked.Increment(ref _retries);
            await Task.Delay(wait, cancellationToken);
        }
    }

    // 429, 502-504 always; a plain 500 only when the server asks with Retry-After (as client-go), since a 500 is
    // usually a deterministic failure (e.g. an apply the server cannot convert) that retrying cannot fix.
    private static bool Retryable(int code, bool hasRetryAfter) => code is 429 or 502 or 503 or 504 || (code >= 500 && hasRetryAfter);

    // A certificate that fails verification will fail again: retrying only delays the error.
    private static bool IsTlsFailure(Exception ex) => ex.InnerException is System.Security.Authentication.AuthenticationException;

    /// <summary>Says why the handshake failed: the certificate check's reason, else the TLS layer's own message.</summary>
    private string TlsFailureMessage(HttpRequestException ex)
    {
        var reason = _certificates.LastFailure ?? ex.InnerException!.Message;
        return $"TLS handshake with {_settings.Server.GetLeftPart(UriPartial.Authority)} failed: {reason}";
    }

    private bool CanRetry(int attempt, TimeSpan elapsed, TimeSpan delay) =>
        attempt < _settings.MaxAttempts && elapsed + delay <= _settings.RetryBudget;

    private static TimeSpan Backoff(int attempt)
    {
        var exp = BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt - 1, 10));
        var capped = Math.Min(exp, MaxDelay.TotalMilliseconds);
        // Full jitter on the upper half spreads retries of concurrent requests.
        return TimeSpan.FromMilliseconds(capped / 2 + Random.Shared.NextDouble() * capped / 2);
    }

    public void Dispose()
    {
        _http.Dispose();
        if (_limiter.IsValueCreated) _limiter.Value.Dispose();
    }
}
