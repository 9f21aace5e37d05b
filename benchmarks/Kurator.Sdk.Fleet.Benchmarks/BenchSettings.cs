using System;
using System.Globalization;
using System.IO;

namespace Kurator.Sdk.Fleet.Benchmarks;

/// <summary>
/// Command line: <c>[--quick] [--clusters N] [--objects M] [--concurrency C] [--tool path]... [--tools-only] [--profile]</c>; the child
/// mode is internal. <c>--tool</c> adds rows for the kurator-sdk tool at that path (a native executable, or kurator-sdk.dll
/// run with dotnet); <c>--tools-only</c> skips the in-process and fresh-benchmark-process rows of the runtime.
/// </summary>
internal sealed record BenchSettings(int Clusters, int Objects, int Concurrency, string? ChildSet, string? ChildKubeconfig)
{
    public static BenchSettings Parse(string[] args)
    {
        var s = new BenchSettings(20, 200, 8, null, null) { Tools = [] };
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException(args[i] + " needs a value");
            s = args[i] switch
            {
                "--quick" => s with { Clusters = 3, Objects = 40 },
                "--clusters" => s with { Clusters = Positive(Next(), "--clusters") },
                "--objects" => s with { Objects = Math.Max(20, Positive(Next(), "--objects")) },
                "--concurrency" => s with { Concurrency = Positive(Next(), "--concurrency") },
                "--child" => s with { ChildSet = Next(), ChildKubeconfig = Next() },
                "--tool" => s with { Tools = [.. s.Tools, Tool(Next())] },
                "--tools-only" => s with { ToolsOnly = true },
                "--profile" => s with { Profile = true },
                "--child-profile" => s with { ChildProfile = true, ChildKubeconfig = Next() },
                _ => throw new ArgumentException($"unknown argument '{args[i]}' (use --quick, --clusters N, --objects M, --concurrency C, --tool path, --tools-only, --profile)"),
            };
        }

        return s;
    }

    /// <summary>kurator-sdk tools to time (native executables or kurator-sdk.dll files).</summary>
    public required string[] Tools { get; init; }

    /// <summary>Only the tool rows (and kubectl's).</summary>
    public bool ToolsOnly { get; init; }

    /// <summary>Request counts, CPU time, allocations and network work of a no-change re-apply instead of timings.</summary>
    public bool Profile { get; init; }

    /// <summary>The child process of <see cref="Profile"/>.</summary>
    public bool ChildProfile { get; init; }

    private static string Tool(string path) => File.Exists(path) ? Path.GetFullPath(path) : throw new ArgumentException($"--tool {path}: no such file");

    private static int Positive(string text, string name) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new ArgumentException($"{name} expects a positive number, got '{text}'");
}
