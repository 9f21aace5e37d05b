using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Kurator.Sdk.Client;
using Kurator.Sdk.Emulator.Local;
using Kurator.Sdk.Fleet.Apply;
using Kurator.Sdk.Fleet.Report;
using Kurator.Sdk.Fleet.Targets;
using Xunit;

namespace Kurator.Sdk.Fleet.Tests;

/// <summary>
/// The Quickstart sample as its own process, stdout a pipe (not a terminal): `apply --local` twice keeps one emulated fleet
/// (in the default state folder under TMPDIR), the second run applies nothing, `destroy --local` empties it, and the
/// progress and table contain no ANSI escape even though TERM announces a colour terminal.
/// </summary>
public sealed class QuickstartProcessTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("kurator-quickstart-proc-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        var exe = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "Quickstart.exe" : "Quickstart");
        var psi = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["TMPDIR"] = _temp + "/";
        psi.Environment["TERM"] = "xterm-256color";
        psi.Environment["COLORTERM"] = "truecolor";
        psi.Environment.Remove("NO_COLOR");
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("Quickstart " + string.Join(' ', args) + " did not finish");
        }

        return (process.ExitCode, await stdout + await stderr);
    }

    [Fact]
    public async Task Apply_local_twice_applies_nothing_the_second_time_and_destroy_empties_the_fleet()
    {
        var (code, first) = await RunAsync("apply", "--local", "--timeout", "60");
        Assert.True(code == ExitCodes.Success, first);
        Assert.Contains("host applied: 7 created, 0 updated, 0 unchanged, 0 pruned, 0 failed", first, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', first);
        var state = Path.Combine(_temp, "kurator-sdk-local", "quickstart");
        Assert.Contains("emulated fleet state: " + state, first, StringComparison.Ordinal);

        var (again, second) = await RunAsync("apply", "--local", "--timeout", "60");
        Assert.True(again == ExitCodes.Success, second);
        foreach (var (cluster, count) in new[] { ("host", 7), ("kurator-member1", 2), ("kurator-member2", 2) })
        {
            Assert.Contains($"{cluster} applied: 0 created, 0 updated, {count} unchanged, 0 pruned, 0 failed", second, StringComparison.Ordinal);
        }

        Assert.DoesNotContain('\u001b', second);
        Assert.Contains("│ total", second, StringComparison.Ordinal);

        var (destroyed, destroyOutput) = await RunAsync("destroy", "--local");
        Assert.True(destroyed == ExitCodes.Success, destroyOutput);
        Assert.DoesNotContain('\u001b', destroyOutput);

        var plan = QuickstartPlan.App().Synthesize();
        await using var local = await LocalFleet.StartAsync(plan, state);
        var set = new ApplySetIdentity("quickstart", "default");
        foreach (var target in plan.Targets)
        {
            var client = local.Connections.ClientFor(target);
            foreach (var (apiVersion, kind) in new[] { ("v1", "Secret"), ("apps/v1", "Deployment"), ("v1", "Namespace") })
            {
                Assert.Empty((await client.ListAsync(apiVersion, kind, null, new ListOptions { LabelSelector = set.Selector })).Items);
            }

            Assert.Null(await client.TryGetAsync("v1", "Secret", set.ParentName, set.ParentNamespace));
        }

        Assert.Null(await local.Connections.ClientFor(plan.Host).TryGetAsync("fleet.kurator.dev/v1alpha1", "Fleet", "quickstart", "default"));
    }
}
