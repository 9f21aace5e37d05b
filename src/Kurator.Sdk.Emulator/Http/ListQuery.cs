using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using Kurator.Sdk.Emulator.Errors;
using Kurator.Sdk.Emulator.Rest;
using Microsoft.AspNetCore.Http;

namespace Kurator.Sdk.Emulator.Http;

/// <summary>LIST with label/field selectors and limit/continue pagination (continue tokens expire with compaction: 410).</summary>
internal static class ListQuery
{
    public static JsonObject Run(HttpContext context, ClusterState state, RequestTarget t)
    {
        var q = context.Request.Query;
        var selectors = Selectors.Parse(q["labelSelector"], q["fieldSelector"]);
        var limit = int.TryParse(q["limit"], NumberStyles.None, CultureInfo.InvariantCulture, out var l) && l > 0 ? l : int.MaxValue;
        var (items, rv) = state.Store.List(t.Type.Group, t.Type.Plural, t.Type.Namespaced ? t.Namespace : null);
        var matching = items.Where(selectors.Matches).ToList();
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
        if (TableWriter.Wanted(context)) return TableWriter.Build(t.Type, t.Type.CrdVersion, page, meta);
        return new JsonObject
        {
            ["kind"] = t.Type.ListKind,
            ["apiVersion"] = t.Type.GroupVersion,
            ["metadata"] = meta,
            ["items"] = new JsonArray(page.Select(o => (JsonNode)ResourceEndpoints.Present(t.Type, o)).ToArray()),
        };
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
