using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using Kurator.Sdk.Cli.Commands;

namespace Kurator.Sdk.Tests.Support;

/// <summary>
/// Runs the built kurator-sdk in a child process with a GC heap cap, killed if it outlives a generous deadline: a run
/// that would exhaust memory or hang fails the test (as a crash or a kill) instead of taking the test host with it.
/// </summary>
public static class CliProcess
{
    /// <summary>The managed heap the child may use; a bounded reader needs a small fraction of it.</summary>
    public const long HeapLimitBytes = 256L * 1024 * 1024;

    /// <summary>Runs the tool with <paramref name="args"/>; returns the exit code (-1 when killed) and all output.</summary>
    public static async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        psi.ArgumentList.Add(typeof(ValidateCommand).Assembly.Location);
        foreach (var arg in args)
        {
            psi.ArgumentList.Add(arg);
        }

        psi.Environment["DOTNET_GCHeapHardLimit"] = "0x" + HeapLimitBytes.ToString("X");
        psi.Environment["KUBECONFIG"] = "/nonexistent/kubeconfig";
        psi.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(psi)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            return (-1, "killed after 2 minutes: " + await stdout + await stderr);
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
