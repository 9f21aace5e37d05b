using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Reflection;
using Kurator.Sdk.Fleet.Check;
using Kurator.Sdk.Fleet.Diff;
using Kurator.Sdk.Fleet.Watch;
using Spectre.Console;

namespace Kurator.Sdk.Fleet.Report;

/// <summary>
/// What <c>watch</c> prints per render: one header line (<c>render N (reason): ...</c>) that says whether anything changed,
/// then a compact diff per changed object, then the blocking check findings; or the definition's failure.
/// </summary>
internal static class WatchReport
{
    /// <summary>Unchanged lines shown around each changed line of an object.</summary>
    private const int Context = 2;

    /// <summary>The first render: what is on each cluster (the baseline later renders are compared with).</summary>
    public static void Baseline(IAnsiConsole console, WatchRender render, RenderSnapshot snapshot)
    {
        var clusters = string.Join(", ", snapshot.Clusters.Select(c => $"{c.Cluster} {c.Objects}"));
        console.MarkupLine($"{Header(render)}: {snapshot.Count} objects ({Markup.Escape(clusters)}) {Took(render)}");
    }

    /// <summary>A later render: one line when nothing changed, else the counts and each object's compact diff.</summary>
    public static void Changes(IAnsiConsole console, WatchRender render, IReadOnlyList<WatchChange> changes, int objects)
    {
        if (changes.Count == 0)
        {
            console.MarkupLine($"{Header(render)}: no change ({objects} objects) {Took(render)}");
            return;
        }

        int Count(WatchChangeKind kind) => changes.Count(c => c.Kind == kind);
        console.MarkupLine($"{Header(render)}: [yellow]{Count(WatchChangeKind.Changed)} changed, {Count(WatchChangeKind.Added)} added, {Count(WatchChangeKind.Removed)} removed[/] ({objects} objects) {Took(render)}");
        foreach (var change in changes)
        {
            var kind = change.Kind.ToString().ToLowerInvariant();
            console.MarkupLine($"[bold]{Markup.Escape(change.Cluster)}[/] {Markup.Escape(change.Object.ToString())} [blue]{kind}[/]");
            // A removed object is named only: its old YAML is in the previous render's output.
            if (change.Kind != WatchChangeKind.Removed) LineDiff.Write(console, change.Before, change.After, Context);
        }
    }

    /// <summary>The server-side diff is as it was at the previous render: one line with its counts.</summary>
    public static void ServerUnchanged(IAnsiConsole console, WatchRender render, IReadOnlyList<ObjectDiff> diffs)
    {
        var pending = diffs.Where(d => d.Action != DiffAction.Unchanged).GroupBy(d => d.Action).Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}");
        var summary = string.Join(", ", pending);
        console.MarkupLine($"{Header(render)}: no change since the last render (apply would: {Markup.Escape(summary.Length == 0 ? "change nothing" : summary)}) {Took(render)}");
    }

    /// <summary>The server-side diff changed: the header, then the diff as <c>diff</c> prints it.</summary>
    public static void ServerChanged(IAnsiConsole console, WatchRender render, IReadOnlyList<ObjectDiff> diffs)
    {
        console.MarkupLine($"{Header(render)}: server-side diff against the live clusters {Took(render)}");
        DiffRenderer.Write(console, diffs);
    }

    /// <summary>The check findings that would stop apply (schema errors, enforced Pod Security levels), and how many others there are.</summary>
    public static void Problems(IAnsiConsole console, IReadOnlyList<CheckFinding> findings)
    {
        foreach (var f in findings.Where(f => f.Blocking))
        {
            console.MarkupLine($"[red]problem[/] {Markup.Escape(f.Cluster)} {Markup.Escape(f.Object)} {Markup.Escape(f.Rule)}: {Markup.Escape(f.Message)}");
        }

        var audit = findings.Count(f => !f.Blocking);
        if (audit > 0) console.MarkupLine($"{audit} audit finding(s) (run check to list them)");
    }

    /// <summary>The definition threw: what and where, and that the loop goes on with the last good render as the baseline.</summary>
    public static void DefinitionFailed(IAnsiConsole console, int number, string reason, Exception error)
    {
        var inner = error is TargetInvocationException { InnerException: { } e } ? e : error;
        console.MarkupLine($"{Header(number, reason)}: [red]the definition failed[/]: {Markup.Escape(inner.GetType().Name)}: {Markup.Escape(inner.Message)}");
        if (Where(inner) is { } frame) console.MarkupLine("  at " + Markup.Escape(frame));
        console.MarkupLine("  still watching: fix it and save (the next render is compared with the last good one)");
    }

    private static string Header(WatchRender render) => Header(render.Number, render.Reason);

    private static string Header(int number, string reason) => $"render {number} ({reason})";

    private static string Took(WatchRender render) => "in " + render.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms";

    /// <summary>The frame to point at: the first in the app's own source (with a file), else the first with a file.</summary>
    private static string? Where(Exception error)
    {
        var frames = new StackTrace(error, fNeedFileInfo: true).GetFrames().Where(f => f.GetFileName() is not null).ToList();
        var frame = frames.FirstOrDefault(f => f.GetMethod()?.DeclaringType?.Assembly.GetName().Name?.StartsWith("Kurator.Sdk", StringComparison.Ordinal) == false) ?? frames.FirstOrDefault();
        if (frame is null) return null;
        var method = frame.GetMethod();
        return $"{method?.DeclaringType?.FullName}.{method?.Name} in {frame.GetFileName()}:line {frame.GetFileLineNumber()}";
    }
}
