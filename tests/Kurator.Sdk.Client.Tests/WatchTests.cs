using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Kurator.Sdk.Client.Watch;
using Xunit;

namespace Kurator.Sdk.Client.Tests;

/// <summary>Watch: events, bookmarks, resume across server timeouts, re-list after 410.</summary>
public sealed class WatchTests : IClassFixture<ClientFixture>
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);
    private readonly ClientFixture _fx;
    public WatchTests(ClientFixture fx) => _fx = fx;
    private KubeClient C => _fx.Client;

    /// <summary>Reads events until <paramref name="done"/> says stop; the bound only guards against a hang.</summary>
    private static async Task<List<WatchEvent>> CollectAsync(IAsyncEnumerator<WatchEvent> e, Func<WatchEvent, bool> done)
    {
        var seen = new List<WatchEvent>();
        while (await e.MoveNextAsync())
        {
            seen.Add(e.Current);
            if (done(e.Current)) return seen;
        }
        throw new InvalidOperationException("watch ended unexpectedly");
    }

    [Fact]
    public async Task Watch_lists_then_streams_added_modified_deleted_for_the_selected_namespace()
    {
        await C.ApplyAsync(new JsonObject { ["apiVersion"] = "v1", ["kind"] = "Namespace", ["metadata"] = new JsonObject { ["name"] = "watched" } });
        await C.ApplyAsync(Objects.ConfigMap("pre", ns: "watched"));
        using var cts = new CancellationTokenSource(Bound);
        await using var e = C.WatchAsync("v1", "ConfigMap", "watched", cancellationToken: cts.Token).GetAsyncEnumerator(cts.Token);
        var initial = await CollectAsync(e, ev => ev.Type == WatchEventType.Added);
        Assert.Equal("pre", (string?)initial.Last().Object["metadata"]!["name"]);

        await C.ApplyAsync(Objects.ConfigMap("w1", ns: "watched", data: ("v", "1")));
        await C.ApplyAsync(Objects.ConfigMap("w1", ns: "watched", data: ("v", "2")));
        await C.ApplyAsync(Objects.ConfigMap("elsewhere", ns: "default"));
        await C.DeleteAsync("v1", "ConfigMap", "w1", "watched");
        var events = await CollectAsync(e, ev => ev.Type == WatchEventType.Deleted);
        var changes = events.Where(ev => ev.Type != WatchEventType.Bookmark).Select(ev => (ev.Type, (string?)ev.Object["metadata"]!["name"], (string?)ev.Object["data"]?["v"])).ToList();
        Assert.Equal([(WatchEventType.Added, "w1", "1"), (WatchEventType.Modified, "w1", "2"), (WatchEventType.Deleted, "w1", "2")], changes);
    }

    [Fact]
    public async Task Watch_resumes_across_server_timeouts_without_losing_events_and_receives_bookmarks()
    {
        var start = await C.ApplyAsync(Objects.ConfigMap("resume-0"));
        using var cts = new CancellationTokenSource(Bound);
        var options = new WatchOptions { ResourceVersion = (string?)start["metadata"]!["resourceVersion"], TimeoutSeconds = 1, FieldSelector = "metadata.namespace=default" };
        await using var e = C.WatchAsync("v1", "ConfigMap", "default", options, cts.Token).GetAsyncEnumerator(cts.Token);
        var watchRequests = () => _fx.Cluster.Requests.Count(r => r.PathAndQuery.Contains("watch=true") && r.PathAndQuery.Contains("timeoutSeconds=1"));
        var names = new List<string>();
        for (var i = 1; i <= 3; i++)
        {
            var before = watchRequests();
            // Wait (bounded) until the server has ended at least one more stream, so each change crosses a reconnect.
            await CollectAsync(e, ev => ev.Type == WatchEventType.Bookmark && watchRequests() > before);
            await C.ApplyAsync(Objects.ConfigMap($"resume-{i}"));
            var got = await CollectAsync(e, ev => ev.Type == WatchEventType.Added);
            names.Add((string)got.Last().Object["metadata"]!["name"]!);
        }
        Assert.Equal(["resume-1", "resume-2", "resume-3"], names);
        Assert.True(watchRequests() >= 3);
    }

    [Fact]
    public async Task Watch_from_compacted_position_gets_410_re_lists_with_nothing_lost()
    {
        var old = await C.ApplyAsync(Objects.ConfigMap("gap-0"));
        var oldVersion = (string?)old["metadata"]!["resourceVersion"];
        await C.ApplyAsync(Objects.ConfigMap("gap-1", data: ("missed", "yes")));
        _fx.Cluster.Compact();
        using var cts = new CancellationTokenSource(Bound);
        await using var e = C.WatchAsync("v1", "ConfigMap", "default", new WatchOptions { ResourceVersion = oldVersion }, cts.Token).GetAsyncEnumerator(cts.Token);
        var relisted = (await CollectAsync(e, ev => ev.Type == WatchEventType.Relisted)).Last();
        var items = relisted.Object["items"]!.AsArray().Select(i => (string?)i!["metadata"]!["name"]).ToList();
        Assert.Contains("gap-1", items);
        Assert.Contains("gap-0", items);
        await C.ApplyAsync(Objects.ConfigMap("gap-2"));
        var after = await CollectAsync(e, ev => ev.Type == WatchEventType.Added);
        Assert.Equal("gap-2", (string?)after.Last().Object["metadata"]!["name"]);
    }

    [Fact]
    public async Task Watch_with_label_selector_reports_objects_entering_and_leaving_the_selection()
    {
        JsonObject Labelled(string tier)
        {
            var cm = Objects.ConfigMap("moving");
            cm["metadata"]!["labels"] = new JsonObject { ["tier"] = tier };
            return cm;
        }
        var start = await C.ApplyAsync(Labelled("back"));
        using var cts = new CancellationTokenSource(Bound);
        var options = new WatchOptions { ResourceVersion = (string?)start["metadata"]!["resourceVersion"], LabelSelector = "tier=front" };
        await using var e = C.WatchAsync("v1", "ConfigMap", "default", options, cts.Token).GetAsyncEnumerator(cts.Token);
        await C.ApplyAsync(Labelled("front"));
        Assert.Equal(WatchEventType.Added, (await CollectAsync(e, ev => ev.Type != WatchEventType.Bookmark)).Last().Type);
        await C.ApplyAsync(Labelled("back"));
        Assert.Equal(WatchEventType.Deleted, (await CollectAsync(e, ev => ev.Type != WatchEventType.Bookmark)).Last().Type);
    }
}
