using System.Collections.Generic;

namespace Kurator.Sdk.Emulator;

/// <summary>
/// One request an emulated cluster served, as tests may inspect it. Credentials are never recorded: only who the
/// request authenticated as (after impersonation) and how.
/// </summary>
/// <param name="Method">HTTP method.</param>
/// <param name="PathAndQuery">Path and query string.</param>
/// <param name="User">The effective user name, or null when authentication failed.</param>
/// <param name="Groups">The effective groups.</param>
/// <param name="Extra">Impersonated extra fields.</param>
/// <param name="UserAgent">The User-Agent header.</param>
/// <param name="ContentType">The request Content-Type, if any.</param>
/// <param name="Protocol">HTTP protocol, e.g. HTTP/2.</param>
/// <param name="StatusCode">The response status code.</param>
public sealed record RecordedRequest(
    string Method,
    string PathAndQuery,
    string? User,
    IReadOnlyList<string> Groups,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Extra,
    string UserAgent,
    string? ContentType,
    string Protocol,
    int StatusCode);
