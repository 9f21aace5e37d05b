using System;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Kurator.Sdk.Emulator.Apply;
using Kurator.Sdk.Emulator.Errors;
using Kurator.Sdk.Emulator.Json;
using Kurator.Sdk.Emulator.Patch;
using Kurator.Sdk.Emulator.Protobuf;
using Kurator.Sdk.Emulator.Rest;
using Kurator.Sdk.Emulator.Schema;
using Kurator.Sdk.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace Kurator.Sdk.Emulator.Http;

/// <summary>The REST verbs on resource URLs: get, list, create, update, patch (apply, merge, strategic, JSON), delete.</summary>
internal sealed class ResourceEndpoints
{
    private readonly ClusterState _state;
    private readonly ObjectWriter _writer;
    private readonly ObjectDeleter _deleter;

    public ResourceEndpoints(ClusterState state)
    {
        _state = state;
        _writer = new ObjectWriter(state);
        _deleter = new ObjectDeleter(state);
    }

    public async Task HandleAsync(HttpContext context, RequestTarget target)
    {
        if (target.Subresource == "scale" && target.Name is not null && ScaleEndpoints.Supports(target.Type))
        {
            await ScaleEndpoints.HandleAsync(context, _state, _writer, target);
            return;
        }
        if (target.Subresource is not null && (target.Subresource != "status" || !target.Type.HasStatus || target.Name is null))
            throw new ApiError(404, "NotFound", "the server could not find the requested resource");
        if (target.Type.Namespaced && target.Namespace is null && context.Request.Method != "GET")
            throw new ApiError(404, "NotFound", "the server could not find the requested resource");
        if (context.Request.Method is "POST" or "PUT" && !IsJson(context.Request.ContentType))
            throw new ApiError(415, "UnsupportedMediaType",
                $"the body of the request was in an unknown format - accepted media types include: application/json, application/yaml, application/vnd.kubernetes.protobuf");
        switch (context.Request.Method)
        {
            case "GET" when target.Name is not null && TableWriter.Wanted(context):
                await HttpIo.WriteJsonAsync(context, 200, TableWriter.Build(target.Type, target.Type.CrdVersion, [Present(target.Type, Get(target))],
                    new JsonObject { ["resourceVersion"] = _state.Store.CurrentVersion.ToString(CultureInfo.InvariantCulture) }));
                break;
            case "GET" when target.Name is not null:
                await HttpIo.WriteJsonAsync(context, 200, Present(target.Type, Get(target)));
                break;
            case "GET" when IsWatch(context):
                await WatchStream.RunAsync(context, _state, target);
                break;
            case "GET":
                await ListQuery.WriteAsync(context, _state, target);
                break;
            case "POST" when target.Name is null:
                await CreateAsync(context, target);
                break;
            case "PUT" when target.Name is not null:
                await UpdateAsync(context, target);
                break;
            case "PATCH" when target.Name is not null:
                await PatchAsync(context, target);
                break;
            case "DELETE" when target.Name is not null:
                await DeleteAsync(context, target);
                break;
            case "DELETE":
                await DeleteCollectionAsync(context, target);
                break;
            default:
                throw ApiError.MethodNotAllowed($"the server does not allow this method on the requested resource");
        }
    }

    private static string MediaType(string? contentType) => (contentType ?? "application/json").Split(';')[0].Trim();

    private static bool IsJson(string? contentType) =>
        MediaType(contentType) is "application/json" or "application/yaml" or "" or ProtobufObjectDecoder.ContentType;

    private static bool IsWatch(HttpContext context) => context.Request.Query["watch"].ToString() is "true" or "1";

    private string Ns(RequestTarget t) => t.Type.Namespaced ? t.Namespace ?? "" : "";

    private JsonObject Get(RequestTarget t) =>
        _state.Store.Get(t.Type.Group, t.Type.Plural, Ns(t), t.Name!) ?? throw ApiError.NotFound(t.Type.Group, t.Type.Plural, t.Name!);

    /// <summary>Objects are stored once per group/resource; a read through another served version just relabels it.</summary>
    public static JsonObject Present(ResourceType type, JsonObject obj)
    {
        obj["apiVersion"] = type.GroupVersion;
        obj["kind"] = type.Kind;
        return obj;
    }

    /// <summary>JSON (or YAML) bodies; protobuf ones (typed kubectl create commands) for the kinds the decoder knows.</summary>
    private static async Task<JsonObject> ReadObjectAsync(HttpContext context, bool allowYaml) =>
        MediaType(context.Request.ContentType) == ProtobufObjectDecoder.ContentType
            ? ProtobufObjectDecoder.Decode(await HttpIo.ReadBytesAsync(context))
            : BodyReader.ParseObject(await HttpIo.ReadBodyAsync(context), allowYaml);

