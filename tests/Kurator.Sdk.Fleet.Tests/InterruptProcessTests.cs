using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Kurator.Sdk.Emulator;
using Kurator.Sdk.Fleet.Targets;
using Xunit;

namespace Kurator.Sdk.Fleet.Tests;

/// <summary>
/// A KuratorApp deployment project (the Quickstart sample as its own process) signalled with kill(1) during
/// `apply --local`: it ends with one "interrupted" line and 143, and its emulated fleet state is left whole, so the next
/// run loads it and finishes the apply.
/// </summary>
public sealed class InterruptProcessTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("kurator-interrupt-app-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private string State => Path.Combine(_temp, "kurator-sdk-local", "quickstart");

    private ProcessStartInfo Quickstart(params string[] args)
    {
        var exe = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "Quickstart.exe" : "Quickstart");
        var psi = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["TMPDIR"] = _temp + "/";
        return psi;
    }

    [Fact]
    public async Task Sigterm_during_apply_local_ends_with_143_and_leaves_a_state_the_next_run_completes()
    {
        using var process = Process.Start(Quickstart("apply", "--local", "--timeout", "60"))!;
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            // Signalled as soon as the first cluster starts applying: objects are in flight.
            using var started = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            string? line;
            while ((line = await process.StandardOutput.ReadLineAsync(started.Token)) is not null && !line.Contains(": applying ", StringComparison.Ordinal))
            {
            }

            Assert.NotNull(line);
            var signalled = Stopwatch.StartNew();
            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!) await kill.WaitForExitAsync();
            var rest = process.StandardOutput.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await process.WaitForExitAsync(timeout.Token);
            var afterSignal = signalled.Elapsed;
            await rest;

            Assert.Equal(ExitCodes.Terminated, process.ExitCode);
            Assert.Equal(["interrupted (SIGTERM)"], (await stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.True(afterSignal < TimeSpan.FromSeconds(5), $"ended {afterSignal.TotalSeconds:0.0} s after the signal");
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }

        // Whatever was saved is whole: every state file is complete JSON, nothing half-written is left beside it.
        foreach (var file in Directory.Exists(State) ? Directory.GetFiles(State) : [])
        {
            Assert.False(file.EndsWith(".tmp", StringComparison.Ordinal), "left behind: " + file);
            if (file.EndsWith(".state.json", StringComparison.Ordinal)) Assert.Equal(1, (int?)JsonNode.Parse(await File.ReadAllTextAsync(file))!["version"]);
        }

        using var again = Process.Start(Quickstart("apply", "--local", "--timeout", "60"))!;
        var output = again.StandardOutput.ReadToEndAsync();
        var errors = again.StandardError.ReadToEndAsync();
        using (var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3))) await again.WaitForExitAsync(timeout.Token);
        Assert.True(again.ExitCode == ExitCodes.Success, await output + await errors);
        Assert.Contains("│ total", await output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_state_file_left_half_written_by_a_killed_run_is_ignored_and_replaced_owner_only()
    {
        var options = new EmulatorOptions { StateDirectory = State };
        options.ClusterNames.Add("hub");
        await using (var first = await KubeEmulator.StartAsync(options))
        {
            first.SaveState();
        }

        var file = Path.Combine(State, "hub.state.json");
        var saved = await File.ReadAllTextAsync(file);
        // What a process killed while writing leaves: a truncated temp file, here readable by everyone.
        var temp = file + ".tmp";
        await File.WriteAllTextAsync(temp, saved[..(saved.Length / 2)]);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        await using (var second = await KubeEmulator.StartAsync(options))
        {
            Assert.Equal(["hub"], KubeEmulator.SavedClusterNames(State));
            second.SaveState();
        }

        Assert.False(File.Exists(temp));
        Assert.Equal(1, (int?)JsonNode.Parse(await File.ReadAllTextAsync(file))!["version"]);
        // The state holds Secret data: a leftover temp file's permissions must not carry over to it.
        if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
    }
}
