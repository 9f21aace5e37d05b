using System.Collections.Generic;
using System.Linq;
using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Spectre.Console;

namespace Kurator.Sdk.Fleet.Diff;

/// <summary>
/// The one coloured line diff of two YAML texts (DiffPlex): <c>+</c> green, <c>-</c> red, unchanged lines indented. Shown
/// whole by <c>diff</c>; <c>watch</c> shows only the changed lines with a little context, hunks separated by <c>...</c>.
/// </summary>
internal static class LineDiff
{
    private static readonly InlineDiffBuilder Builder = new(new Differ());

    /// <summary>Writes the diff of <paramref name="before"/> and <paramref name="after"/>.</summary>
    /// <param name="console">Where it goes.</param>
    /// <param name="before">The old text ("" for none).</param>
    /// <param name="after">The new text ("" for none).</param>
    /// <param name="context">Unchanged lines kept around each change; null keeps them all.</param>
    public static void Write(IAnsiConsole console, string before, string after, int? context = null)
    {
        // The YAML ends with a newline, which the line model reports as one more, empty line.
        var lines = Builder.BuildDiffModel(before, after).Lines.Where(l => l.Text.Length > 0 || l.Type == ChangeType.Unchanged).ToList();
        var shown = context is { } c ? Near(lines, c) : null;
        var skipped = false;
        for (var i = 0; i < lines.Count; i++)
        {
            if (shown is not null && !shown[i])
            {
                skipped = true;
                continue;
            }

            if (skipped) console.MarkupLine("  ...");
            skipped = false;
            var text = Markup.Escape(lines[i].Text);
            switch (lines[i].Type)
            {
                case ChangeType.Inserted: console.MarkupLine("[green]+ " + text + "[/]"); break;
                case ChangeType.Deleted: console.MarkupLine("[red]- " + text + "[/]"); break;
                case ChangeType.Unchanged: console.MarkupLine("  " + text); break;
            }
        }
    }

    /// <summary>Which lines are within <paramref name="context"/> lines of a change.</summary>
    private static bool[] Near(IReadOnlyList<DiffPiece> lines, int context)
    {
        var shown = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Type == ChangeType.Unchanged) continue;
            for (var j = System.Math.Max(0, i - context); j <= System.Math.Min(lines.Count - 1, i + context); j++) shown[j] = true;
        }

        return shown;
    }
}
