namespace Kurator.Sdk.Watch.Benchmarks;

/// <summary>
/// The no-build start of the deployment project (<c>dotnet App.dll synth</c>, wall time of the whole process) from its
/// Release build output, from a framework-dependent linux-x64 publish, and from the same publish with
/// <c>PublishReadyToRun</c> (every assembly it loads, the SDK's and the families' included, precompiled by crossgen).
/// The three are run in turn, so machine load hits them alike.
/// </summary>
internal sealed class ReadyToRunStart(Workspace workspace)
{
    public IReadOnlyList<Figures> Measure(int runs)
    {
        var dll = Workspace.ProjectName + ".dll";
        Workspace.Log("ReadyToRun: Release build and two publishes");
        Run.Dotnet(workspace.Fleet, workspace.Environment, "build", "-c", "Release", "-tl:off");
        var jit = Path.Combine(workspace.Root, "publish-jit");
        var r2r = Path.Combine(workspace.Root, "publish-r2r");
        Run.Dotnet(workspace.Fleet, workspace.Environment, "publish", "-c", "Release", "-r", "linux-x64", "--self-contained", "false", "-o", jit, "-tl:off");
        var publishR2r = Run.Dotnet(workspace.Fleet, workspace.Environment, "publish", "-c", "Release", "-r", "linux-x64", "--self-contained", "false", "-p:PublishReadyToRun=true", "-o", r2r, "-tl:off");
        Workspace.Log($"ReadyToRun publish took {Figures.Seconds(publishR2r)}; output {Size(r2r)} vs {Size(jit)} without");

        var variants = new (string Name, string Dll)[]
        {
            ("no-build start from bin/Release (JIT)", Path.Combine(workspace.Fleet, "bin", "Release", "net10.0", dll)),
            ("no-build start, linux-x64 publish (JIT)", Path.Combine(jit, dll)),
            ("no-build start, linux-x64 publish with ReadyToRun", Path.Combine(r2r, dll)),
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

    private static string Size(string folder) =>
        (Directory.GetFiles(folder, "*.dll").Sum(f => new FileInfo(f).Length) / 1_000_000.0).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " MB of dll";
}
