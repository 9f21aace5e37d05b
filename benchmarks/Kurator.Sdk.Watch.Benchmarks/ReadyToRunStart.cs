namespace Kurator.Sdk.Watch.Benchmarks;

/// <summary>
/// The no-build start of the deployment project (<c>dotnet App.dll synth</c>, wall time of the whole process): from its
/// Release build output as a user gets it (the Kurator.Sdk package's libraries are ReadyToRun images for linux-x64);
/// from the same output with those libraries swapped for this repository's IL-only builds of them (the package as it
/// was before, the baseline); and from a framework-dependent linux-x64 publish with <c>PublishReadyToRun</c> (every
/// assembly it loads precompiled, the NuGet dependencies' too). The three are run in turn, so machine load hits them alike.
/// </summary>
internal sealed class ReadyToRunStart(Workspace workspace, string repoRoot)
{
    public IReadOnlyList<Figures> Measure(int runs)
    {
        var dll = Workspace.ProjectName + ".dll";
        Workspace.Log("ReadyToRun: Release build, the same with IL-only SDK libraries, and a ReadyToRun publish");
        Run.Dotnet(workspace.Fleet, workspace.Environment, "build", "-c", "Release", "-tl:off");
        var built = Path.Combine(workspace.Fleet, "bin", "Release", "net10.0");
        var ilOnly = Path.Combine(workspace.Root, "build-il-only");
        var swapped = SwapInIlOnlyLibraries(built, ilOnly);
        Workspace.Log($"IL-only baseline: {swapped} SDK libraries swapped for {repoRoot}src/*/bin/Release builds; {Size(built)} with the package's images vs {Size(ilOnly)}");
        var r2r = Path.Combine(workspace.Root, "publish-r2r");
        var publishR2r = Run.Dotnet(workspace.Fleet, workspace.Environment, "publish", "-c", "Release", "-r", "linux-x64", "--self-contained", "false", "-p:PublishReadyToRun=true", "-o", r2r, "-tl:off");
        Workspace.Log($"ReadyToRun publish took {Figures.Seconds(publishR2r)}; output {Size(r2r)}");

        var variants = new (string Name, string Dll)[]
        {
            ("no-build start from bin/Release (package's ReadyToRun libraries)", Path.Combine(built, dll)),
            ("no-build start from bin/Release with IL-only SDK libraries (baseline)", Path.Combine(ilOnly, dll)),
            ("no-build start, linux-x64 publish with ReadyToRun (every assembly)", Path.Combine(r2r, dll)),
        };
        var times = variants.Select(_ => new List<TimeSpan>()).ToList();
        var output = Path.Combine(workspace.Root, "r2r-out");
        // One unmeasured run each: the files are in the page cache for all three.
        foreach (var v in variants) Run.Dotnet(workspace.Fleet, workspace.Environment, v.Dll, "synth", "--out", output);
        for (var i = 0; i < runs; i++)
        {
            for (var v = 0; v < variants.Length; v++) times[v].Add(Run.Dotnet(workspace.Fleet, workspace.Environment, variants[v].Dll, "synth", "--out", output));
        }

        return variants.Select((v, i) => new Figures(v.Name, times[i])).ToList();
    }

    // A copy of the build output whose Kurator.Sdk*.dll are the IL-only builds of the same sources (the repository's
    // Release outputs, which the package was packed from): the same app, without the precompiled code.
    private int SwapInIlOnlyLibraries(string built, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(built)) File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
        var swapped = 0;
        foreach (var library in Directory.GetFiles(target, "Kurator.Sdk*.dll"))
        {
            var name = Path.GetFileNameWithoutExtension(library);
            var il = Path.Combine(repoRoot, "src", name, "bin", "Release", "net10.0", name + ".dll");
            if (!File.Exists(il)) continue;
            File.Copy(il, library, overwrite: true);
            swapped++;
        }

        return swapped > 0 ? swapped : throw new InvalidOperationException($"no IL-only SDK library found under {repoRoot}src/*/bin/Release/net10.0: build the solution in Release first");
    }

    private static string Size(string folder) =>
        (Directory.GetFiles(folder, "*.dll").Sum(f => new FileInfo(f).Length) / 1_000_000.0).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " MB of dll";
}
