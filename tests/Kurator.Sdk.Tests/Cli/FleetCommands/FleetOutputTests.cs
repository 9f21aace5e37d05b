using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Kurator.Sdk.Cli.Fleet;
using Xunit;

namespace Kurator.Sdk.Tests.Cli.FleetCli;

/// <summary>What the fleet commands print: plain text when not on a terminal, and their --help.</summary>
public class FleetOutputTests
{
    [Fact]
    public async Task Output_redirected_from_the_real_tool_has_no_ansi_escapes_even_when_TERM_asks_for_colour()
    {
        await using var h = await FleetCliHarness.StartAsync(1);
        ShopManifests.WriteAll(h);

        var (diff, diffOutput) = await RunToolAsync("diff", "-f", h.Manifests, "--kubeconfig", h.Kubeconfig);
        var (apply, applyOutput) = await RunToolAsync("apply", "-f", h.Manifests, "--kubeconfig", h.Kubeconfig, "--no-wait");

        Assert.True(diff == 2, diffOutput);
        Assert.True(apply == 0, applyOutput);
        // Coloured parts are there as text: the per-object diff header, inserted lines, and the progress state.
        Assert.Contains("cluster-1 Deployment/shop/web create", diffOutput);
        Assert.Contains("+ kind: Deployment", diffOutput);
        Assert.Contains("[1/1] cluster-1 applied: 5 created", applyOutput);
        Assert.DoesNotContain('\u001b', diffOutput);
        Assert.DoesNotContain('\u001b', applyOutput);
    }

    [Theory]
    [InlineData("apply", "Exit codes: 0 applied (and ready), 1 some object or context failed, 2 applied but not ready")]
    [InlineData("diff", "Exit codes: 0 nothing would change, 2 something would change, 1 a context or object could not be")]
    [InlineData("destroy", "Exit codes: 0 everything gone (or nothing was applied), 1 some object or context failed, 2 still")]
    public async Task Help_describes_the_command_its_options_an_example_and_the_exit_codes(string command, string exitCodes)
    {
        await using var h = await FleetCliHarness.StartAsync(1);

        var (code, output) = await h.RunAsync(command, "--help");

        Assert.True(code == 0, output);
        Assert.Contains(exitCodes, output);
        Assert.Contains($"kurator-sdk {command} ", output);
        foreach (var option in new[] { "-f, --filename", "--context", "--kubeconfig", "--concurrency", "--applyset", "--applyset-namespace" }) Assert.Contains(option, output);
        Assert.Equal(command != "destroy", output.Contains("(REQUIRED)", StringComparison.Ordinal));
    }

    /// <summary>Runs the built kurator-sdk with standard output redirected (a pipe, as in CI) and TERM set for colour.</summary>
    private static async Task<(int Code, string Output)> RunToolAsync(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        psi.ArgumentList.Add(typeof(FleetCommands).Assembly.Location);
        foreach (var arg in args) psi.ArgumentList.Add(arg);
        psi.Environment["TERM"] = "xterm-256color";
        psi.Environment["COLORTERM"] = "truecolor";
        psi.Environment.Remove("NO_COLOR");
        using var process = Process.Start(psi)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
