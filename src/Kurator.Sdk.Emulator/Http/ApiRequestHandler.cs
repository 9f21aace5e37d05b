using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Kurator.Sdk.Emulator.Auth;
using Kurator.Sdk.Emulator.Errors;
using Kurator.Sdk.Emulator.Rest;
using Microsoft.AspNetCore.Http;

namespace Kurator.Sdk.Emulator.Http;

/// <summary>The request pipeline of one emulated API server: fault injection, authentication, authorization, routing, Status errors.</summary>
internal sealed class ApiRequestHandler
{
    private readonly ClusterState _state;
    private readonly Authenticator _auth;
    private readonly FaultInjector _faults;
    private readonly ResourceEndpoints _resources;
    private readonly Action<RecordedRequest> _record;

    public ApiRequestHandler(ClusterState state, Authenticator auth, FaultInjector faults, Action<RecordedRequest> record)
    {
        _state = state;
        _auth = auth;
        _faults = faults;
        _record = record;
        _resources = new ResourceEndpoints(state);
    }

    /// <summary>Whether aggregated discovery is offered (false emulates an older server).</summary>
    public bool AggregatedDiscovery { get; init; } = true;

    private int _inFlight;
    private int _maxInFlight;

    /// <summary>The most requests this server has been handling at the same time.</summary>
    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    /// <summary>Forgets the in-flight high-water mark.</summary>
    public void ResetMaxInFlight() => Volatile.Write(ref _maxInFlight, 0);

    public async Task HandleAsync(HttpContext context)
    {
        UserInfo? user = null;
        var now = Interlocked.Increment(ref _inFlight);
        for (var seen = Volatile.Read(ref _maxInFlight); now > seen; seen = Volatile.Read(ref _maxInFlight))
        {
            if (Interlocked.CompareExchange(ref _maxInFlight, now, seen) == seen) break;
        }
        try
        {
            var path = context.Request.Path.Value ?? "/";
            var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
            var isResource = (segments.Length > 2 && segments[0] == "api") || (segments.Length > 3 && segments[0] == "apis");
            if (await InjectFaultAsync(context, isResource)) return;
            user = _auth.Authenticate(context);
            await RouteAsync(context, segments, user);
        }
        catch (ApiError error) when (!context.Response.HasStarted)
        {
            await HttpIo.WriteErrorAsync(context, error);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away.
        }
        catch (Exception unexpected) when (!context.Response.HasStarted && unexpected is not OperationCanceledException)
        {
            // An emulator bug: report it as the apiserver reports internal errors, with the cause, so tests show it.
            await HttpIo.WriteErrorAsync(context, new ApiError(500, "InternalError", $"Internal error occurred: {unexpected.GetType().Name}: {unexpected.Message} {unexpected.StackTrace?.Split('\n').FirstOrDefault()?.Trim()}"));
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
            _record(new RecordedRequest(
                context.Request.Method,
                context.Request.Path + context.Request.QueryString,
                user?.Name,
                user?.Groups ?? [],
                user?.Extra ?? new Dictionary<string, IReadOnlyList<string>>(),
                context.Request.Headers.UserAgent.ToString(),
                context.Request.ContentType,
                context.Request.Protocol,
                context.Response.StatusCode));
        }
    }

    /// <summary>Returns true when the fault produced the whole response.</summary>
    private async Task<bool> InjectFaultAsync(HttpContext context, bool isResource)
    {
        var fault = _faults.Draw(context.Request.Method, isResource);
        if (fault is null) return false;
        switch (fault.Kind)
        {
            case FaultKind.Latency:
                await Task.Delay(fault.Latency, context.RequestAborted);
                return false;
            case FaultKind.DropConnection:
                context.Abort();
                return true;
            case FaultKind.TooManyRequests:
                throw new ApiError(429, "TooManyRequests", "Too many requests, please try again later.", plainText: true) { RetryAfterSeconds = fault.RetryAfterSeconds };
            case FaultKind.ServiceUnavailable:
                throw new ApiError(503, "ServiceUnavailable", "the server is currently unable to handle the request") { RetryAfterSeconds = fault.RetryAfterSeconds };
            case FaultKind.InternalServerError:
                throw new ApiError(500, "InternalError", "Internal error occurred: injected fault") { RetryAfterSeconds = fault.RetryAfterSeconds };
            case FaultKind.Conflict when context.Request.Method is not "GET":
                throw new ApiError(409, "Conflict", "Operation cannot be fulfilled: the object has been modified; please apply your changes to the latest version and try again");
            default:
                return false;
        }
    }

