using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Kurator.Sdk.Client.Discovery;
using Kurator.Sdk.Client.Errors;

namespace Kurator.Sdk.Client.Watch;

/// <summary>The resume loop behind <see cref="KubeClient.WatchAsync"/>: list (if no start position), watch, resume, re-list on 410.</summary>
internal sealed class Watcher
{
    private readonly KubeClient _client;
    private readonly string _apiVersion;
    private readonly string _kind;
    private readonly string? _ns;
    private readonly WatchOptions _options;

    public Watcher(KubeClient client, string apiVersion, string kind, string? ns, WatchOptions options)
    {
        _client = client;
        _apiVersion = apiVersion;
        _kind = kind;
        _ns = ns;
        _options = options;
    }

    public async IAsyncEnumerable<WatchEvent> RunAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var resource = await _client.Mapper.MapAsync(_apiVersion, _kind, cancellationToken);
        var rv = _options.ResourceVersion;
        if (rv is null)
        {
            var list = await ListAllAsync(cancellationToken);
            foreach (var item in list.Items) yield return new WatchEvent(WatchEventType.Added, item);
            rv = list.ResourceVersion;
        }
        var failures = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var expired = false;
            HttpResponseMessage? response = null;
            try
            {
                response = await _client.OpenWatchAsync(resource, _ns, _options, rv, cancellationToken);
                failures = 0;
            }
            catch (KubernetesExpiredException)
            {
                expired = true;
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException or KubernetesServerException or KubernetesTooManyRequestsException && !cancellationToken.IsCancellationRequested)
            {
                if (++failures >= _options.MaxConsecutiveFailures) throw;
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(5000, 100 * (1 << Math.Min(failures, 6)))), cancellationToken);
                continue;
            }
            if (response is not null)
            {
                using (response)
                {
                    await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
                    using var reader = new StreamReader(stream);
                    while (true)
                    {
                        string? line;
                        try
                        {
                            line = await reader.ReadLineAsync(cancellationToken);
                        }
                        catch (Exception ex) when (ex is IOException or HttpRequestException && !cancellationToken.IsCancellationRequested)
                        {
                            break; // Connection dropped: resume from the last position.
                        }
                        if (line is null) break;
                        if (line.Length == 0) continue;
                        var e = JsonNode.Parse(line)!.AsObject();
                        var type = (string?)e["type"];
                        var obj = (JsonObject)e["object"]!.DeepClone();
                        if (type == "ERROR")
                        {
                            var error = StatusErrors.FromStatus(obj);
                            if (error is KubernetesExpiredException) { expired = true; break; }
                            throw error;
                        }
                        var parsed = type switch
                        {
                            "ADDED" => WatchEventType.Added,
                            "MODIFIED" => WatchEventType.Modified,
                            "DELETED" => WatchEventType.Deleted,
                            "BOOKMARK" => WatchEventType.Bookmark,
                            _ => throw new JsonException($"unknown watch event type \"{type}\""),
                        };
                        rv = (string?)obj["metadata"]?["resourceVersion"] ?? rv;
                        yield return new WatchEvent(parsed, obj);
                    }
                }
            }
            if (expired)
            {
                var list = await ListAllAsync(cancellationToken);
                rv = list.ResourceVersion;
                yield return new WatchEvent(WatchEventType.Relisted, new JsonObject
                {
                    ["apiVersion"] = resource.ApiVersion,
                    ["kind"] = resource.Kind + "List",
                    ["metadata"] = new JsonObject { ["resourceVersion"] = list.ResourceVersion },
                    ["items"] = new JsonArray(list.Items.Select(i => (JsonNode)i).ToArray()),
                });
            }
        }
    }

    private async Task<ListPage> ListAllAsync(CancellationToken cancellationToken)
    {
        var items = new List<JsonObject>();
        var options = new ListOptions { LabelSelector = _options.LabelSelector, FieldSelector = _options.FieldSelector, Limit = 500 };
        while (true)
        {
            var page = await _client.ListAsync(_apiVersion, _kind, _ns, options, cancellationToken);
            items.AddRange(page.Items);
            if (page.Continue is null) return new ListPage(items, page.ResourceVersion, null, null);
            options = options with { Continue = page.Continue };
        }
    }
}
