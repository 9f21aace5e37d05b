using System;
using System.Globalization;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace Kurator.Sdk.Client.Errors;

/// <summary>Turns an unsuccessful response (a Status body, or plain text as APF sends) into the matching typed exception.</summary>
internal static class StatusErrors
{
    public static async Task<KubernetesApiException> FromResponseAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        JsonObject? status = null;
        try
        {
            if (JsonNode.Parse(text) is JsonObject o && (string?)o["kind"] == "Status") status = o;
        }
        catch (JsonException)
        {
            // Not a Status (e.g. the 429 text body of API Priority and Fairness).
        }
        return Create(response.StatusCode, status, text, RetryAfter(response));
    }

    public static KubernetesApiException FromStatus(JsonObject status) =>
        Create((HttpStatusCode)(status["code"] is JsonValue v && v.TryGetValue<int>(out var c) ? c : 500), status, "", null);

    public static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta) return delta;
        if (header?.Date is { } date) return date - DateTimeOffset.UtcNow;
        if (response.Headers.TryGetValues("Retry-After", out var values) &&
            int.TryParse(string.Join("", values), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)) return TimeSpan.FromSeconds(seconds);
        return null;
    }

    private static KubernetesApiException Create(HttpStatusCode code, JsonObject? status, string text, TimeSpan? retryAfter)
    {
        var reason = (string?)status?["reason"] ?? "";
        var message = (string?)status?["message"] ?? (text.Trim().Length > 0 ? text.Trim() : $"the server responded with {(int)code}");
        return (int)code switch
        {
            404 => new KubernetesNotFoundException(code, reason, message, status),
            409 when reason == "AlreadyExists" => new KubernetesAlreadyExistsException(code, reason, message, status),
            409 => new KubernetesConflictException(code, reason, message, status),
            422 => new KubernetesInvalidException(code, reason, message, status),
            410 => new KubernetesExpiredException(code, reason, message, status),
            401 => new KubernetesUnauthorizedException(code, reason, message, status),
            403 => new KubernetesForbiddenException(code, reason, message, status),
            429 => new KubernetesTooManyRequestsException(code, reason, message, status, retryAfter),
            >= 500 => new KubernetesServerException(code, reason, message, status, retryAfter),
            _ => new KubernetesBadRequestException(code, reason, message, status),
        };
    }
}
