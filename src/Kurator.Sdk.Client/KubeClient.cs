using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Kurator.Sdk.Client.Connection;
using Kurator.Sdk.Client.Discovery;
using Kurator.Sdk.Client.Errors;
using Kurator.Sdk.Client.Http;
using Kurator.Sdk.Client.Watch;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kurator.Sdk.Client;

/// <summary>
/// A Kubernetes REST client for one cluster, working on unstructured objects (<see cref="JsonObject"/>). Share one
/// instance per cluster: it owns the cluster's single HTTP handler (HTTP/2 over TLS, bounded concurrency, retries).
/// </summary>
public sealed class KubeClient : IDisposable
{
    private readonly RequestExecutor _executor;
    private readonly ILogger _logger;

    /// <summary>Creates a client for the given connection.</summary>
    public KubeClient(ConnectionSettings settings, ILogger? logger = null)
        : this(settings, null, logger)
    {
    }

    /// <summary>Creates a client whose kind mapping starts from <paramref name="discoveryCache"/>'s entry for the server, when it has a fresh one.</summary>
    public KubeClient(ConnectionSettings settings, DiscoveryCache? discoveryCache, ILogger? logger = null)
    {
        Settings = settings ?? throw new ArgumentNullException(nameof(settings));
        _logger = logger ?? NullLogger.Instance;
        _executor = new RequestExecutor(settings, _logger);
        Discovery = new DiscoveryClient(_executor, settings.Server);
        Mapper = new RestMapper(Discovery, discoveryCache?.For(settings));
        foreach (var warning in settings.Warnings) _logger.LogWarning("{Warning}", warning);
    }

    /// <summary>Loads the kubeconfig as kubectl does and connects to <paramref name="context"/> (or the current context).</summary>
    public static KubeClient FromKubeConfig(string? kubeconfigPath = null, string? context = null, ILogger? logger = null) =>
        new(ConnectionSettings.Load(kubeconfigPath, context), logger);

    /// <summary>The resolved connection.</summary>
    public ConnectionSettings Settings { get; }

    /// <summary>Discovery of served resources.</summary>
    public DiscoveryClient Discovery { get; }

    /// <summary>apiVersion/kind to resource mapping.</summary>
    public RestMapper Mapper { get; }

    /// <summary>Retries performed by this client so far.</summary>
    public int Retries => _executor.Retries;

    /// <summary>Server-side apply of <paramref name="obj"/> (created if absent). Returns the object the server stored.</summary>
    public Task<JsonObject> ApplyAsync(JsonObject obj, ApplyOptions? options = null, CancellationToken cancellationToken = default) =>
        ApplyCoreAsync(obj, options ?? new ApplyOptions(), null, cancellationToken);

    /// <summary>Server-side apply to the status subresource (the object's status is what is applied).</summary>
    public Task<JsonObject> ApplyStatusAsync(JsonObject obj, ApplyOptions? options = null, CancellationToken cancellationToken = default) =>
        ApplyCoreAsync(obj, options ?? new ApplyOptions(), "status", cancellationToken);

    private async Task<JsonObject> ApplyCoreAsync(JsonObject obj, ApplyOptions options, string? subresource, CancellationToken cancellationToken)
    {
        var (apiVersion, kind, name, ns) = Identity(obj);
        var resource = await Mapper.MapAsync(apiVersion, kind, cancellationToken);
        var body = obj.ToJsonString();
        var query = new List<string> { "fieldManager=" + Uri.EscapeDataString(options.FieldManager), "fieldValidation=" + options.FieldValidation };
        if (options.Force) query.Add("force=true");
        if (options.DryRun) query.Add("dryRun=All");
        var path = ItemPath(resource, name, ns ?? Settings.Namespace, subresource) + "?" + string.Join("&", query);
        // Apply is idempotent, so it is safe to retry.
        return await SendForObjectAsync(HttpMethod.Patch, path, body, "application/apply-patch+yaml", idempotent: true, cancellationToken);
    }

    /// <summary>Gets one object; throws <see cref="KubernetesNotFoundException"/> when absent.</summary>
    public async Task<JsonObject> GetAsync(string apiVersion, string kind, string name, string? ns = null, CancellationToken cancellationToken = default)
    {
        var resource = await Mapper.MapAsync(apiVersion, kind, cancellationToken);
        return await SendForObjectAsync(HttpMethod.Get, ItemPath(resource, name, ns ?? Settings.Namespace, null), null, null, true, cancellationToken);
    }

