using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace Kurator.Sdk.Emulator.Errors;

/// <summary>One entry of a Status's details.causes (the JSON key of the type is "reason", as upstream).</summary>
internal sealed record StatusCause(string Reason, string Message, string Field);

/// <summary>A failure the emulator reports as a Kubernetes Status body with the exact reason and code.</summary>
internal sealed class ApiError : Exception
{
    public ApiError(int code, string reason, string message, JsonObject? details = null, bool plainText = false)
        : base(message)
    {
        Code = code;
        Reason = reason;
        Details = details;
        PlainText = plainText;
    }

    public int Code { get; }
    public string Reason { get; }
    public JsonObject? Details { get; }
    /// <summary>APF-style 429s have a text/plain body, not a Status.</summary>
    public bool PlainText { get; }
    public int? RetryAfterSeconds { get; init; }
    /// <summary>For 410 on an expired continue token: a fresh token, placed in the Status's metadata.continue.</summary>
    public string? ContinueToken { get; init; }

    public JsonObject ToStatus()
    {
        var status = new JsonObject
        {
            ["kind"] = "Status",
            ["apiVersion"] = "v1",
            ["metadata"] = ContinueToken is null ? new JsonObject() : new JsonObject { ["continue"] = ContinueToken },
            ["status"] = "Failure",
            ["message"] = Message,
            ["reason"] = Reason,
            ["code"] = Code,
        };
        if (Details is not null) status["details"] = Details.DeepClone();
        return status;
    }

    public static JsonObject DetailsFor(string? name, string group, string kind, IEnumerable<StatusCause>? causes = null)
    {
        var d = new JsonObject();
        if (!string.IsNullOrEmpty(name)) d["name"] = name;
        d["group"] = group;
        d["kind"] = kind;
        var list = causes?.ToList();
        if (list is { Count: > 0 })
        {
            d["causes"] = new JsonArray(list.Select(c => (JsonNode)new JsonObject
            {
                ["reason"] = c.Reason,
                ["message"] = c.Message,
                ["field"] = c.Field,
            }).ToArray());
        }
        return d;
    }

    private static string GroupResource(string group, string plural) => group.Length == 0 ? plural : $"{plural}.{group}";

    public static ApiError NotFound(string group, string plural, string name) =>
        new(404, "NotFound", $"{GroupResource(group, plural)} \"{name}\" not found", DetailsFor(name, group, plural));

    public static ApiError AlreadyExists(string group, string plural, string name) =>
        new(409, "AlreadyExists", $"{GroupResource(group, plural)} \"{name}\" already exists", DetailsFor(name, group, plural));

    public static ApiError BadRequest(string message) => new(400, "BadRequest", message);

    public static ApiError MethodNotAllowed(string message) => new(405, "MethodNotAllowed", message);

    public static ApiError VersionConflict(string group, string plural, string name) =>
        new(409, "Conflict",
            $"Operation cannot be fulfilled on {GroupResource(group, plural)} \"{name}\": the object has been modified; please apply your changes to the latest version and try again",
            DetailsFor(name, group, plural));

    public static ApiError Expired(string message) => new(410, "Expired", message);

    public static ApiError Invalid(string kind, string group, string name, IReadOnlyList<StatusCause> causes)
    {
        var qualified = group.Length == 0 ? kind : $"{kind}.{group}";
        var parts = causes.Select(c => c.Field.Length == 0 ? c.Message : $"{c.Field}: {c.Message}").ToList();
        var aggregate = parts.Count == 1 ? parts[0] : "[" + string.Join(", ", parts) + "]";
        return new ApiError(422, "Invalid", $"{qualified} \"{name}\" is invalid: {aggregate}", DetailsFor(name, group, kind, causes));
    }
}
