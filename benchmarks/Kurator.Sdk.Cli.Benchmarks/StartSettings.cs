using System;
using System.Globalization;
using System.IO;

namespace Kurator.Sdk.Cli.Benchmarks;

/// <summary>
/// Command line: <c>[--native path] [--jit kurator-sdk.dll] [--runs N]</c>. By default the native tool is the one
/// <c>dotnet publish src/Kurator.Sdk.Cli -c Release -r linux-x64</c> writes, the JIT tool the Release build's dll.
/// </summary>
internal sealed record StartSettings(string Native, string JitDll, int Runs)
{
    public const int Warmups = 2;

    public static StartSettings Parse(string[] args, string repoRoot)
    {
        var cli = Path.Combine(repoRoot, "src", "Kurator.Sdk.Cli", "bin", "Release", "net10.0");
        var s = new StartSettings(Path.Combine(cli, "linux-x64", "publish", "kurator-sdk"), Path.Combine(cli, "kurator-sdk.dll"), 15);
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException(args[i] + " needs a value");
            s = args[i] switch
            {
                "--native" => s with { Native = Path.GetFullPath(Next()) },
                "--jit" => s with { JitDll = Path.GetFullPath(Next()) },
                "--runs" => s with { Runs = int.TryParse(Next(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new ArgumentException("--runs expects a positive number") },
                _ => throw new ArgumentException($"unknown argument '{args[i]}' (use --native path, --jit kurator-sdk.dll, --runs N)"),
            };
        }

        foreach (var (what, path, hint) in new[] { ("native", s.Native, "dotnet publish src/Kurator.Sdk.Cli -c Release -r linux-x64"), ("jit", s.JitDll, "dotnet build src/Kurator.Sdk.Cli -c Release") })
        {
            if (!File.Exists(path)) throw new ArgumentException($"the {what} tool {path} does not exist: run `{hint}` or pass --{what}");
        }

        return s;
    }
}