    private async Task RouteAsync(HttpContext context, string[] s, UserInfo user)
    {
        var accept = context.Request.Headers.Accept.ToString();
        var all = _state.Registry.All;
        var method = context.Request.Method;
        if (s.Length == 1 && s[0] == "version")
        {
            await HttpIo.WriteJsonAsync(context, 200, new JsonObject
            {
                ["major"] = "1",
                ["minor"] = "32",
                ["gitVersion"] = "v1.32.0-kurator-emulator",
                ["gitCommit"] = "emulator",
                ["gitTreeState"] = "clean",
                ["buildDate"] = "2026-01-01T00:00:00Z",
                ["goVersion"] = "go1.23",
                ["compiler"] = "gc",
                ["platform"] = "linux/amd64",
            });
            return;
        }
        if (s.Length >= 2 && s[0] == "openapi" && s[1] == "v3")
        {
            await OpenApiAsync(context, s, all);
            return;
        }
        if (s.Length == 1 && s[0] is "api" or "apis")
        {
            var aggregated = AggregatedDiscovery && accept.Contains("g=apidiscovery.k8s.io", StringComparison.Ordinal) && accept.Contains("as=APIGroupDiscoveryList", StringComparison.Ordinal);
            if (aggregated) await HttpIo.WriteJsonAsync(context, 200, DiscoveryDocuments.Aggregated(all, core: s[0] == "api"), DiscoveryDocuments.AggregatedContentType);
            else if (s[0] == "api") await HttpIo.WriteJsonAsync(context, 200, DiscoveryDocuments.ApiVersions($"{context.Request.Host}"));
            else await HttpIo.WriteJsonAsync(context, 200, DiscoveryDocuments.GroupList(all));
            return;
        }
        string group, version;
        string[] rest;
        if (s.Length >= 2 && s[0] == "api") (group, version, rest) = ("", s[1], s[2..]);
        else if (s.Length >= 3 && s[0] == "apis") (group, version, rest) = (s[1], s[2], s[3..]);
        else if (s.Length == 2 && s[0] == "apis")
        {
            var versions = DiscoveryDocuments.GroupList(all)["groups"]!.AsArray().OfType<JsonObject>().FirstOrDefault(g => (string?)g["name"] == s[1]);
            if (versions is null) throw NotFound();
            versions["kind"] = "APIGroup";
            versions["apiVersion"] = "v1";
            await HttpIo.WriteJsonAsync(context, 200, versions.DeepClone());
            return;
        }
        else throw NotFound();
        if (rest.Length == 0)
        {
            if (!all.Any(r => r.Group == group && r.Version == version)) throw NotFound();
            await HttpIo.WriteJsonAsync(context, 200, DiscoveryDocuments.ResourceList(all, group, version));
            return;
        }
        var target = RequestTarget.Parse(_state.Registry, group, version, rest) ?? throw NotFound();
        Authorize(user, method, context, target);
        await _resources.HandleAsync(context, target);
    }

    private static async Task OpenApiAsync(HttpContext context, string[] s, IReadOnlyList<Schema.ResourceType> all)
    {
        if (s.Length == 2)
        {
            await HttpIo.WriteJsonAsync(context, 200, OpenApiDocuments.Root(all));
            return;
        }
        var (group, version) = s.Length switch
        {
            4 when s[2] == "api" => ("", s[3]),
            5 when s[2] == "apis" => (s[3], s[4]),
            _ => throw NotFound(),
        };
        var doc = OpenApiDocuments.Document(all, group, version) ?? throw NotFound();
        await HttpIo.WriteRawJsonAsync(context, doc.Json);
    }

    private static ApiError NotFound() => new(404, "NotFound", "the server could not find the requested resource");

    private static void Authorize(UserInfo user, string method, HttpContext context, RequestTarget t)
    {
        if (!user.ReadOnly || method == "GET") return;
        var verb = method switch
        {
            "POST" => "create",
            "PUT" => "update",
            "PATCH" => "patch",
            "DELETE" => t.Name is null ? "deletecollection" : "delete",
            _ => method.ToLowerInvariant(),
        };
        var resource = t.Subresource is null ? t.Type.Plural : $"{t.Type.Plural}/{t.Subresource}";
        var subject = t.Name is null ? t.Type.GroupResource : $"{t.Type.GroupResource} \"{t.Name}\"";
        var scope = t.Type.Namespaced ? $"in the namespace \"{t.Namespace}\"" : "at the cluster scope";
        throw new ApiError(403, "Forbidden",
            $"{subject} is forbidden: User \"{user.Name}\" cannot {verb} resource \"{resource}\" in API group \"{t.Type.Group}\" {scope}",
            ApiError.DetailsFor(t.Name, t.Type.Group, t.Type.Plural));
    }
}
