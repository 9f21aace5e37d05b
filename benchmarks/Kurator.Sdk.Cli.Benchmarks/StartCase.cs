using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;

namespace Kurator.Sdk.Cli.Benchmarks;

/// <summary>One command line, started again and again: its times from process start to exit (all output read).</summary>
internal sealed class StartCase(string name, string fileName, string[] arguments)
{
    public string Name { get; } = name;

    public List<TimeSpan> Times { get; } = [];

    public TimeSpan Median => Times.Order().ElementAt(Times.Count / 2);

    public TimeSpan Min => Times.Min();

    public TimeSpan RunOnce()
    {
        var psi = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments) psi.ArgumentList.Add(a);
        var clock = Stopwatch.StartNew();
        using var p = Process.Start(psi) ?? throw new InvalidOperationException("could not start " + fileName);
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        clock.Stop();
        if (p.ExitCode != 0) throw new InvalidOperationException($"{Name} exited with {p.ExitCode}: {stdout.Result}{stderr}");
        return clock.Elapsed;
    }
}
