using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text.Json.Nodes;

namespace Kurator.Sdk.Client.Errors;

/// <summary>A failed API call, carrying the server's Status: code, reason, message, details and causes.</summary>
public class KubernetesApiException : Exception
{
    /// <summary>Creates the exception from a parsed Status.</summary>
    public KubernetesApiException(HttpStatusCode statusCode, string reason, string message, JsonObject? status, TimeSpan? retryAfter = null)
        : base(message)
    {
        StatusCode = statusCode;
        Reason = reason;
        Status = status;
        RetryAfter = retryAfter;
        Causes = (status?["details"]?["causes"] as JsonArray)?.OfType<JsonObject>()
            .Select(c => new StatusCause((string?)c["reason"] ?? "", (string?)c["message"] ?? "", (string?)c["field"] ?? ""))
            .ToList() ?? [];
    }

    /// <summary>HTTP status code (Status.code).</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>Status.reason, e.g. NotFound, Conflict, Invalid, Expired; empty for plain-text errors.</summary>
    public string Reason { get; }

    /// <summary>The Status body, if the server sent one.</summary>
    public JsonObject? Status { get; }

    /// <summary>details.causes.</summary>
    public IReadOnlyList<StatusCause> Causes { get; }

    /// <summary>details.name.</summary>
    public string? DetailsName => (string?)Status?["details"]?["name"];

    /// <summary>details.kind (for NotFound: the plural resource).</summary>
    public string? DetailsKind => (string?)Status?["details"]?["kind"];

    /// <summary>The server's Retry-After, if any.</summary>
    public TimeSpan? RetryAfter { get; }
}

/// <summary>404 NotFound.</summary>
public sealed class KubernetesNotFoundException(HttpStatusCode code, string reason, string message, JsonObject? status)
    : KubernetesApiException(code, reason, message, status);

/// <summary>409 AlreadyExists.</summary>
public sealed class KubernetesAlreadyExistsException(HttpStatusCode code, string reason, string message, JsonObject? status)
    : KubernetesApiException(code, reason, message, status);

/// <summary>
/// 409 Conflict: either a server-side apply field conflict (<see cref="IsApplyConflict"/>, with the conflicting managers
/// and paths in <see cref="FieldConflicts"/>) or a resourceVersion precondition failure.
/// </summary>
public sealed class KubernetesConflictException : KubernetesApiException
{
    /// <summary>Creates the exception.</summary>
    public KubernetesConflictException(HttpStatusCode code, string reason, string message, JsonObject? status) : base(code, reason, message, status)
    {
        FieldConflicts = Causes.Where(c => c.Reason == "FieldManagerConflict")
            .Select(c => new FieldConflict(ManagerOf(c.Message), c.Field)).ToList();
    }

    /// <summary>One conflicting field and the manager that owns it.</summary>
    /// <param name="Manager">The owning manager, as the server names it (e.g. <c>kubectl</c>).</param>
    /// <param name="Field">The path, e.g. <c>.spec.replicas</c>.</param>
    public sealed record FieldConflict(string Manager, string Field);

    /// <summary>The apply conflicts (empty for precondition conflicts).</summary>
    public IReadOnlyList<FieldConflict> FieldConflicts { get; }

    /// <summary>True for server-side apply field-manager conflicts.</summary>
    public bool IsApplyConflict => FieldConflicts.Count > 0;

    // "conflict with \"kubectl\" using v1" -> kubectl
    private static string ManagerOf(string message)
    {
        var first = message.IndexOf('"');
        var last = first < 0 ? -1 : message.IndexOf('"', first + 1);
        return first >= 0 && last > first ? message[(first + 1)..last] : message;
    }
}

/// <summary>422 Invalid: the object failed validation; <see cref="KubernetesApiException.Causes"/> name the fields.</summary>
public sealed class KubernetesInvalidException(HttpStatusCode code, string reason, string message, JsonObject? status)
    : KubernetesApiException(code, reason, message, status);

/// <summary>410 Expired/Gone: a resourceVersion or continue token is too old; re-list.</summary>
public sealed class KubernetesExpiredException(HttpStatusCode code, string reason, string message, JsonObject? status)
    : KubernetesApiException(code, reason, message, status);

/// <summary>401 Unauthorized.</summary>
public sealed class KubernetesUnauthorizedException(HttpStatusCode code, string reason, string message, JsonObject? status)
    : KubernetesApiException(code, reason, message, status);

/// <summary>403 Forbidden.</summary>
public sealed class KubernetesForbiddenException(HttpStatusCode code, string reason, string message, JsonObject? status)
    : KubernetesApiException(code, reason, message, status);

/// <summary>429 TooManyRequests (after retries were exhausted).</summary>
public sealed class KubernetesTooManyRequestsException(HttpStatusCode code, string reason, string message, JsonObject? status, TimeSpan? retryAfter)
    : KubernetesApiException(code, reason, message, status, retryAfter);

/// <summary>5xx from the server (after retries were exhausted, for idempotent requests).</summary>
public sealed class KubernetesServerException(HttpStatusCode code, string reason, string message, JsonObject? status, TimeSpan? retryAfter)
    : KubernetesApiException(code, reason, message, status, retryAfter);

/// <summary>400 BadRequest and other client errors.</summary>
public sealed class KubernetesBadRequestException(HttpStatusCode code, string reason, string message, JsonObject? status)
    : KubernetesApiException(code, reason, message, status);