    /// <summary>Gets one object, or null when it does not exist.</summary>
    public async Task<JsonObject?> TryGetAsync(string apiVersion, string kind, string name, string? ns = null, CancellationToken cancellationToken = default)
    {
        try
        {
            return await GetAsync(apiVersion, kind, name, ns, cancellationToken);
        }
        catch (KubernetesNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Lists one page. <paramref name="ns"/> null lists across all namespaces.</summary>
    public async Task<ListPage> ListAsync(string apiVersion, string kind, string? ns = null, ListOptions? options = null, CancellationToken cancellationToken = default)
    {
        var page = await ListElementsAsync(apiVersion, kind, ns, options, cancellationToken);
        var items = new List<JsonObject>(page.Items.Count);
        foreach (var element in page.Items)
        {
            // A node over the item's element: it reads the response lazily, nothing is copied.
            var item = JsonObject.Create(element)!;
            item["apiVersion"] ??= page.ApiVersion;
            item["kind"] ??= page.Kind;
            items.Add(item);
        }

        return new ListPage(items, page.ResourceVersion, page.Continue, page.RemainingItemCount);
    }

    /// <summary>
    /// Lists one page and keeps the items as elements of the parsed response: nothing is built per item, so a caller
    /// that only reads (compares, looks up a label) pays no node per field. Items may lack apiVersion and kind (the
    /// server leaves them out of lists of built-in kinds); the page says which they are.
    /// </summary>
    public async Task<ElementListPage> ListElementsAsync(string apiVersion, string kind, string? ns = null, ListOptions? options = null, CancellationToken cancellationToken = default)
    {
        var resource = await Mapper.MapAsync(apiVersion, kind, cancellationToken);
        options ??= new ListOptions();
        var query = new List<string>();
        if (options.LabelSelector is not null) query.Add("labelSelector=" + Uri.EscapeDataString(options.LabelSelector));
        if (options.FieldSelector is not null) query.Add("fieldSelector=" + Uri.EscapeDataString(options.FieldSelector));
        if (options.Limit is { } limit) query.Add("limit=" + limit);
        if (options.Continue is not null) query.Add("continue=" + Uri.EscapeDataString(options.Continue));
        var path = resource.CollectionPath(ns) + (query.Count > 0 ? "?" + string.Join("&", query) : "");
        var list = await SendForElementAsync(HttpMethod.Get, path, null, null, true, cancellationToken);
        var items = new List<JsonElement>();
        if (list.TryGetProperty("items", out var array) && array.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in array.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.Object) items.Add(item);
            }
        }

        var meta = list.TryGetProperty("metadata", out var m) && m.ValueKind == JsonValueKind.Object ? m : default;
        var cont = Text(meta, "continue");
        var remaining = meta.ValueKind == JsonValueKind.Object && meta.TryGetProperty("remainingItemCount", out var r) && r.TryGetInt64(out var count) ? count : (long?)null;
        return new ElementListPage(items, resource.ApiVersion, resource.Kind, Text(meta, "resourceVersion") ?? "", string.IsNullOrEmpty(cont) ? null : cont, remaining);
    }

