using System;
using System.Globalization;

namespace Kurator.Sdk.Fleet.Benchmarks;

/// <summary>Command line: <c>[--quick] [--clusters N] [--objects M] [--concurrency C]</c>; the child mode is internal.</summary>
internal sealed record BenchSettings(int Clusters, int Objects, int Concurrency, string? ChildSet, string? ChildKubeconfig)
{
    public static BenchSettings Parse(string[] args)
    {
        var s = new BenchSettings(20, 200, 8, null, null);
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
                _ => throw new ArgumentException($"unknown argument '{args[i]}' (use --quick, --clusters N, --objects M, --concurrency C)"),
            };
        }

        return s;
    }

    private static int Positive(string text, string name) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new ArgumentException($"{name} expects a positive number, got '{text}'");
}
