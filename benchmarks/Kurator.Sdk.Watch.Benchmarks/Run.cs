using System.Diagnostics;

namespace Kurator.Sdk.Watch.Benchmarks;

/// <summary>Runs dotnet to completion and returns its wall time; throws with its output when it fails.</summary>
internal static class Run
{
    public static TimeSpan Dotnet(string directory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        foreach (var (k, v) in environment) start.Environment[k] = v;
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        clock.Stop();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} in {directory} exited {process.ExitCode}:\n{stdout.Result}\n{stderr.Result}");
        }

        return clock.Elapsed;
    }
}