    private static string? Text(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>Lists every object, following continue tokens page by page.</summary>
    public async IAsyncEnumerable<JsonObject> ListAllAsync(string apiVersion, string kind, string? ns = null, ListOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        options ??= new ListOptions { Limit = 500 };
        while (true)
        {
            var page = await ListAsync(apiVersion, kind, ns, options, cancellationToken);
            foreach (var item in page.Items) yield return item;
            if (page.Continue is null) yield break;
            options = options with { Continue = page.Continue };
        }
    }

    /// <summary>Lists every page as elements (<see cref="ListElementsAsync"/>), following continue tokens.</summary>
    public async IAsyncEnumerable<ElementListPage> ListAllElementsAsync(string apiVersion, string kind, string? ns = null, ListOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        options ??= new ListOptions { Limit = 500 };
        while (true)
        {
            var page = await ListElementsAsync(apiVersion, kind, ns, options, cancellationToken);
            yield return page;
            if (page.Continue is null) yield break;
            options = options with { Continue = page.Continue };
        }
    }

    /// <summary>Creates an object (POST); fails with <see cref="KubernetesAlreadyExistsException"/> if it exists.</summary>
    public async Task<JsonObject> CreateAsync(JsonObject obj, string fieldManager = "kurator-sdk", CancellationToken cancellationToken = default)
    {
        var (apiVersion, kind, _, ns) = Identity(obj, requireName: false);
        var resource = await Mapper.MapAsync(apiVersion, kind, cancellationToken);
        var path = resource.CollectionPath(resource.Namespaced ? ns ?? Settings.Namespace : null) + "?fieldManager=" + Uri.EscapeDataString(fieldManager);
        return await SendForObjectAsync(HttpMethod.Post, path, obj.ToJsonString(), "application/json", idempotent: false, cancellationToken);
    }

    /// <summary>Replaces an object (PUT); a metadata.resourceVersion in it is an optimistic-concurrency precondition.</summary>
    public async Task<JsonObject> ReplaceAsync(JsonObject obj, string fieldManager = "kurator-sdk", string? subresource = null, CancellationToken cancellationToken = default)
    {
        var (apiVersion, kind, name, ns) = Identity(obj);
        var resource = await Mapper.MapAsync(apiVersion, kind, cancellationToken);
        var path = ItemPath(resource, name, ns ?? Settings.Namespace, subresource) + "?fieldManager=" + Uri.EscapeDataString(fieldManager);
        return await SendForObjectAsync(HttpMethod.Put, path, obj.ToJsonString(), "application/json", idempotent: true, cancellationToken);
    }

    /// <summary>Patches an object with a merge, strategic-merge or JSON patch.</summary>
    public async Task<JsonObject> PatchAsync(string apiVersion, string kind, string name, JsonNode patch, PatchType type, string? ns = null, string fieldManager = "kurator-sdk", CancellationToken cancellationToken = default)
    {
        var resource = await Mapper.MapAsync(apiVersion, kind, cancellationToken);
        var contentType = type switch
        {
            PatchType.Merge => "application/merge-patch+json",
            PatchType.StrategicMerge => "application/strategic-merge-patch+json",
            _ => "application/json-patch+json",
        };
        var path = ItemPath(resource, name, ns ?? Settings.Namespace, null) + "?fieldManager=" + Uri.EscapeDataString(fieldManager);
        return await SendForObjectAsync(HttpMethod.Patch, path, patch.ToJsonString(), contentType, idempotent: type == PatchType.Merge, cancellationToken);
    }

    /// <summary>Deletes an object; returns what the server returned (the object, possibly with deletionTimestamp, or a Status).</summary>
    public async Task<JsonObject> DeleteAsync(string apiVersion, string kind, string name, string? ns = null, DeleteOptions? options = null, CancellationToken cancellationToken = default)
    {
        var resource = await Mapper.MapAsync(apiVersion, kind, cancellationToken);
        options ??= new DeleteOptions();
        var body = new JsonObject { ["kind"] = "DeleteOptions", ["apiVersion"] = "v1" };
        if (options.PropagationPolicy is not null) body["propagationPolicy"] = options.PropagationPolicy;
        if (options.GracePeriodSeconds is { } grace) body["gracePeriodSeconds"] = grace;
        if (options.DryRun) body["dryRun"] = new JsonArray("All");
        if (options.PreconditionResourceVersion is not null || options.PreconditionUid is not null)
        {
            var pre = new JsonObject();
            if (options.PreconditionResourceVersion is not null) pre["resourceVersion"] = options.PreconditionResourceVersion;
            if (options.PreconditionUid is not null) pre["uid"] = options.PreconditionUid;
            body["preconditions"] = pre;
        }
        return await SendForObjectAsync(HttpMethod.Delete, ItemPath(resource, name, ns ?? Settings.Namespace, null), body.ToJsonString(), "application/json", true, cancellationToken);
    }

    /// <summary>
    /// Watches a collection (<paramref name="ns"/> null for all namespaces) and keeps watching: it resumes from the last
    /// seen resourceVersion when a stream ends, and when that position expired (410) it re-lists and yields one
    /// <see cref="WatchEventType.Relisted"/> event with the full list. Ends when <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    public IAsyncEnumerable<WatchEvent> WatchAsync(string apiVersion, string kind, string? ns = null, WatchOptions? options = null, CancellationToken cancellationToken = default) =>
        new Watcher(this, apiVersion, kind, ns, options ?? new WatchOptions()).RunAsync(cancellationToken);

    internal async Task<HttpResponseMessage> OpenWatchAsync(ApiResource resource, string? ns, WatchOptions options, string resourceVersion, CancellationToken cancellationToken)
    {
        var query = new List<string> { "watch=true", "resourceVersion=" + Uri.EscapeDataString(resourceVersion), "timeoutSeconds=" + options.TimeoutSeconds };
        if (options.AllowBookmarks) query.Add("allowWatchBookmarks=true");
        if (options.LabelSelector is not null) query.Add("labelSelector=" + Uri.EscapeDataString(options.LabelSelector));
        if (options.FieldSelector is not null) query.Add("fieldSelector=" + Uri.EscapeDataString(options.FieldSelector));
        var path = resource.CollectionPath(ns) + "?" + string.Join("&", query);
        var response = await _executor.SendAsync(() => Request(HttpMethod.Get, path, null, null), idempotent: true, streaming: true, cancellationToken);
        if (response.IsSuccessStatusCode) return response;
        using (response) throw await StatusErrors.FromResponseAsync(response, cancellationToken);
    }

    private static (string ApiVersion, string Kind, string Name, string? Namespace) Identity(JsonObject obj, bool requireName = true)
    {
        var apiVersion = (string?)obj["apiVersion"] ?? throw new ArgumentException("the object has no apiVersion", nameof(obj));
        var kind = (string?)obj["kind"] ?? throw new ArgumentException("the object has no kind", nameof(obj));
        var name = (string?)obj["metadata"]?["name"];
        if (requireName && string.IsNullOrEmpty(name)) throw new ArgumentException("the object has no metadata.name", nameof(obj));
        return (apiVersion, kind, name ?? "", (string?)obj["metadata"]?["namespace"]);
    }

    private static string ItemPath(ApiResource resource, string name, string? ns, string? subresource) =>
        resource.CollectionPath(resource.Namespaced ? ns : null) + "/" + Uri.EscapeDataString(name) + (subresource is null ? "" : "/" + subresource);

    private HttpRequestMessage Request(HttpMethod method, string path, string? body, string? contentType)
    {
        var request = new HttpRequestMessage(method, new Uri(Settings.Server, path));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.UserAgent.ParseAdd("kurator-sdk/0.1");
        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType!);
        }
        return request;
    }

    private async Task<JsonObject> SendForObjectAsync(HttpMethod method, string path, string? body, string? contentType, bool idempotent, CancellationToken cancellationToken)
    {
        var root = await SendForElementAsync(method, path, body, contentType, idempotent, cancellationToken);
        return JsonObject.Create(root)!;
    }

    /// <summary>Sends a request and returns the body's JSON object as an element of its parsed document.</summary>
    private async Task<JsonElement> SendForElementAsync(HttpMethod method, string path, string? body, string? contentType, bool idempotent, CancellationToken cancellationToken)
    {
        using var response = await _executor.SendAsync(() => Request(method, path, body, contentType), idempotent, streaming: false, cancellationToken);
        _logger.LogDebug("{Method} {Path} -> {Code}", method, path.Split('?')[0], (int)response.StatusCode);
        if (!response.IsSuccessStatusCode) throw await StatusErrors.FromResponseAsync(response, cancellationToken);
        // Server warnings (e.g. unknown fields under fieldValidation=Warn) describe the request, never credentials.
        if (response.Headers.TryGetValues("Warning", out var warnings))
        {
            foreach (var w in warnings) _logger.LogWarning("{Method} {Path}: {Warning}", method, path.Split('?')[0], w);
        }
        // Parsed over the UTF-8 body as received: no string copy, and no second copy of the bytes (JsonNode.Parse copies
        // them; a document over this array does not). Elements and the nodes over them read the document lazily, so it
        // is never disposed: its pooled index then goes to the GC like any other garbage.
        var utf8 = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var document = JsonDocument.Parse(utf8);
        return document.RootElement.ValueKind == JsonValueKind.Object
            ? document.RootElement
            : throw new KubernetesApiException(response.StatusCode, "", "the server returned a body that is not a JSON object", null);
    }

    /// <inheritdoc />
    public void Dispose() => _executor.Dispose();
}
