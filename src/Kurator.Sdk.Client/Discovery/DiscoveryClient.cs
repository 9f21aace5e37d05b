using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Kurator.Sdk.Client.Errors;
using Kurator.Sdk.Client.Http;

namespace Kurator.Sdk.Client.Discovery;

/// <summary>
/// Reads what a server serves: aggregated discovery (apidiscovery.k8s.io/v2, two requests) when the response
/// Content-Type says so, else the legacy documents (/api, /api/v1, /apis, /apis/g/v).
/// </summary>
public sealed class DiscoveryClient
{
    private const string AggregatedAccept =
        "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json";

    private readonly RequestExecutor _executor;
    private readonly Uri _server;

    internal DiscoveryClient(RequestExecutor executor, Uri server)
    {
        _executor = executor;
        _server = server;
    }

    /// <summary>Whether the last discovery used the aggregated format.</summary>
    public bool LastWasAggregated { get; private set; }

    /// <summary>Every served resource (all versions; subresources folded into their parent).</summary>
    public async Task<IReadOnlyList<ApiResource>> GetResourcesAsync(CancellationToken cancellationToken = default)
    {
        var result = new List<ApiResource>();
        var (core, coreAggregated) = await GetAsync("api", AggregatedAccept, cancellationToken);
        var (groups, groupsAggregated) = await GetAsync("apis", AggregatedAccept, cancellationToken);
        LastWasAggregated = coreAggregated && groupsAggregated;
        if (coreAggregated) result.AddRange(FromAggregated(core!));
        else if (core is not null)
        {
            foreach (var v in (core["versions"] as JsonArray ?? []).Select(v => (string)v!))
                result.AddRange(await LegacyGroupVersionAsync("", v, cancellationToken));
        }
        if (groupsAggregated) result.AddRange(FromAggregated(groups!));
        else if (groups is not null)
        {
            foreach (var g in (groups["groups"] as JsonArray ?? []).OfType<JsonObject>())
            {
                foreach (var v in (g["versions"] as JsonArray ?? []).OfType<JsonObject>())
                    result.AddRange(await LegacyGroupVersionAsync((string)g["name"]!, (string)v["version"]!, cancellationToken));
            }
        }
        return result;
    }

    private async Task<(JsonObject? Body, bool Aggregated)> GetAsync(string path, string accept, CancellationToken cancellationToken)
    {
        using var response = await _executor.SendAsync(() =>
        {
            var r = new HttpRequestMessage(HttpMethod.Get, new Uri(_server, path));
            r.Headers.TryAddWithoutValidation("Accept", accept);
            return r;
        }, idempotent: true, streaming: false, cancellationToken);
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound && path == "api") return (null, false);
        if (!response.IsSuccessStatusCode) throw await StatusErrors.FromResponseAsync(response, cancellationToken);
        var body = JsonNode.Parse(await response.Content.ReadAsByteArrayAsync(cancellationToken)) as JsonObject;
        return (body, IsAggregated(response.Content.Headers.ContentType?.ToString()));
    }

    /// <summary>client-go's ContentTypeIsGVK: application/json with g, v, as parameters in any order.</summary>
    internal static bool IsAggregated(string? contentType)
    {
        if (contentType is null) return false;
        var parts = contentType.Split(';').Select(p => p.Trim()).ToList();
        if (parts[0] != "application/json") return false;
        var p = parts.Skip(1).Select(x => x.Split('=', 2)).Where(x => x.Length == 2).ToDictionary(x => x[0], x => x[1]);
        return p.GetValueOrDefault("g") == "apidiscovery.k8s.io" && p.GetValueOrDefault("v") is "v2" or "v2beta1" && p.GetValueOrDefault("as") == "APIGroupDiscoveryList";
    }

    private static IEnumerable<ApiResource> FromAggregated(JsonObject list)
    {
        foreach (var group in (list["items"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var groupName = (string?)group["metadata"]?["name"] ?? "";
            foreach (var version in (group["versions"] as JsonArray ?? []).OfType<JsonObject>())
            {
                foreach (var r in (version["resources"] as JsonArray ?? []).OfType<JsonObject>())
                {
                    yield return new ApiResource(
                        groupName,
                        (string)version["version"]!,
                        (string?)r["responseKind"]?["kind"] ?? "",
                        (string)r["resource"]!,
                        (string?)r["scope"] == "Namespaced",
                        Strings(r["verbs"]),
                        Strings(r["shortNames"]),
                        (r["subresources"] as JsonArray ?? []).OfType<JsonObject>().Select(s => (string)s["subresource"]!).ToList());
                }
            }
        }
    }

    private async Task<IEnumerable<ApiResource>> LegacyGroupVersionAsync(string group, string version, CancellationToken cancellationToken)
    {
        var path = group.Length == 0 ? $"api/{version}" : $"apis/{group}/{version}";
        using var response = await _executor.SendAsync(() => new HttpRequestMessage(HttpMethod.Get, new Uri(_server, path)), true, false, cancellationToken);
        // A 404 for one group-version means "nothing served there", as in client-go.
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound) return [];
        if (!response.IsSuccessStatusCode) throw await StatusErrors.FromResponseAsync(response, cancellationToken);
        var list = JsonNode.Parse(await response.Content.ReadAsByteArrayAsync(cancellationToken))!.AsObject();
        var all = (list["resources"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        return all.Where(r => !((string)r["name"]!).Contains('/')).Select(r => new ApiResource(
            group, version, (string)r["kind"]!, (string)r["name"]!, r["namespaced"]?.GetValue<bool>() == true,
            Strings(r["verbs"]), Strings(r["shortNames"]),
            all.Select(s => (string)s["name"]!).Where(n => n.StartsWith((string)r["name"]! + "/", StringComparison.Ordinal)).Select(n => n[(n.IndexOf('/') + 1)..]).ToList())).ToList();
    }

    private static IReadOnlyList<string> Strings(JsonNode? node) => (node as JsonArray)?.Select(v => (string)v!).ToList() ?? [];
}
