using System;

namespace Kurator.Sdk.Emulator;

/// <summary>What an injected fault does to a request.</summary>
public enum FaultKind
{
    /// <summary>429 with a <c>Retry-After</c> header and a text body, as API Priority and Fairness rejects.</summary>
    TooManyRequests,
    /// <summary>500 with an InternalError Status and <c>Retry-After</c> (clients retry a 500 only when asked to).</summary>
    InternalServerError,
    /// <summary>503 with a ServiceUnavailable Status and <c>Retry-After</c>.</summary>
    ServiceUnavailable,
    /// <summary>Delays the request by <see cref="FaultRule.Latency"/>, then serves it normally.</summary>
    Latency,
    /// <summary>Aborts the connection without a response (a connection reset for the client).</summary>
    DropConnection,
    /// <summary>409 Conflict "the object has been modified", for write requests.</summary>
    Conflict,
}

/// <summary>
/// A fault rule for one emulated cluster: with probability <see cref="Rate"/> (drawn from the cluster's seeded random
/// source, so runs are reproducible) a matching request gets <see cref="Kind"/>.
/// </summary>
/// <param name="Kind">The fault.</param>
/// <param name="Rate">Probability in [0, 1] that a matching request is hit.</param>
public sealed record FaultRule(FaultKind Kind, double Rate)
{
    /// <summary>Seconds sent in <c>Retry-After</c> for 429, 500 and 503 (0 asks for an immediate retry).</summary>
    public int RetryAfterSeconds { get; init; } = 1;

    /// <summary>The delay of a <see cref="FaultKind.Latency"/> fault.</summary>
    public TimeSpan Latency { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Only requests with this HTTP method (e.g. PATCH); null for any.</summary>
    public string? Method { get; init; }

    /// <summary>Stop after this many injections; null for no limit.</summary>
    public int? MaxCount { get; init; }

    /// <summary>Also hit discovery, /version and /openapi requests (by default only resource requests are hit).</summary>
    public bool IncludeDiscovery { get; init; }
}
