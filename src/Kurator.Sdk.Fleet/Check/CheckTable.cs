using System.Collections.Generic;
using System.Linq;
using Spectre.Console;

namespace Kurator.Sdk.Fleet.Check;

/// <summary>Prints check findings.</summary>
public static class CheckTable
{
    /// <summary>Writes the findings, or a one-line all-clear.</summary>
    public static void Write(IAnsiConsole console, IReadOnlyList<CheckFinding> findings)
    {
        if (findings.Count == 0)
        {
            console.MarkupLine("[green]check passed[/]: no schema errors and no Pod Security violations");
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumn(new TableColumn("Cluster").NoWrap()).AddColumn("Object").AddColumn("Rule").AddColumn("Problem").AddColumn("Effect");
        foreach (var f in findings)
        {
            table.AddRow(Markup.Escape(f.Cluster), Markup.Escape(f.Object), Markup.Escape(f.Rule), Markup.Escape(f.Message), f.Blocking ? "[red]refused[/]" : "[yellow]audit[/]");
        }

        console.Write(table);
        var blocking = findings.Count(f => f.Blocking);
        console.MarkupLine(blocking > 0 ? $"[red]{blocking} blocking finding(s)[/]: apply refuses until they are fixed" : $"{findings.Count} audit finding(s); apply proceeds");
    }
}
