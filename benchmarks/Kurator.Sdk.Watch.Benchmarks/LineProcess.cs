using System.Diagnostics;
using System.Threading.Channels;

namespace Kurator.Sdk.Watch.Benchmarks;

/// <summary>A child process whose output lines arrive with the time they were read, so an edit can be timed to a printed line.</summary>
internal sealed class LineProcess : IDisposable
{
    private readonly Process _process;
    private readonly Channel<(long At, string Line)> _lines = Channel.CreateUnbounded<(long, string)>();
    private readonly List<string> _seen = [];

    public LineProcess(string directory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        foreach (var (k, v) in environment) start.Environment[k] = v;
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Receive(e.Data);
        _process.ErrorDataReceived += (_, e) => Receive(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    private void Receive(string? line)
    {
        if (line is null) return;
        _lines.Writer.TryWrite((Stopwatch.GetTimestamp(), line));
    }

    /// <summary>The output read so far (for a failure message).</summary>
    public string Seen
    {
        get
        {
            lock (_seen) return string.Join('\n', _seen.TakeLast(60));
        }
    }

    /// <summary>Reads lines until one matches; returns when it was read. Fails after <paramref name="timeout"/> or when the process ends.</summary>
    public async Task<(long At, string Line)> WaitForAsync(Func<string, bool> match, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            while (true)
            {
                var (at, line) = await _lines.Reader.ReadAsync(cancel.Token);
                lock (_seen) _seen.Add(line);
                if (Environment.GetEnvironmentVariable("WATCH_BENCH_ECHO") == "1") Console.Error.WriteLine("  | " + line);
                if (match(line)) return (at, line);
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"no matching line within {timeout.TotalSeconds} s; last output:\n{Seen}");
        }
    }

    public void Dispose()
    {
        // Only this process and its children (dotnet watch's build and the app): never anything by name.
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
        _process.Dispose();
    }
}
