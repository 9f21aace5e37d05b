using System.Collections.Generic;
using System.Linq;
using Spectre.Console;

namespace Kurator.Sdk.Fleet.Diff;

/// <summary>Prints object diffs as coloured line diffs (DiffPlex), then a create/update/unchanged/prune summary per cluster.</summary>
public static class DiffRenderer
{
    /// <summary>True when apply would fail for some object (an error, or another owner's object).</summary>
    public static bool HasFailures(IEnumerable<ObjectDiff> diffs) => diffs.Any(d => d.Action is DiffAction.Error or DiffAction.Conflict);

    /// <summary>
    /// The exit code of <c>diff</c> in both front ends: <see cref="ExitCodes.Failed"/> when apply would fail somewhere,
    /// <see cref="ExitCodes.Changes"/> when it would change something, else <see cref="ExitCodes.Success"/>.
    /// </summary>
    public static int ExitCode(IReadOnlyCollection<ObjectDiff> diffs) =>
        HasFailures(diffs) ? ExitCodes.Failed : diffs.All(d => d.Action == DiffAction.Unchanged) ? ExitCodes.Success : ExitCodes.Changes;

    /// <summary>Writes <paramref name="diffs"/> to <paramref name="console"/>.</summary>
    public static void Write(IAnsiConsole console, IReadOnlyList<ObjectDiff> diffs)
    {
        foreach (var d in diffs.Where(d => d.Action != DiffAction.Unchanged))
        {
            console.MarkupLine($"[bold]{Markup.Escape(d.Cluster)}[/] {Markup.Escape(d.Object.ToString())} [blue]{d.Action.ToString().ToLowerInvariant()}[/]");
            if (d.Action is DiffAction.Error or DiffAction.Conflict)
            {
                console.MarkupLine("  [red]" + Markup.Escape(d.Error ?? "") + "[/]");
                continue;
            }

            LineDiff.Write(console, d.Live ?? "", d.Desired ?? "");
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumn(new TableColumn("Cluster").NoWrap());
        var actions = new[] { DiffAction.Create, DiffAction.Update, DiffAction.Unchanged, DiffAction.Prune, DiffAction.Error, DiffAction.Drift, DiffAction.Conflict };
        foreach (var a in actions) table.AddColumn(new TableColumn(a.ToString()).RightAligned());
        foreach (var cluster in diffs.GroupBy(d => d.Cluster))
        {
            table.AddRow([Markup.Escape(cluster.Key), .. actions.Select(a => cluster.Count(d => d.Action == a).ToString())]);
        }

        console.Write(table);
    }
}
