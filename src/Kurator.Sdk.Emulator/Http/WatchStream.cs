using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Kurator.Sdk.Emulator.Errors;
using Kurator.Sdk.Emulator.Rest;
using Kurator.Sdk.Emulator.Storage;
using Microsoft.AspNetCore.Http;

namespace Kurator.Sdk.Emulator.Http;

/// <summary>
/// WATCH: newline-delimited WatchEvent JSON over a chunked 200 response. RV unset or "0" starts with synthetic ADDED
/// events; RV=n replays what came after n; a position older than the history gets an ERROR event with a 410 Expired
/// Status (as the watch cache does). Bookmarks when allowed; the stream ends after timeoutSeconds.
/// </summary>
internal static class WatchStream
{
    /// <summary>How often an idle watch with allowWatchBookmarks gets a BOOKMARK (upstream: about a minute).</summary>
    public static TimeSpan BookmarkInterval { get; set; } = TimeSpan.FromSeconds(1);

    public static async Task RunAsync(HttpContext context, ClusterState state, RequestTarget t)
    {
        var q = context.Request.Query;
        var selectors = Selectors.Parse(q["labelSelector"], q["fieldSelector"]);
        var rvText = q["resourceVersion"].ToString();
        var bookmarks = q["allowWatchBookmarks"].ToString() == "true";
        var sendInitial = q["sendInitialEvents"].ToString() == "true";
        var timeout = int.TryParse(q["timeoutSeconds"], NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s > 0
            ? TimeSpan.FromSeconds(s) : TimeSpan.FromMinutes(30);
        var ns = t.Type.Namespaced ? t.Namespace : null;
        var table = TableWriter.Wanted(context);
        JsonObject Shape(JsonObject obj) => table
            ? TableWriter.Build(t.Type, t.Type.CrdVersion, [obj], new JsonObject { ["resourceVersion"] = (string?)obj["metadata"]?["resourceVersion"] })
            : obj;

        var initial = new List<JsonObject>();
        WatchSubscription subscription;
        long position;
        try
        {
            lock (state.Store.Gate)
            {
                long? from = null;
                if (rvText.Length == 0 || rvText == "0" || sendInitial)
                {
                    var (items, _) = state.Store.List(t.Type.Group, t.Type.Plural, ns);
                    initial.AddRange(items.Where(selectors.Matches));
                }
                else if (long.TryParse(rvText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)) from = parsed;
                else throw ApiError.BadRequest($"invalid resource version: {rvText}");
                subscription = state.Store.Subscribe(t.Type.Group, t.Type.Plural, ns, from);
                position = state.Store.CurrentVersion;
            }
        }
        catch (ApiError expired) when (expired.Code == 410)
        {
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/json";
            await WriteEventAsync(context, "ERROR", expired.ToStatus());
            return;
        }

        using (subscription)
        {
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/json";
            await context.Response.StartAsync(context.RequestAborted);
            foreach (var obj in initial) await WriteEventAsync(context, "ADDED", Shape(ResourceEndpoints.Present(t.Type, obj)));
            if (sendInitial && bookmarks) await WriteBookmarkAsync(context, t, position, initialEnd: true);
            else if (initial.Count == 0) await context.Response.Body.FlushAsync(context.RequestAborted);

            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, state.Stopping.Token);
            deadline.CancelAfter(timeout);
            try
            {
                while (!deadline.IsCancellationRequested)
                {
                    var next = await NextAsync(subscription.Events, bookmarks ? BookmarkInterval : Timeout.InfiniteTimeSpan, deadline.Token);
                    if (next is null)
                    {
                        if (bookmarks) await WriteBookmarkAsync(context, t, position, initialEnd: false);
                        continue;
                    }
                    position = next.ResourceVersion;
                    var type = Visible(next, selectors);
                    if (type is null) continue;
                    await WriteEventAsync(context, type, Shape(ResourceEndpoints.Present(t.Type, (JsonObject)next.Object.DeepClone())));
                }
            }
            catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested && !state.Stopping.IsCancellationRequested)
            {
                // timeoutSeconds elapsed: like the watch cache, leave the client a last bookmark to resume from.
                if (bookmarks) await WriteBookmarkAsync(context, t, position, initialEnd: false);
            }
            catch (OperationCanceledException)
            {
                // The client went away, or the server is stopping.
            }
        }
    }

    /// <summary>The event type this watcher sees: objects entering the selection are ADDED, leaving it DELETED.</summary>
    private static string? Visible(StoredEvent e, Selectors selectors)
    {
        var now = selectors.Matches(e.Object);
        if (e.Type != "MODIFIED") return now ? e.Type : null;
        var before = e.Previous is not null && selectors.Matches(e.Previous);
        return (before, now) switch
        {
            (true, true) => "MODIFIED",
            (false, true) => "ADDED",
            (true, false) => "DELETED",
            _ => null,
        };
    }

    private static async Task<StoredEvent?> NextAsync(ChannelReader<StoredEvent> reader, TimeSpan idle, CancellationToken token)
    {
        if (reader.TryRead(out var ready)) return ready;
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(token);
        if (idle != Timeout.InfiniteTimeSpan) wait.CancelAfter(idle);
        try
        {
            return await reader.ReadAsync(wait.Token);
        }
        catch (OperationCanceledException) when (!token.IsCancellationRequested)
        {
            return null;
        }
        catch (ChannelClosedException)
        {
            throw new OperationCanceledException();
        }
    }

    private static Task WriteBookmarkAsync(HttpContext context, RequestTarget t, long rv, bool initialEnd)
    {
        var meta = new JsonObject { ["resourceVersion"] = rv.ToString(CultureInfo.InvariantCulture) };
        if (initialEnd) meta["annotations"] = new JsonObject { ["k8s.io/initial-events-end"] = "true" };
        return WriteEventAsync(context, "BOOKMARK", new JsonObject { ["kind"] = t.Type.Kind, ["apiVersion"] = t.Type.GroupVersion, ["metadata"] = meta });
    }

    private static async Task WriteEventAsync(HttpContext context, string type, JsonObject obj)
    {
        var line = new JsonObject { ["type"] = type, ["object"] = obj }.ToJsonString() + "\n";
        await context.Response.WriteAsync(line, context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
    }
}
