using System;
using System.Collections.Generic;
using System.IO;

namespace Kurator.Sdk.Schema.Import;

/// <summary>
/// Reads the provenance table of a CRD folder (a SOURCES.md whose table has File, Upstream repo,
/// Tag / commit and Project version columns), so every imported schema records its upstream version.
/// </summary>
public sealed class SourcesTable
{
    private readonly Dictionary<string, SourceInfo> _byFile = new Dictionary<string, SourceInfo>(StringComparer.Ordinal);

    /// <summary>The provenance of a file name, or null when the table does not list it.</summary>
    public SourceInfo? Find(string fileName) => _byFile.TryGetValue(fileName, out var info) ? info : null;

    /// <summary>Looks for SOURCES.md in the folder and its two parents; an empty table when none exists.</summary>
    public static SourcesTable Locate(string folder)
    {
        var dir = new DirectoryInfo(folder);
        for (var i = 0; i < 3 && dir != null; i++, dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "SOURCES.md");
            if (File.Exists(path))
            {
                return Parse(File.ReadAllText(path));
            }
        }

        return new SourcesTable();
    }

    /// <summary>Parses the markdown table(s) of a SOURCES.md text.</summary>
    public static SourcesTable Parse(string markdown)
    {
        var table = new SourcesTable();
        string[]? header = null;
        foreach (var raw in markdown.Split('\n'))
        {
            var line = raw.Trim();
            if (!line.StartsWith("|", StringComparison.Ordinal))
            {
                header = null;
                continue;
            }

            var cells = SplitRow(line);
            if (header == null)
            {
                header = cells;
                continue;
            }

            if (cells.Length > 0 && cells[0].StartsWith("---", StringComparison.Ordinal))
            {
                continue;
            }

            var file = Cell(header, cells, "File");
            if (string.IsNullOrEmpty(file))
            {
                continue;
            }

            table._byFile[file!] = new SourceInfo(
                file!,
                Cell(header, cells, "Upstream repo"),
                Cell(header, cells, "Tag / commit (date)"),
                Cell(header, cells, "Project version"));
        }

        return table;
    }

    private static string[] SplitRow(string line)
    {
        var parts = line.Trim('|').Split('|');
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = parts[i].Trim().Replace("`", string.Empty);
        }

        return parts;
    }

    private static string? Cell(string[] header, string[] cells, string name)
    {
        var idx = Array.IndexOf(header, name);
        return idx >= 0 && idx < cells.Length && cells[idx].Length > 0 ? cells[idx] : null;
    }
}
