using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Kurator.Sdk.Fleet.Commands;
using Kurator.Sdk.Fleet.Watch;
using Kurator.Sdk.Kubernetes.Core.V1;
using Kurator.Sdk.Kurator.Apps.V1Alpha1;
using Quickstart;
using Xunit;

namespace Kurator.Sdk.Fleet.Tests;

/// <summary>
/// The live edit loop without dotnet watch: the runtime's hot reload callback (<see cref="HotReloadUpdates.UpdateApplication"/>)
/// is called as the runtime calls it after an applied edit, and the definition reads values the test changes in between,
/// as an edited method body would. One class, so no two loops listen to the process-wide callback at once.
/// </summary>
public sealed class WatchTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <summary>What the test's "source code" currently says.</summary>
    private sealed class Edits
    {
        public string Mode { get; set; } = "blue";

        public bool Extra { get; set; }

        public string SecretValue { get; set; } = "first-secret-value";

        public Exception? Throw { get; set; }

        public bool Duplicate { get; set; }

        public string Interval { get; set; } = "5m0s";
    }

    private static void Define(KuratorApp app, Edits edits)
    {
        if (edits.Throw is { } error) throw error;
        var fleet = QuickstartFleet.Define(app);
        app.Add(new Secret("watch-token", QuickstartFleet.Namespace) { StringData = new() { ["token"] = edits.SecretValue } });
        app.Add(new Application("watched", QuickstartFleet.Namespace)
        {
            Spec = new()
            {
                Source = new() { GitRepository = new() { Url = "https://example.com/repo", Interval = edits.Interval } },
                SyncPolicies = [new() { Destination = fleet }],
            },
        });
        app.Workloads(fleet, w =>
        {
            w.Add(new ConfigMap("settings", QuickstartFleet.WebNamespace) { Data = new() { ["mode"] = edits.Mode, ["region"] = "eu", ["tier"] = "web" } });
            if (edits.Extra) w.Add(new ConfigMap("extra", QuickstartFleet.WebNamespace) { Data = new() { ["added"] = "yes" } });
            if (edits.Duplicate) w.Add(new ConfigMap("settings", QuickstartFleet.WebNamespace));
        });
    }

    /// <summary>A running <c>watch</c> command and its output.</summary>
    private sealed class Running : IAsyncDisposable
    {
        private readonly StringWriter _text = new();
        private readonly TextWriter _writer;
        private readonly CancellationTokenSource _stop = new();

        public Running(Edits edits, params string[] args)
        {
            _writer = TextWriter.Synchronized(_text);
            var app = new KuratorApp(args, "watch-demo") { Output = _writer };
            Run = app.RunAsync(a => Define(a, edits), _stop.Token);
        }

        public Task<int> Run { get; }

        public string Output
        {
            get
            {
                // The synchronized writer's methods lock the writer itself (MethodImplOptions.Synchronized), not the
                // StringWriter under it: reading under the same lock keeps a write from resizing the buffer mid-copy.
                lock (_writer) return _text.ToString();
            }
        }

        /// <summary>The output from the line starting "render <paramref name="number"/> " on, once it is there.</summary>
        public async Task<string> RenderAsync(int number)
        {
            var clock = Stopwatch.StartNew();
            var header = $"render {number} (";
            while (clock.Elapsed < Patience)
            {
                var text = Output;
                var at = text.IndexOf(header, StringComparison.Ordinal);
                // A render ends with its problems, printed after the header; wait until the next render or a short quiet spell.
                if (at >= 0)
                {
                    await Task.Delay(200);
                    var now = Output;
                    if (now == text) return now[at..];
                    continue;
                }

                if (Run.IsCompleted) Assert.Fail($"watch ended with {await Run} before render {number}:\n{text}");
                await Task.Delay(20);
            }

            Assert.Fail($"no render {number} within {Patience}:\n{Output}");
            return "";
        }

        public async Task<int> StopAsync()
        {
            await _stop.CancelAsync();
            return await Run.WaitAsync(Patience);
        }

        public async ValueTask DisposeAsync()
        {
            if (!Run.IsCompleted) await StopAsync();
            _stop.Dispose();
        }
    }

    private static void HotReload() => HotReloadUpdates.UpdateApplication(null);

    [Fact]
    public async Task Watch_renders_once_then_prints_only_the_changed_lines_of_each_changed_object_on_a_hot_reload()
    {
        var edits = new Edits();
        await using var watch = new Running(edits, "watch");
        var first = await watch.RenderAsync(1);
        Assert.Contains("watch: build start, not under dotnet watch", watch.Output);
        Assert.Matches(@"render 1 \(start\): 15 objects \(host 9, kurator-member1 3, kurator-member2 3\) in \d+ ms", first);

        edits.Mode = "green";
        HotReload();
        var second = await watch.RenderAsync(2);

        Assert.Matches(@"^render 2 \(hot reload\): 2 changed, 0 added, 0 removed \(15 objects\) in \d+ ms", second);
        var lines = second.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Contains("kurator-member1 ConfigMap/quickstart-web/settings changed", lines);
        Assert.Contains("kurator-member2 ConfigMap/quickstart-web/settings changed", lines);
        Assert.Contains(lines, l => l.StartsWith("- ", StringComparison.Ordinal) && l.EndsWith("mode: blue", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("+ ", StringComparison.Ordinal) && l.EndsWith("mode: green", StringComparison.Ordinal));
        // Compact: the unchanged Deployment and the rest of the fleet are not printed.
        Assert.DoesNotContain("Deployment", second);
        Assert.DoesNotContain("kind: Fleet", second);
        Assert.False(watch.Run.IsCompleted);
        Assert.Equal(ExitCodes.Success, await watch.StopAsync());
    }

    [Fact]
    public async Task An_update_that_changes_nothing_prints_one_line_and_added_and_removed_objects_are_named()
    {
        var edits = new Edits();
        await using var watch = new Running(edits, "watch");
        await watch.RenderAsync(1);

        HotReload();
        var unchanged = await watch.RenderAsync(2);
        Assert.Matches(@"^render 2 \(hot reload\): no change \(15 objects\) in \d+ ms\r?\n$", unchanged);

        edits.Extra = true;
        HotReload();
        var added = await watch.RenderAsync(3);
        Assert.StartsWith("render 3 (hot reload): 0 changed, 2 added, 0 removed (17 objects)", added);
        Assert.Contains("kurator-member1 ConfigMap/quickstart-web/extra added", added);
        // The whole new object, as + lines ("yes" is quoted: YAML 1.1 would read it as true).
        Assert.Matches(@"\n\+ +added: .yes.\r?\n", added);

        edits.Extra = false;
        HotReload();
        var removed = await watch.RenderAsync(4);
        Assert.StartsWith("render 4 (hot reload): 0 changed, 0 added, 2 removed (15 objects)", removed);
        Assert.Contains("kurator-member2 ConfigMap/quickstart-web/extra removed", removed);
        Assert.DoesNotContain("added: ", removed);
    }

    [Fact]
    public async Task A_definition_that_throws_is_reported_with_its_source_line_and_the_loop_keeps_watching()
    {
        var edits = new Edits();
        await using var watch = new Running(edits, "watch");
        await watch.RenderAsync(1);

        edits.Throw = new InvalidOperationException("the member list is empty");
        HotReload();
        var failed = await watch.RenderAsync(2);
        Assert.StartsWith("render 2 (hot reload): the definition failed: InvalidOperationException: the member list is empty", failed);
        Assert.Contains("still watching", failed);
        Assert.False(watch.Run.IsCompleted);

        // Thrown here, so its frame is this file's.
        edits.Throw = null;
        edits.Mode = "red";
        try
        {
            throw new ArgumentException("thrown from the definition");
        }
        catch (ArgumentException e)
        {
            edits.Throw = e;
        }

        HotReload();
        var located = await watch.RenderAsync(3);
        Assert.Matches(@"  at .*WatchTests.* in .*WatchTests\.cs:line \d+", located);

        // Fixed: compared with the last good render (render 1), not with the failures.
        edits.Throw = null;
        HotReload();
        var fixedRender = await watch.RenderAsync(4);
        Assert.StartsWith("render 4 (hot reload): 2 changed, 0 added, 0 removed", fixedRender);
        Assert.Contains("mode: red", fixedRender);
    }

    [Fact]
    public async Task An_invalid_plan_and_schema_errors_are_reported_and_watching_goes_on()
    {
        var edits = new Edits();
        await using var watch = new Running(edits, "watch");
        await watch.RenderAsync(1);

        edits.Duplicate = true;
        HotReload();
        var invalid = await watch.RenderAsync(2);
        Assert.StartsWith("render 2 (hot reload): the definition failed: ArgumentException: ", invalid);
        Assert.Contains("ConfigMap/quickstart-web/settings", invalid);

        edits.Duplicate = false;
        edits.Interval = "five minutes";
        HotReload();
        var schema = await watch.RenderAsync(3);
        Assert.StartsWith("render 3 (hot reload): 1 changed, 0 added, 0 removed", schema);
        Assert.Contains("problem host Application/default/watched schema: ", schema);
        Assert.False(watch.Run.IsCompleted);
    }

    [Fact]
    public async Task Watch_takes_checks_policy_option_and_shows_an_enforced_kyverno_failure_as_a_problem_of_each_render()
    {
        var dir = Directory.CreateTempSubdirectory("kurator-watch-policy-").FullName;
        try
        {
            var policy = Path.Combine(dir, "require-tier.yaml");
            File.WriteAllText(policy, """
                apiVersion: kyverno.io/v1
                kind: ClusterPolicy
                metadata:
                  name: require-tier-label
                spec:
                  validationFailureAction: Enforce
                  rules:
                    - name: check-tier
                      match:
                        any:
                          - resources:
                              kinds: [ConfigMap]
                      validate:
                        message: "ConfigMaps need a tier label"
                        pattern:
                          metadata:
                            labels:
                              tier: "?*"
                """);
            var edits = new Edits();
            await using var watch = new Running(edits, "watch", "--policy", policy);
            var first = await watch.RenderAsync(1);
            Assert.Contains("problem kurator-member1 ConfigMap/quickstart-web/settings require-tier-label/check-tier: ", first);

            edits.Extra = true;
            HotReload();
            var second = await watch.RenderAsync(2);
            Assert.Contains("problem kurator-member2 ConfigMap/quickstart-web/extra require-tier-label/check-tier: ", second);
            Assert.False(watch.Run.IsCompleted);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task A_changed_secret_value_shows_as_a_changed_tag_never_as_the_value()
    {
        var edits = new Edits();
        await using var watch = new Running(edits, "watch");
        await watch.RenderAsync(1);

        edits.SecretValue = "second-secret-value";
        HotReload();
        var changed = await watch.RenderAsync(2);

        Assert.StartsWith("render 2 (hot reload): 1 changed, 0 added, 0 removed", changed);
        Assert.Contains("host Secret/default/watch-token changed", changed);
        Assert.Contains("<hidden, tag ", changed);
        Assert.DoesNotContain("secret-value", watch.Output);
    }

    [Fact]
    public async Task Watch_without_a_definition_callback_says_how_to_change_Program_cs()
    {
        var app = QuickstartPlan.App();
        var output = new StringWriter();
        app.Output = output;

        var code = await app.RunAsync(["watch"]);

        Assert.Equal(ExitCodes.InvalidUsage, code);
        Assert.Contains("error " + WatchCommand.NeedsDefinition, output.ToString());
        Assert.Contains("return await app.RunAsync(FleetDefinition.Define);", output.ToString());
    }

    [Fact]
    public async Task The_definition_callback_runs_once_for_other_commands_which_work_as_before()
    {
        var dir = Directory.CreateTempSubdirectory("kurator-watch-synth-").FullName;
        try
        {
            var runs = 0;
            var app = new KuratorApp(["synth", "--out", dir], "quickstart") { Output = new StringWriter() };

            var code = await app.RunAsync(a =>
            {
                runs++;
                return QuickstartFleet.Define(a);
            });

            Assert.Equal(ExitCodes.Success, code);
            Assert.Equal(1, runs);
            Assert.True(File.Exists(Path.Combine(dir, "host", "fleet_default_quickstart.yaml")));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Theory]
    [InlineData(null, null, "watch: build start, not under dotnet watch")]
    [InlineData("1", "1", "watch: build start (dotnet watch run 1)")]
    [InlineData("1", null, "watch: build start (dotnet watch run 1)")]
    [InlineData("1", "3", "watch: rebuild start (dotnet watch run 3): the last edit could not be hot reloaded")]
    public void The_start_line_says_whether_this_is_a_first_build_or_a_rebuild_after_an_edit_hot_reload_could_not_apply(string? dotnetWatch, string? iteration, string expected)
    {
        Assert.StartsWith(expected, WatchStart.Describe(dotnetWatch, iteration));
    }

    [Fact]
    public async Task Updates_that_arrive_during_a_render_collapse_into_one_more_render()
    {
        using var signal = new UpdateSignal();
        signal.Notify();
        signal.Notify();
        signal.Notify();

        await signal.WaitAsync(CancellationToken.None).WaitAsync(Patience);
        var second = signal.WaitAsync(CancellationToken.None);
        await Task.Delay(100);
        Assert.False(second.IsCompleted);
        signal.Notify();
        await second.WaitAsync(Patience);
    }

    [Fact]
    public async Task Watch_diff_local_keeps_the_emulated_fleet_and_prints_the_server_diff_only_when_it_changed()
    {
        var edits = new Edits();
        await using var watch = new Running(edits, "watch", "diff", "--local", "--local-ephemeral");
        var first = await watch.RenderAsync(1);
        Assert.StartsWith("render 1 (start): server-side diff against the live clusters", first);
        Assert.Contains("started the emulated fleet: host + 2 member clusters", watch.Output);
        Assert.Contains("kurator-member1 ConfigMap/quickstart-web/settings create", first);

        HotReload();
        var same = await watch.RenderAsync(2);
        Assert.Matches(@"^render 2 \(hot reload\): no change since the last render \(apply would: \d+ create\)", same);

        edits.Extra = true;
        HotReload();
        var changed = await watch.RenderAsync(3);
        Assert.StartsWith("render 3 (hot reload): server-side diff against the live clusters", changed);
        Assert.Contains("kurator-member2 ConfigMap/quickstart-web/extra create", changed);
        Assert.Equal(1, watch.Output.Split("started the emulated fleet").Length - 1);
        Assert.DoesNotContain("secret-value", watch.Output);
        Assert.Equal(ExitCodes.Success, await watch.StopAsync());
    }
}
