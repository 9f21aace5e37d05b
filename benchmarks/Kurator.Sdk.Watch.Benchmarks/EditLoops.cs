using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Kurator.Sdk.Watch.Benchmarks;

/// <summary>
/// The three edit loops, each timed from the file write: <c>dotnet watch -- watch</c> (to the render line that reports the
/// change), <c>dotnet run -- synth</c> (to its exit), and an empty console app's <c>dotnet run</c> (the MSBuild floor).
/// The edit changes the template's <c>Replicas = n</c>, which changes the web Deployment on both members.
/// </summary>
internal sealed partial class EditLoops(Workspace workspace)
{
    private static readonly TimeSpan FirstBuild = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan Render = TimeSpan.FromMinutes(3);
    private int _replicas = 2;

    [GeneratedRegex(@"Replicas = \d+,")]
    private static partial Regex ReplicasLine();

    [GeneratedRegex(@"^render (\d+) \(hot reload\): 2 changed, 0 added, 0 removed")]
    private static partial Regex ChangedRender();

    /// <summary>Writes the next replica count into FleetDefinition.cs; returns the time of the write.</summary>
    private long EditDefinition()
    {
        var text = File.ReadAllText(workspace.Definition);
        if (!ReplicasLine().IsMatch(text)) throw new InvalidOperationException("the template's FleetDefinition.cs has no `Replicas = n,` to edit");
        _replicas++;
        var at = Stopwatch.GetTimestamp();
        File.WriteAllText(workspace.Definition, ReplicasLine().Replace(text, $"Replicas = {_replicas},", 1));
        return at;
    }

    /// <summary>
    /// <c>dotnet watch -- watch</c>: saved edit to the updated render, a first edit and then <paramref name="edits"/> more; then one edit hot
    /// reload cannot apply (a field's type), timed to the restarted process's first render.
    /// </summary>
    public async Task<(TimeSpan FirstEdit, Figures HotReload, TimeSpan RudeEdit, string StartLine, string RestartLine)> WatchAsync(int edits)
    {
        // A field whose type the rude edit changes; added before dotnet watch starts, so it is in the first build.
        var source = File.ReadAllText(workspace.Definition);
        const string Anchor = "    public const string Namespace = \"default\";";
        if (!source.Contains(Anchor, StringComparison.Ordinal)) throw new InvalidOperationException("the template's FleetDefinition.cs changed: no Namespace constant");
        File.WriteAllText(workspace.Definition, source.Replace(Anchor, Anchor + "\n    private static int s_watchBenchProbe = 1;\n    public static string Probe => s_watchBenchProbe.ToString();", StringComparison.Ordinal));

        using var watch = new LineProcess(workspace.Fleet, workspace.Environment, "watch", "--non-interactive", "--", "watch");
        Workspace.Log("dotnet watch -- watch: first build and render");
        var (_, startLine) = await watch.WaitForAsync(l => l.StartsWith("watch: ", StringComparison.Ordinal), FirstBuild);
        await watch.WaitForAsync(l => l.StartsWith("render 1 (start): ", StringComparison.Ordinal), Render);
        // Let dotnet watch finish settling (it reports the app started) before the first timed edit.
        await Task.Delay(3000);

        // The first edit also pays for dotnet watch loading the project into its compiler: timed, but reported apart.
        var times = new List<TimeSpan>();
        for (var i = 0; i <= edits; i++)
        {
            var at = EditDefinition();
            var (seen, line) = await watch.WaitForAsync(l => ChangedRender().IsMatch(l), Render);
            if (!line.Contains($"render {i + 2} ", StringComparison.Ordinal)) throw new InvalidOperationException($"edit {i + 1} gave {line}: a render was missed or doubled");
            times.Add(Stopwatch.GetElapsedTime(at, seen));
            Workspace.Log($"hot reload edit {i + 1}: {Figures.Seconds(times[^1])}");
            await Task.Delay(1500);
        }

        var rude = Stopwatch.GetTimestamp();
        var text = File.ReadAllText(workspace.Definition);
        File.WriteAllText(workspace.Definition, text.Replace("private static int s_watchBenchProbe = 1;", "private static long s_watchBenchProbe = 1;", StringComparison.Ordinal));
        var (_, restartLine) = await watch.WaitForAsync(l => l.StartsWith("watch: ", StringComparison.Ordinal), FirstBuild);
        var (restarted, _) = await watch.WaitForAsync(l => l.StartsWith("render 1 (start): ", StringComparison.Ordinal), Render);
        return (times[0], new Figures("dotnet watch -- watch, saved edit -> updated diff (after the first edit)", times.Skip(1).ToList()), Stopwatch.GetElapsedTime(rude, restarted), startLine, restartLine);
    }

    /// <summary><c>dotnet run -- synth</c> after each edit (the first run, a warm-up, is not counted).</summary>
    public Figures Rebuild(int edits)
    {
        var output = Path.Combine(workspace.Root, "synth-out");
        Run.Dotnet(workspace.Fleet, workspace.Environment, "run", "--", "synth", "--out", output);
        var times = new List<TimeSpan>();
        for (var i = 0; i < edits; i++)
        {
            var at = EditDefinition();
            Run.Dotnet(workspace.Fleet, workspace.Environment, "run", "--", "synth", "--out", output);
            times.Add(Stopwatch.GetElapsedTime(at));
            Workspace.Log($"rebuild edit {i + 1}: {Figures.Seconds(times[^1])}");
        }

        return new Figures("dotnet run -- synth, saved edit -> synth done", times);
    }

    /// <summary>An empty console app: edit its string, <c>dotnet run</c> (the first run, a warm-up, is not counted).</summary>
    public Figures EmptyConsole(int edits)
    {
        var program = Path.Combine(workspace.Console, "Program.cs");
        Run.Dotnet(workspace.Console, workspace.Environment, "run");
        var times = new List<TimeSpan>();
        for (var i = 0; i < edits; i++)
        {
            var at = Stopwatch.GetTimestamp();
            File.WriteAllText(program, $"Console.WriteLine(\"edit {i + 1}\");\n");
            Run.Dotnet(workspace.Console, workspace.Environment, "run");
            times.Add(Stopwatch.GetElapsedTime(at));
            Workspace.Log($"empty console edit {i + 1}: {Figures.Seconds(times[^1])}");
        }

        return new Figures("empty console, saved edit -> dotnet run done", times);
    }
}
