using System.Globalization;
using Kurator.Sdk.Watch.Benchmarks;

// The live edit loop beside the rebuild loop and the empty-console floor, and the no-build start with and without
// ReadyToRun, on a project made from the kurator-fleet template with this repository's packed packages.
//   dotnet run -c Release --project benchmarks/Kurator.Sdk.Watch.Benchmarks [-- --edits 10 --rebuilds 5 --starts 10
//       --packages <folder with packed packages> --only watch|r2r --keep]
// Ends with rows ready to paste into the README's Performance table (date and load average of the run).
var edits = Option("--edits", 10);
var rebuilds = Option("--rebuilds", 5);
var starts = Option("--starts", 10);
var only = Value("--only");
var repoRoot = FindRepoRoot();
var workspace = Workspace.Create(repoRoot, Value("--packages"));
Workspace.Log($"workspace {workspace.Root}");
var load = new List<string> { LoadAverage() };
var rows = new List<string>();
try
{
    if (only is null or "watch")
    {
        var loops = new EditLoops(workspace);
        var watch = await loops.WatchAsync(edits);
        load.Add(LoadAverage());
        var rebuild = loops.Rebuild(rebuilds);
        var floor = loops.EmptyConsole(rebuilds);
        load.Add(LoadAverage());
        Console.WriteLine($"dotnet watch -- watch, first edit after start -> updated diff: {Figures.Seconds(watch.FirstEdit)}");
        Console.WriteLine(watch.HotReload);
        Console.WriteLine($"edit hot reload cannot apply (a field's type) -> restarted process's first render: {Figures.Seconds(watch.RudeEdit)}");
        Console.WriteLine($"  start line: {watch.StartLine}");
        Console.WriteLine($"  after the rude edit: {watch.RestartLine}");
        Console.WriteLine(rebuild);
        Console.WriteLine(floor);
        var ratio = (rebuild.Median / watch.HotReload.Median).ToString("0.0", CultureInfo.InvariantCulture);
        rows.Add($"| Live edit loop: saved edit -> updated diff, `dotnet watch -- watch` on a `dotnet new kurator-fleet` project ({edits} edits after the first) | median {Figures.Seconds(watch.HotReload.Median)}, max {Figures.Seconds(watch.HotReload.Max)} ({ratio}x faster than the rebuild loop's median); first edit after start {Figures.Seconds(watch.FirstEdit)} | <= 1 s |");
        rows.Add($"| Rebuild loop: saved edit -> `dotnet run -- synth` done, same project ({rebuilds} edits) | median {Figures.Seconds(rebuild.Median)}, max {Figures.Seconds(rebuild.Max)} | reported |");
        rows.Add($"| Floor: saved edit -> `dotnet run` done, `dotnet new console` ({rebuilds} edits) | median {Figures.Seconds(floor.Median)}, max {Figures.Seconds(floor.Max)} | reported |");
        rows.Add($"| Edit hot reload cannot apply -> rebuild, restart and first render under `dotnet watch` | {Figures.Seconds(watch.RudeEdit)} | reported |");
    }

    if (only is null or "r2r")
    {
        var r2r = new ReadyToRunStart(workspace, repoRoot + Path.DirectorySeparatorChar).Measure(starts);
        load.Add(LoadAverage());
        foreach (var f in r2r) Console.WriteLine(f);
        var kept = (1 - (r2r[0].Median / r2r[1].Median)).ToString("P0", CultureInfo.InvariantCulture);
        rows.Add($"| No-build start `dotnet App.dll synth` of the template project: bin/Release with the package's ReadyToRun libraries / the same with IL-only SDK libraries / a ReadyToRun publish of everything ({starts} runs each, interleaved) | median {string.Join(" / ", r2r.Select(f => Figures.Seconds(f.Median)))} (the package's images: {kept} less than IL-only) | kept only if it helps |");
    }
}
finally
{
    if (args.Contains("--keep")) Workspace.Log($"kept {workspace.Root}");
    else workspace.Dispose();
}

Console.WriteLine();
Console.WriteLine($"README rows ({DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, load average during the run: {string.Join(" / ", load)}):");
foreach (var row in rows) Console.WriteLine(row);
return 0;

int Option(string name, int fallback) => Value(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

string? Value(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

static string FindRepoRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Kurator.Sdk.sln"))) return dir.FullName;
    }

    throw new InvalidOperationException("run from the repository (no Kurator.Sdk.sln above " + AppContext.BaseDirectory + ")");
}
