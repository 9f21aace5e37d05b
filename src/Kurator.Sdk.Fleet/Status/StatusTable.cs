using System.Collections.Generic;
using System.Linq;
using Kurator.Sdk.Fleet.Readiness;
using Spectre.Console;

namespace Kurator.Sdk.Fleet.Status;

/// <summary>Prints <see cref="FleetStatus"/> results as a table.</summary>
public static class StatusTable
{
    /// <summary>Writes one row per object.</summary>
    public static void Write(IAnsiConsole console, IReadOnlyList<ObjectState> states)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn(new TableColumn("Cluster").NoWrap()).AddColumn("Object").AddColumn("Status").AddColumn("Reason");
        foreach (var s in states)
        {
            var status = s.Status.Kind switch
            {
                StatusKind.Current => "[green]Current[/]",
                StatusKind.Failed => "[red]Failed[/]",
                StatusKind.NotFound => "[grey]NotFound[/]",
                var other => "[yellow]" + other + "[/]",
            };
            var reason = !s.Defined ? "no longer defined; the next apply prunes it" : s.Divergence is { } d ? $"{s.Status.Reason}; {d}" : s.Status.Reason;
            table.AddRow(Markup.Escape(s.Cluster), Markup.Escape(s.Object.ToString()), status, Markup.Escape(reason));
        }

        console.Write(table);
        var current = states.Count(s => s.Status.Kind == StatusKind.Current && s.Defined);
        console.MarkupLine($"{current}/{states.Count(s => s.Defined)} defined objects are current");
        var drifted = states.Where(s => s.Drifted).ToList();
        if (drifted.Count > 0) console.MarkupLine($"[yellow]{drifted.Count} drifted[/] (the next apply corrects them): {Markup.Escape(string.Join(", ", drifted.Select(s => s.Cluster + " " + s.Object)))}");
    }
}
