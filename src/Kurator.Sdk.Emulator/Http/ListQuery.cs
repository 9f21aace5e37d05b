using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Kurator.Sdk.Emulator.Errors;
using Kurator.Sdk.Emulator.Rest;
using Kurator.Sdk.Emulator.Schema;
using Microsoft.AspNetCore.Http;

namespace Kurator.Sdk.Emulator.Http;

/// <summary>LIST with label/field selectors and limit/continue pagination (continue tokens expire with compaction: 410).</summary>
internal static class ListQuery
{
    /// <summary>Answers the LIST: a Table when asked for one, else the list's JSON, written from the stored objects without copying them.</summary>
    public static async Task WriteAsync(HttpContext context, ClusterState state, RequestTarget t)
    {
        if (TableWriter.Wanted(context))
        {
            await HttpIo.WriteJsonAsync(context, 200, Run(context, state, t));
            return;
        }

        var json = new ArrayBufferWriter<byte>(16384);
        // Read while the store is locked: the stored objects are read in place, and nothing changes them meanwhile.
        lock (state.Store.Gate)
        {
            var (page, meta) = Select(context, state, t, copy: false);
            Append(json, "{\"kind\":");
            AppendString(json, t.Type.ListKind);
            Append(json, ",\"apiVersion\":");
            AppendString(json, t.Type.GroupVersion);
            Append(json, ",\"metadata\":");
            using (var writer = new Utf8JsonWriter(json)) meta.WriteTo(writer);
            Append(json, ",\"items\":[");
            // As Present shows an item, without changing the stored object: apiVersion and kind of the listed version first.
            var prefix = new ArrayBufferWriter<byte>(128);
            Append(prefix, "{\"apiVersion\":");
            AppendString(prefix, t.Type.GroupVersion);
            Append(prefix, ",\"kind\":");
            AppendString(prefix, t.Type.Kind);
            var first = true;
            foreach (var item in page)
            {
                if (!first) Append(json, ",");
                first = false;
                json.Write(prefix.WrittenSpan);
                var fields = StoredFields.GetValue(item, Fields);
                if (fields.Length > 2)
                {
                    Append(json, ",");
                    json.Write(fields.AsSpan(1, fields.Length - 2));
                }

                Append(json, "}");
            }

            Append(json, "]}");
        }

        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        await context.Response.BodyWriter.WriteAsync(json.WrittenMemory, context.RequestAborted);
    }

    // A stored object's JSON without apiVersion and kind, kept as long as the object is stored: a write stores a new
    // object and never changes a stored one, so a no-change list writes bytes it wrote before.
    private static readonly ConditionalWeakTable<JsonObject, byte[]> StoredFields = new();

    private static byte[] Fields(JsonObject stored)
    {
        var buffer = new ArrayBufferWriter<byte>(2048);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in stored)
            {
                if (name is "apiVersion" or "kind")
                {
                    continue;
                }

                writer.WritePropertyName(name);
                if (value is null)
                {
                    writer.WriteNullValue();
                }
                else
                {
                    value.WriteTo(writer);
                }
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void Append(ArrayBufferWriter<byte> json, string ascii) => Encoding.UTF8.GetBytes(ascii, json);

    private static void AppendString(ArrayBufferWriter<byte> json, string value)
    {
        using var writer = new Utf8JsonWriter(json);
        writer.WriteStringValue(value);
    }

    /// <summary>The LIST as a JSON object (each item a copy, as <see cref="ResourceEndpoints.Present"/> shows it), or a Table when asked for one.</summary>
    public static JsonObject Run(HttpContext context, ClusterState state, RequestTarget t)
    {
        var (page, meta) = Select(context, state, t, copy: true);
        if (TableWriter.Wanted(context)) return TableWriter.Build(t.Type, t.Type.CrdVersion, page, meta);
        return new JsonObject
        {
            ["kind"] = t.Type.ListKind,
            ["apiVersion"] = t.Type.GroupVersion,
            ["metadata"] = meta,
            ["items"] = new JsonArray(page.Select(o => (JsonNode)ResourceEndpoints.Present(t.Type, o)).ToArray()),
        };
    }

    // The page the request asks for (selectors, limit, continue) and the list's metadata. Without a copy, the items are
    // the stored objects themselves: only while the caller holds the store's lock.
    private static (List<JsonObject> Page, JsonObject Meta) Select(HttpContext context, ClusterState state, RequestTarget t, bool copy)
    {
        var q = context.Request.Query;
        var selectors = Selectors.Parse(q["labelSelector"], q["fieldSelector"]);
        var limit = int.TryParse(q["limit"], NumberStyles.None, CultureInfo.InvariantCulture, out var l) && l > 0 ? l : int.MaxValue;
        var (matching, rv) = state.Store.List(t.Type.Group, t.Type.Plural, t.Type.Namespaced ? t.Namespace : null, selectors.Matches, copy);
        var start = 0;
        var token = q["continue"].ToString();
        if (token.Length > 0)
        {
            var (tokenRv, after) = Decode(token);
            if (tokenRv < state.Store.CompactedThrough)
            {
                var fresh = Encode(rv, after);
                throw new ApiError(410, "Expired",
                    "The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter, or use the continue token in this response to retrieve the remainder of the results. Continuing with the provided token results in an inconsistent list - objects that were created, modified, or deleted between the time the first chunk was returned and now may show up in the list.",
                    null)
                { ContinueToken = fresh };
            }
            start = matching.FindIndex(o => string.CompareOrdinal(Key(o), after) > 0);
            if (start < 0) start = matching.Count;
        }
        var page = matching.Skip(start).Take(limit).ToList();
        var meta = new JsonObject { ["resourceVersion"] = rv.ToString(CultureInfo.InvariantCulture) };
        var remaining = matching.Count - start - page.Count;
        if (remaining > 0)
        {
            meta["continue"] = Encode(rv, Key(page[^1]));
            meta["remainingItemCount"] = remaining;
        }

        return (page, meta);
    }

    private static string Key(JsonObject o) => $"{(string?)o["metadata"]?["namespace"]}/{(string?)o["metadata"]?["name"]}";

    private static string Encode(long rv, string after) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{rv.ToString(CultureInfo.InvariantCulture)}|{after}"));

    private static (long Rv, string After) Decode(string token)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(token));
            var bar = text.IndexOf('|');
            return (long.Parse(text[..bar], CultureInfo.InvariantCulture), text[(bar + 1)..]);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentOutOfRangeException)
        {
            throw ApiError.BadRequest("continue key is not valid: illegal base64 data");
        }
    }
}
