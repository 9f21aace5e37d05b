using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Kurator.Sdk.Benchmarks;

// Stopwatch harness: prints figures for the typed-API goals (generation under 2 s cold, YAML load/dump >= 50,000 objects/s).
var schemas = Path.GetFullPath(args.SkipWhile(a => a != "--schemas").Skip(1).FirstOrDefault() ?? Path.Combine(FindRoot(), "schemas"));

if (args.Length > 0 && args[0] == "--generate-once")
{
    // Child-process mode: one cold generation (and compile) of the named families.
    // "all" is every family in one compilation except meta, which the compilation references from Kurator.Sdk.
    var families = args[1] == "all" ? GenerationBenchmark.Families.Where(f => f != "meta").ToArray() : args[1].Split(',');
    var (gen, compile, cpu, sources, bytes) = GenerationBenchmark.Run(schemas, families, compile: args.Contains("--compile"), docs: !args.Contains("--no-docs"));
    Console.WriteLine($"{gen:F0} {compile:F0} {sources} {bytes} {cpu:F0}");
    return 0;
}

if (args.Contains("--manifests"))
{
    // validate and check over 50 MB of ConfigMaps (--mb N for another size; --cli PATH to measure another build of the tool).
    var megabytes = int.Parse(args.SkipWhile(a => a != "--mb").Skip(1).FirstOrDefault() ?? "50", System.Globalization.CultureInfo.InvariantCulture);
    var cli = args.SkipWhile(a => a != "--cli").Skip(1).FirstOrDefault() ?? Path.Combine(AppContext.BaseDirectory, "kurator-sdk.dll");
    ManifestBenchmark.Run(megabytes, Path.GetFullPath(cli));
    return 0;
}

if (args.Contains("--kyverno-only"))
{
    // 50 Kyverno policies x 10,000 objects (issue 15); --vectors DIR for another policy folder; --sequential evaluates
    // one object after the other (the same work on one core, to compare with the parallel default); --tool PATH runs the
    // same workload through a built kurator-sdk's `check --policy` instead (the Native AOT tool: no JIT).
    var vectors = args.SkipWhile(a => a != "--vectors").Skip(1).FirstOrDefault() ?? Path.Combine(FindRoot(), "..", "shared", "test-vectors", "kyverno-policies");
    var tool = args.SkipWhile(a => a != "--tool").Skip(1).FirstOrDefault();
    PolicyBenchmark.Run(Path.GetFullPath(vectors), 50, 10_000, args.Contains("--sequential"), tool is null ? null : Path.GetFullPath(tool));
    return 0;
}

Console.WriteLine($"Kurator.Sdk benchmarks on {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
Console.WriteLine();
if (args.Contains("--serialization-only"))
{
    Console.WriteLine("Serialization, 10,000 objects (best of 5):");
    SerializationBenchmark.Run(10_000, 5);
    return 0;
}

// Per family: bytes of generated C# and the time to compile them (documentation comments checked, as the projects build
// them), so the cost of each family is visible. --runs N keeps the fastest of N fresh processes (the machine is shared);
// --families a,b limits the rows; --no-docs compiles without documentation comments (to see their cost);
// --generation-only stops before the serialization figures.
var runs = int.Parse(args.SkipWhile(a => a != "--runs").Skip(1).FirstOrDefault() ?? "1", System.Globalization.CultureInfo.InvariantCulture);
var rows = args.SkipWhile(a => a != "--families").Skip(1).FirstOrDefault()?.Split(',') ?? GenerationBenchmark.Families.Append("all").ToArray();
Console.WriteLine($"Cold source generation per family (fresh process each: JIT included), then compile of the generated code (fastest of {runs}):");
Console.WriteLine($"  {"family",-14} {"generate ms",12} {"compile ms",11} {"compile CPU ms",15} {"files",6} {"bytes of C#",12}");
double sumCompile = 0;
double sumCpu = 0;
long sumBytes = 0;
foreach (var family in rows)
{
    string[]? best = null;
    for (var run = 0; run < runs; run++)
    {
        var parts = GenerateOnce(family, schemas, args.Contains("--no-docs") ? " --no-docs" : string.Empty);
        if (best == null || double.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) < double.Parse(best[1], System.Globalization.CultureInfo.InvariantCulture))
        {
            best = parts;
        }
    }

    if (family != "all")
    {
        sumCompile += double.Parse(best![1], System.Globalization.CultureInfo.InvariantCulture);
        sumBytes += long.Parse(best[3], System.Globalization.CultureInfo.InvariantCulture);
        sumCpu += double.Parse(best[4], System.Globalization.CultureInfo.InvariantCulture);
    }

    Console.WriteLine($"  {family,-14} {best![0],12} {best[1],11} {best[4],15} {best[2],6} {long.Parse(best[3], System.Globalization.CultureInfo.InvariantCulture),12:N0}");
}

Console.WriteLine($"  {"sum of families",-14} {string.Empty,12} {sumCompile,11:F0} {sumCpu,15:F0} {string.Empty,6} {sumBytes,12:N0}");
Console.WriteLine($"  (load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} at the end, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC)");
if (args.Contains("--generation-only"))
{
    return 0;
}

Console.WriteLine();
Console.WriteLine("Serialization, 10,000 objects (best of 5):");
SerializationBenchmark.Run(10_000, 5);
return 0;

// One cold generation and compile in a fresh process: "generate_ms compile_ms files bytes".
static string[] GenerateOnce(string family, string schemas, string extra)
{
    var psi = new ProcessStartInfo(Environment.ProcessPath!, $"\"{typeof(GenerationBenchmark).Assembly.Location}\" --generate-once {family} --compile{extra} --schemas \"{schemas}\"") { RedirectStandardOutput = true };
    if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) != "dotnet")
    {
        psi = new ProcessStartInfo(Environment.ProcessPath!, $"--generate-once {family} --compile{extra} --schemas \"{schemas}\"") { RedirectStandardOutput = true };
    }

    using var p = Process.Start(psi)!;
    var parts = p.StandardOutput.ReadToEnd().Trim().Split(' ');
    p.WaitForExit();
    return parts;
}

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Kurator.Sdk.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("run from inside the Kurator.Sdk repository");
}
