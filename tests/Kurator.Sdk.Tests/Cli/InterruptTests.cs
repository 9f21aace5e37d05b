using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Kurator.Sdk.Cli.Fleet;
using Kurator.Sdk.Fleet;
using Xunit;

namespace Kurator.Sdk.Tests.Cli;

/// <summary>
/// The real kurator-sdk process, signalled with kill(1) while it parses a large input (CPU-bound, not looking at any
/// token): it ends promptly with one "interrupted" line on standard error and exit 130 (SIGINT) or 143 (SIGTERM).
/// </summary>
public sealed class InterruptTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("kurator-interrupt-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("INT", ExitCodes.Interrupted)]
    [InlineData("TERM", ExitCodes.Terminated)]
    public async Task A_signal_during_parsing_ends_validate_with_one_interrupted_line(string signal, int expected)
    {
        var input = WriteConfigMaps(400_000);

        var (code, stderr, afterSignal) = await RunAndSignalAsync(signal, "validate", input);

        Assert.Equal(expected, code);
        Assert.Equal([$"interrupted (SIG{signal})"], stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        // The grace period is 1 s; the bound here is generous for a loaded machine, but far below the parse's own time.
        Assert.True(afterSignal < TimeSpan.FromSeconds(5), $"ended {afterSignal.TotalSeconds:0.0} s after the signal");
    }

    [Fact]
    public async Task A_signal_during_check_of_a_large_input_ends_it_too()
    {
        var input = WriteConfigMaps(400_000);

        var (code, stderr, _) = await RunAndSignalAsync("TERM", "check", input);

        Assert.Equal(ExitCodes.Terminated, code);
        Assert.Contains("interrupted (SIGTERM)", stderr, StringComparison.Ordinal);
    }

    private string WriteConfigMaps(int count)
    {
        var path = Path.Combine(_dir, "configmaps.yaml");
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        for (var i = 0; i < count; i++)
        {
            writer.Write($"---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-{i}\n  namespace: default\ndata:\n  key: value-{i}\n");
        }

        return path;
    }

    /// <summary>
    /// Starts the tool, waits until it has used 1.5 s of CPU (past start-up, inside the parse), sends the signal with kill
    /// and returns the exit code, standard error and the time from the signal to the exit.
    /// </summary>
    private static async Task<(int Code, string Stderr, TimeSpan AfterSignal)> RunAndSignalAsync(string signal, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        psi.ArgumentList.Add(typeof(FleetCommands).Assembly.Location);
        foreach (var arg in args) psi.ArgumentList.Add(arg);
        using var process = Process.Start(psi)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            using var busy = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            while (true)
            {
                if (process.HasExited) Assert.Fail($"the tool ended (exit {process.ExitCode}) before it was signalled: {await stderr}");
                TimeSpan cpu;
                try
                {
                    cpu = process.TotalProcessorTime;
                }
                catch (InvalidOperationException)
                {
                    continue; // it exited just now: reported above
                }

                if (cpu >= TimeSpan.FromSeconds(1.5)) break;
                await Task.Delay(50, busy.Token);
            }

            var signalled = Stopwatch.StartNew();
            using (var kill = Process.Start("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!)
            {
                await kill.WaitForExitAsync();
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await process.WaitForExitAsync(timeout.Token);
            var afterSignal = signalled.Elapsed;
            await stdout;
            return (process.ExitCode, await stderr, afterSignal);
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }
}
