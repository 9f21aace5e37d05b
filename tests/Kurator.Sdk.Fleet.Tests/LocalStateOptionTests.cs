using System;
using System.IO;
using System.Threading.Tasks;
using Quickstart;
using Xunit;

namespace Kurator.Sdk.Fleet.Tests;

/// <summary>
/// Whether <c>--local</c> keeps its fleet is chosen on the command line (<c>--local-state</c>, <c>--local-ephemeral</c>),
/// never by where the app writes its output.
/// </summary>
public sealed class LocalStateOptionTests : IDisposable
{
    // An app name of its own: the default state folder is per app, under the temp folder.
    private readonly string _name = "state-option-" + Guid.NewGuid().ToString("n")[..12];

    private string DefaultState => Path.Combine(Path.GetTempPath(), "kurator-sdk-local", _name);

    public void Dispose()
    {
        if (Directory.Exists(DefaultState)) Directory.Delete(DefaultState, recursive: true);
    }

    private (KuratorApp App, StringWriter Output) App()
    {
        var app = new KuratorApp([], _name);
        QuickstartFleet.Define(app);
        var output = new StringWriter();
        app.Output = output;
        return (app, output);
    }

    [Fact]
    public async Task An_app_that_sets_its_Output_keeps_the_local_fleet_between_runs()
    {
        var (first, firstOutput) = App();
        Assert.True(await first.RunAsync(["apply", "--local", "--timeout", "60"]) == ExitCodes.Success, firstOutput.ToString());
        Assert.Contains("emulated fleet state: " + DefaultState, firstOutput.ToString(), StringComparison.Ordinal);
        Assert.Contains("host applied: 7 created, 0 updated, 0 unchanged", firstOutput.ToString(), StringComparison.Ordinal);

        var (second, secondOutput) = App();
        Assert.True(await second.RunAsync(["apply", "--local", "--timeout", "60"]) == ExitCodes.Success, secondOutput.ToString());
        Assert.Contains("host applied: 0 created, 0 updated, 7 unchanged, 0 pruned, 0 failed", secondOutput.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Local_ephemeral_starts_empty_every_run_and_keeps_nothing()
    {
        foreach (var run in new[] { 1, 2 })
        {
            var (app, output) = App();
            Assert.True(await app.RunAsync(["apply", "--local", "--local-ephemeral", "--timeout", "60"]) == ExitCodes.Success, output.ToString());
            Assert.Contains("host applied: 7 created, 0 updated, 0 unchanged", output.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("emulated fleet state:", output.ToString(), StringComparison.Ordinal);
            Assert.False(Directory.Exists(DefaultState), $"run {run} left state in {DefaultState}");
        }
    }

    [Theory]
    [InlineData("--local-state and --local-ephemeral exclude each other", "apply", "--local", "--local-ephemeral", "--local-state", "somewhere")]
    [InlineData("--local-ephemeral needs --local", "status", "--local-ephemeral")]
    [InlineData("--local-state needs a folder", "diff", "--local", "--local-state", "")]
    public async Task Contradictory_local_state_options_are_invalid_usage(string message, params string[] args)
    {
        var (app, output) = App();
        Assert.Equal(ExitCodes.InvalidUsage, await app.RunAsync(args));
        Assert.Contains(message, output.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(DefaultState));
    }
}
