using System;
using System.Globalization;

namespace Kurator.Sdk.Fleet.Watch;

/// <summary>
/// The first line <c>watch</c> prints: whether this process is a fresh build started by <c>dotnet watch</c> (its first run,
/// or a rebuild and restart after an edit hot reload could not apply), so the fallback is visible, or not under
/// <c>dotnet watch</c> at all. <c>dotnet watch</c> sets <c>DOTNET_WATCH=1</c> and <c>DOTNET_WATCH_ITERATION</c> (1, then
/// one more per restart) for the process it runs.
/// </summary>
internal static class WatchStart
{
    /// <summary>The line for this process's environment.</summary>
    public static string Describe() => Describe(Environment.GetEnvironmentVariable("DOTNET_WATCH"), Environment.GetEnvironmentVariable("DOTNET_WATCH_ITERATION"));

    /// <summary>The line for the given values of <c>DOTNET_WATCH</c> and <c>DOTNET_WATCH_ITERATION</c>.</summary>
    public static string Describe(string? dotnetWatch, string? iteration)
    {
        if (dotnetWatch != "1")
        {
            return "watch: build start, not under dotnet watch: edits reach this process only through an IDE's hot reload; run `dotnet watch -- watch` to re-render on every save (Ctrl-C ends it)";
        }

        var run = int.TryParse(iteration, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 1;
        return run <= 1
            ? "watch: build start (dotnet watch run 1): every saved edit is hot reloaded and re-rendered here; an edit hot reload cannot apply rebuilds and restarts the process"
            : $"watch: rebuild start (dotnet watch run {run}): the last edit could not be hot reloaded (or changed the project), so dotnet watch rebuilt and restarted; renders start again from this one";
    }
}
