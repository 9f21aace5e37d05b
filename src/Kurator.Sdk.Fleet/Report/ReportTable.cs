using System.Linq;
using Spectre.Console;

namespace Kurator.Sdk.Fleet.Report;

/// <summary>The final per-cluster table, then the errors and not-ready objects of each cluster.</summary>
public static class ReportTable
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="console"/>.</summary>
    public static void Write(IAnsiConsole console, FleetReport report)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(new TableColumn("Cluster").NoWrap()).AddColumn(new TableColumn("Created").RightAligned()).AddColumn(new TableColumn("Updated").RightAligned())
            .AddColumn(new TableColumn("Unchanged").RightAligned()).AddColumn(new TableColumn("Pruned").RightAligned())
            .AddColumn(new TableColumn("Failed").RightAligned()).AddColumn("Readiness");
        foreach (var c in report.Clusters)
        {
            table.AddRow(
                Markup.Escape(c.Cluster), c.Created.ToString(), UpdatedCell(c), c.Unchanged.ToString(), c.Pruned.ToString(),
                c.Failed == 0 ? "0" : $"[red]{c.Failed}[/]", Readiness(c.Readiness));
        }

        table.AddRow("[bold]total[/]", Sum(report, c => c.Created), Sum(report, c => c.Updated), Sum(report, c => c.Unchanged), Sum(report, c => c.Pruned), Sum(report, c => c.Failed), report.Succeeded ? "[green]ok[/]" : "[red]failed[/]");
        console.Write(table);
        WriteProblems(console, report);
    }

    /// <summary>Writes a <c>destroy</c> report: deleted and failed objects per cluster.</summary>
    public static void WriteDestroy(IAnsiConsole console, FleetReport report)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn(new TableColumn("Cluster").NoWrap())
            .AddColumn(new TableColumn("Deleted").RightAligned()).AddColumn(new TableColumn("Failed").RightAligned()).AddColumn("Gone");
        foreach (var c in report.Clusters)
        {
            table.AddRow(Markup.Escape(c.Cluster), c.Deleted.ToString(), c.Failed == 0 ? "0" : $"[red]{c.Failed}[/]", Gone(c.Readiness));
        }

        console.Write(table);
        WriteProblems(console, report);
    }

    private static void WriteProblems(IAnsiConsole console, FleetReport report)
    {
        foreach (var c in report.Clusters.Where(c => c.Errors.Count > 0 || c.NotReady.Count > 0 || c.Notes.Count > 0))
        {
            console.MarkupLine($"[bold]{Markup.Escape(c.Cluster)}[/]");
            foreach (var e in c.Errors) console.MarkupLine("  [red]error[/] " + Markup.Escape(e));
            foreach (var n in c.Notes) console.MarkupLine("  [yellow]note[/] " + Markup.Escape(n));
            foreach (var n in c.NotReady) console.MarkupLine("  [yellow]not ready[/] " + Markup.Escape(n));
        }
    }

    // For destroy, "ready" means every object is gone; the column says so in its own words.
    private static string Gone(ReadinessState readiness) => readiness switch
    {
        ReadinessState.Ready => "[green]yes[/]",
        ReadinessState.Failed => "[red]no[/]",
        ReadinessState.TimedOut => "[yellow]still terminating[/]",
        ReadinessState.NotStarted => "[red]not started[/]",
        _ => "-",
    };

    // Drift and takeovers are updates too; the cell says how many of them there were.
    private static string UpdatedCell(ClusterReport c)
    {
        var parts = new[] { c.Drifted > 0 ? $"{c.Drifted} drift" : null, c.TakenOver > 0 ? $"{c.TakenOver} taken over" : null }.Where(p => p is not null).ToList();
        return parts.Count == 0 ? c.Updated.ToString() : $"{c.Updated} ({string.Join(", ", parts)})";
    }

    private static string Sum(FleetReport report, System.Func<ClusterReport, int> value) => report.Clusters.Sum(value).ToString();

    private static string Readiness(ReadinessState readiness) => readiness switch
    {
        ReadinessState.Ready => "[green]Ready[/]",
        ReadinessState.Failed => "[red]Failed[/]",
        ReadinessState.TimedOut => "[yellow]TimedOut[/]",
        ReadinessState.NotStarted => "[red]not started[/]",
        _ => "-",
    };
}