    private static Task RespondAsync(HttpContext context, WriteOptions options, ResourceType type, JsonObject result, int status)
    {
        foreach (var w in options.Warnings) context.Response.Headers.Append("Warning", $"299 - \"{w.Replace("\"", "\\\"")}\"");
        return HttpIo.WriteJsonAsync(context, status, Present(type, result));
    }

    private static void CheckIdentity(RequestTarget t, JsonObject body)
    {
        var name = (string?)body["metadata"]?["name"];
        if (t.Name is not null && name is not null && name != t.Name)
            throw ApiError.BadRequest($"the name of the object ({name}) does not match the name on the URL ({t.Name})");
        var ns = (string?)body["metadata"]?["namespace"];
        if (t.Type.Namespaced && ns is not null && ns.Length > 0 && ns != t.Namespace)
            throw ApiError.BadRequest($"the namespace of the object ({ns}) does not match the namespace on the request ({t.Namespace})");
    }

    private async Task CreateAsync(HttpContext context, RequestTarget t)
    {
        var options = WriteOptions.From(context, isApply: false);
        var body = await ReadObjectAsync(context, allowYaml: false);
        CheckIdentity(t, body);
        var meta = body["metadata"] as JsonObject ?? new JsonObject();
        body["metadata"] = meta;
        if (meta["name"] is null && (string?)meta["generateName"] is { Length: > 0 } prefix)
            meta["name"] = prefix + Convert.ToHexString(RandomNumberGenerator.GetBytes(3)).ToLowerInvariant()[..5];
        meta.Remove("managedFields");
        var name = (string?)meta["name"] ?? "";
        JsonObject result;
        lock (_state.Store.Gate)
        {
            if (name.Length > 0 && _state.Store.Get(t.Type.Group, t.Type.Plural, Ns(t), name) is not null)
                throw ApiError.AlreadyExists(t.Type.Group, t.Type.Plural, name);
            result = _writer.Commit(t.Type, Ns(t), null, body, options, null, applied: false).Result;
        }
        await RespondAsync(context, options, t.Type, result, 201);
    }

    private async Task UpdateAsync(HttpContext context, RequestTarget t)
    {
        var options = WriteOptions.From(context, isApply: false);
        var body = await ReadObjectAsync(context, allowYaml: false);
        CheckIdentity(t, body);
        JsonObject result;
        lock (_state.Store.Gate)
        {
            var old = Get(t);
            var rv = (string?)body["metadata"]?["resourceVersion"];
            if (!string.IsNullOrEmpty(rv) && rv != (string?)old["metadata"]!["resourceVersion"])
                throw ApiError.VersionConflict(t.Type.Group, t.Type.Plural, t.Name!);
            (body["metadata"] as JsonObject)?.Remove("managedFields");
            result = _writer.Commit(t.Type, Ns(t), old, body, options, t.Subresource, applied: false).Result;
        }
        await RespondAsync(context, options, t.Type, result, 200);
    }

    private async Task PatchAsync(HttpContext context, RequestTarget t)
    {
        var contentType = (context.Request.ContentType ?? "").Split(';')[0].Trim();
        var isApply = contentType == "application/apply-patch+yaml";
        var options = WriteOptions.From(context, isApply);
        var text = await HttpIo.ReadBodyAsync(context);
        if (isApply)
        {
            var (result, created) = Apply(t, BodyReader.ParseObject(text, allowYaml: true), options);
            await RespondAsync(context, options, t.Type, result, created ? 201 : 200);
            return;
        }
        var patch = BodyReader.Parse(text, allowYaml: false);
        JsonObject patched;
        lock (_state.Store.Gate)
        {
            var old = Get(t);
            var bare = (JsonObject)old.DeepClone();
            JsonNode? next = contentType switch
            {
                "application/merge-patch+json" => JsonMergePatch.Apply(bare, patch),
                "application/json-patch+json" => JsonPatchRequest.Apply(bare, patch),
                "application/strategic-merge-patch+json" when !t.Type.IsCustom && patch is JsonObject p => StrategicMergePatch.ApplyRoot(bare, p, t.Type.Schema),
                _ => throw new ApiError(415, "UnsupportedMediaType",
                    $"the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml{(t.Type.IsCustom ? "" : ", application/strategic-merge-patch+json")}"),
            };
            if (next is not JsonObject obj) throw ApiError.BadRequest("the patch did not produce an object");
            CheckIdentity(t, obj);
            var rv = (string?)obj["metadata"]?["resourceVersion"];
            if (!string.IsNullOrEmpty(rv) && rv != (string?)old["metadata"]!["resourceVersion"])
                throw ApiError.VersionConflict(t.Type.Group, t.Type.Plural, t.Name!);
            patched = _writer.Commit(t.Type, Ns(t), old, obj, options, t.Subresource, applied: false).Result;
        }
        await RespondAsync(context, options, t.Type, patched, 200);
    }

    private (JsonObject Result, bool Created) Apply(RequestTarget t, JsonObject body, WriteOptions options)
    {
        var type = t.Type;
        var apiVersion = (string?)body["apiVersion"];
        if (apiVersion != type.GroupVersion)
            throw ApiError.BadRequest($"Incorrect version specified in apply patch. Specified patch version: {apiVersion}, expected: {type.GroupVersion}");
        if ((string?)body["kind"] != type.Kind)
            throw ApiError.BadRequest($"Incorrect kind specified in apply patch. Specified patch kind: {(string?)body["kind"]}, expected: {type.Kind}");
        if (body["metadata"]?["managedFields"] is not null) throw ApiError.BadRequest("metadata.managedFields must be nil");
        CheckIdentity(t, body);
        ApplyMerger.DropNulls(body);
        var meta = body["metadata"] as JsonObject ?? new JsonObject();
        body["metadata"] = meta;
        var precondition = (string?)meta["resourceVersion"];
        meta.Remove("resourceVersion");
        var unknown = UnknownFields.Find(body, type.Schema, prune: false);
        if (unknown.Count > 0)
        {
            var gvk = $"{type.Group}/{type.Version}, Kind={type.Kind}";
            var where = type.Namespaced ? $"{t.Namespace}/{t.Name}" : t.Name;
            var detail = unknown.Count == 1 ? $".{unknown[0]}: field not declared in schema" : "errors:\n" + string.Join("\n", unknown.Select(u => $"  .{u}: field not declared in schema"));
            throw new ApiError(500, "", $"failed to create typed patch object ({gvk} {where}): {detail}");
        }
        if (type.HasStatus)
        {
            if (t.Subresource == "status")
            {
                foreach (var key in body.Select(p => p.Key).Where(k => k is not ("apiVersion" or "kind" or "metadata" or "status")).ToList()) body.Remove(key);
                foreach (var key in meta.Select(p => p.Key).Where(k => k is not ("name" or "namespace")).ToList()) meta.Remove(key);
            }
            else body.Remove("status");
        }
        lock (_state.Store.Gate)
        {
            var old = _state.Store.Get(type.Group, type.Plural, Ns(t), t.Name!);
            if (old is null && t.Subresource == "status") throw ApiError.NotFound(type.Group, type.Plural, t.Name!);
            if (precondition is { Length: > 0 } && precondition != (string?)old?["metadata"]?["resourceVersion"])
                throw ApiError.VersionConflict(type.Group, type.Plural, t.Name!);
            var live = old ?? new JsonObject
            {
                ["apiVersion"] = type.GroupVersion,
                ["kind"] = type.Kind,
                ["metadata"] = new JsonObject { ["name"] = t.Name },
            };
            var merged = FieldManager.Apply(live, body, ObjectWriter.FieldSchema(type), options.Manager, options.Force, type.GroupVersion, t.Subresource ?? "");
            ((JsonObject)merged["metadata"]!)["name"] = t.Name;
            return _writer.Commit(type, Ns(t), old, merged, options, t.Subresource, applied: true);
        }
    }

    private async Task DeleteAsync(HttpContext context, RequestTarget t)
    {
        var text = await HttpIo.ReadBodyAsync(context);
        var options = text.Trim().Length == 0 ? null : BodyReader.Parse(text, allowYaml: false) as JsonObject;
        var dryRun = context.Request.Query["dryRun"].ToString() == "All" || (options?["dryRun"] as JsonArray)?.Any(v => (string?)v == "All") == true;
        var propagation = context.Request.Query["propagationPolicy"].ToString();
        if (propagation.Length > 0 && propagation is not ("Orphan" or "Background" or "Foreground"))
            throw ApiError.Invalid("DeleteOptions", "meta.k8s.io", "",
                [new StatusCause("FieldValueNotSupported", $"Unsupported value: \"{propagation}\": supported values: \"Foreground\", \"Background\", \"Orphan\"", "propagationPolicy")]);
        var deleted = _deleter.Delete(t.Type, Ns(t), t.Name!, options, dryRun, propagation.Length == 0 ? null : propagation);
        await HttpIo.WriteJsonAsync(context, 200, Present(t.Type, deleted));
    }

    private async Task DeleteCollectionAsync(HttpContext context, RequestTarget t)
    {
        var selectors = Selectors.Parse(context.Request.Query["labelSelector"], context.Request.Query["fieldSelector"]);
        var (items, _) = _state.Store.List(t.Type.Group, t.Type.Plural, t.Type.Namespaced ? t.Namespace : null);
        var deleted = new JsonArray();
        foreach (var item in items.Where(selectors.Matches))
        {
            // (JsonNode): Add(JsonNode), not Add<T>, the reflection-based overload a Native AOT kurator-sdk cannot use.
            deleted.Add((JsonNode)Present(t.Type, _deleter.Delete(t.Type, (string?)item["metadata"]!["namespace"] ?? "", (string)item["metadata"]!["name"]!, null, false, null)));
        }
        await HttpIo.WriteJsonAsync(context, 200, new JsonObject
        {
            ["kind"] = t.Type.ListKind,
            ["apiVersion"] = t.Type.GroupVersion,
            ["metadata"] = new JsonObject { ["resourceVersion"] = _state.Store.CurrentVersion.ToString(CultureInfo.InvariantCulture) },
            ["items"] = deleted,
        });
    }
}
