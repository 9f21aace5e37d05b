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
    var families = args[1] == "all" ? GenerationBenchmark.Families : args[1].Split(',');
    var (gen, compile, sources, chars) = GenerationBenchmark.Run(schemas, families, compile: args.Contains("--compile"));
    Console.WriteLine($"{gen:F0} {compile:F0} {sources} {chars}");
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
    // 50 Kyverno policies x 10,000 objects (issue 15); --vectors DIR for another policy folder.
    var vectors = args.SkipWhile(a => a != "--vectors").Skip(1).FirstOrDefault() ?? Path.Combine(FindRoot(), "..", "shared", "test-vectors", "kyverno-policies");
    PolicyBenchmark.Run(Path.GetFullPath(vectors), 50, 10_000);
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

Console.WriteLine("Cold source generation per family (fresh process each: JIT included), then compile of the generated code:");
Console.WriteLine($"  {"family",-14} {"generate ms",12} {"compile ms",11} {"files",6} {"KiB of C#",10}");
foreach (var family in GenerationBenchmark.Families.Append("all"))
{
    var psi = new ProcessStartInfo(Environment.ProcessPath!, $"\"{typeof(GenerationBenchmark).Assembly.Location}\" --generate-once {family} --compile --schemas \"{schemas}\"") { RedirectStandardOutput = true };
    if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) != "dotnet")
    {
        psi = new ProcessStartInfo(Environment.ProcessPath!, $"--generate-once {family} --compile --schemas \"{schemas}\"") { RedirectStandardOutput = true };
    }

    using var p = Process.Start(psi)!;
    var parts = p.StandardOutput.ReadToEnd().Trim().Split(' ');
    p.WaitForExit();
    Console.WriteLine($"  {family,-14} {parts[0],12} {parts[1],11} {parts[2],6} {int.Parse(parts[3]) / 1024,10}");
}

Console.WriteLine();
Console.WriteLine("Serialization, 10,000 objects (best of 5):");
SerializationBenchmark.Run(10_000, 5);
return 0;

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
