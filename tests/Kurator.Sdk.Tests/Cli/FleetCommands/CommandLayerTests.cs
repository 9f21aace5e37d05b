using System;
using System.Collections.Concurrent;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Kurator.Sdk.Cli.Fleet;
using Kurator.Sdk.Fleet;
using Kurator.Sdk.Fleet.Destroy;
using Kurator.Sdk.Kubernetes.Core.V1;
using Xunit;

namespace Kurator.Sdk.Tests.Cli.FleetCli;

/// <summary>
/// kurator-sdk's apply/diff/destroy and a deployment project's (KuratorApp) share one command layer: the same option gets
/// the same validation message and exit code, progress lines have one form, and destroy runs the runtime once.
/// </summary>
public class CommandLayerTests
{
    [Theory]
    [InlineData("apply", "--timeout", "0", "--timeout must be at least 1 second")]
    [InlineData("apply", "--concurrency", "0", "--concurrency must be at least 1")]
    [InlineData("apply", "--wave-size", "0", "--wave-size must be at least 1")]
    [InlineData("apply", "--max-failures", "-1", "--max-failures must not be negative")]
    [InlineData("apply", "--max-failures", "2", "--max-failures needs --wave-size")]
    [InlineData("diff", "--concurrency", "0", "--concurrency must be at least 1")]
    [InlineData("destroy", "--timeout", "0", "--timeout must be at least 1 second")]
    [InlineData("destroy", "--concurrency", "-3", "--concurrency must be at least 1")]
    public async Task Both_front_ends_refuse_a_bad_option_value_with_the_same_message_and_exit_code_before_anything_is_sent(
        string command, string option, string value, string message)
    {
        await using var h = await FleetCliHarness.StartAsync(1);
        ShopManifests.WriteAll(h);
        string[] files = command == "destroy" ? [] : ["-f", h.Manifests];
        var app = new KuratorApp([], "command-layer") { Output = new StringWriter() };
        app.Add(new ConfigMap("settings", "default") { Data = new() { ["mode"] = "fast" } });

        var (cliCode, cliOutput) = await h.RunAsync([command, .. files, "--context", "cluster-1", option, value]);
        var appCode = await app.RunAsync([command, "--kubeconfig", h.Kubeconfig, "--context", "cluster-1", option, value]);
        var appOutput = app.Output.ToString()!;

        Assert.True(cliCode == ExitCodes.InvalidUsage, cliOutput);
        Assert.True(appCode == ExitCodes.InvalidUsage, appOutput);
        Assert.Equal(["error " + message], ErrorLines(cliOutput));
        Assert.Equal(["error " + message], ErrorLines(appOutput));
        // Refused before any cluster was contacted (the app's host would be cluster-1).
        Assert.Empty(h.Emulator.Clusters[0].Requests);
    }

    [Fact]
    public async Task Cli_destroy_over_two_contexts_runs_the_runtime_once_and_reports_each_context_as_it_finishes()
    {
        await using var h = await FleetCliHarness.StartAsync(2);
        ShopManifests.WriteAll(h);
        string[] contexts = ["--context", "cluster-1", "--context", "cluster-2"];
        Assert.Equal(0, (await h.RunAsync(["apply", "-f", h.Manifests, "--no-wait", .. contexts])).Code);
        var calls = new ConcurrentQueue<int>();
        var output = new StringWriter();
        var destroy = FleetDestroyCommand.Create(output, new StringReader(""), (plan, connections, options, token) =>
        {
            calls.Enqueue(plan.Targets.Count);
            return FleetDestroyer.DestroyAsync(plan, connections, options, token);
        });
        var root = new RootCommand("kurator-sdk") { destroy };

        var code = await root.Parse(["destroy", "--timeout", "60", "--kubeconfig", h.Kubeconfig, .. contexts]).InvokeAsync(new InvocationConfiguration { Output = output, Error = output });

        var text = output.ToString();
        Assert.True(code == ExitCodes.Success, text);
        Assert.Equal([2], calls);
        var progress = ProgressLines(text);
        Assert.Equal(2, progress.Length);
        Assert.Equal(["[1/2]", "[2/2]"], progress.Select(l => l.Split(' ')[0]));
        Assert.Equal(["cluster-1 destroyed: 5 deleted, 0 failed", "cluster-2 destroyed: 5 deleted, 0 failed"], progress.Select(l => l[(l.IndexOf(' ') + 1)..]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Apply_and_destroy_progress_lines_have_one_form_in_both_front_ends()
    {
        await using var h = await FleetCliHarness.StartAsync(1);
        ShopManifests.WriteAll(h);
        var state = Directory.CreateTempSubdirectory("kurator-command-layer-").FullName;
        try
        {
            var (cliApply, cliApplyOutput) = await h.RunAsync("apply", "-f", h.Manifests, "--context", "cluster-1", "--timeout", "60");
            var (cliDestroy, cliDestroyOutput) = await h.RunAsync("destroy", "--context", "cluster-1", "--timeout", "60");
            var (appApply, appApplyOutput) = await RunAppAsync("apply", "--local", "--local-state", state, "--timeout", "60");
            var (appDestroy, appDestroyOutput) = await RunAppAsync("destroy", "--local", "--local-state", state, "--timeout", "60");

            Assert.True(cliApply == 0 && cliDestroy == 0, cliApplyOutput + cliDestroyOutput);
            Assert.True(appApply == 0 && appDestroy == 0, appApplyOutput + appDestroyOutput);
            Assert.Equal(["[1/1] cluster-1 applied: 5 created, 0 updated, 0 unchanged, 0 pruned, 0 failed"], ProgressLines(cliApplyOutput));
            Assert.Equal(["[1/1] host applied: 1 created, 0 updated, 0 unchanged, 0 pruned, 0 failed"], ProgressLines(appApplyOutput));
            Assert.Equal(["[1/1] cluster-1 destroyed: 5 deleted, 0 failed"], ProgressLines(cliDestroyOutput));
            Assert.Equal(["[1/1] host destroyed: 1 deleted, 0 failed"], ProgressLines(appDestroyOutput));
            Assert.Equal(Form(ProgressLines(cliApplyOutput), "cluster-1"), Form(ProgressLines(appApplyOutput), "host"));
            Assert.Equal(Form(ProgressLines(cliDestroyOutput), "cluster-1"), Form(ProgressLines(appDestroyOutput), "host"));
        }
        finally
        {
            Directory.Delete(state, recursive: true);
        }
    }

    private static async Task<(int Code, string Output)> RunAppAsync(params string[] args)
    {
        var app = new KuratorApp([], "command-layer") { Output = new StringWriter() };
        app.Add(new ConfigMap("settings", "default") { Data = new() { ["mode"] = "fast" } });
        var code = await app.RunAsync(args);
        return (code, app.Output.ToString()!);
    }

    private static string[] ErrorLines(string output) => output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith("error ", StringComparison.Ordinal)).ToArray();

    private static string[] ProgressLines(string output) =>
        output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => Regex.IsMatch(l, @"^\[\d+/\d+\] ")).ToArray();

    // The form of a line: the cluster's name and every count replaced.
    private static string[] Form(string[] lines, string cluster) =>
        lines.Select(l => Regex.Replace(l.Replace(" " + cluster + " ", " <cluster> ", StringComparison.Ordinal), @"\d+", "n")).ToArray();
}
