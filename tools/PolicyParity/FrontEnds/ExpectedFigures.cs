using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace Kurator.Sdk.PolicyParity.FrontEnds;

/// <summary>
/// The committed floor of the parity figures: lines <c>&lt;figure&gt; &lt;count&gt;</c> (<c>fixtures</c>, <c>runtime</c>,
/// <c>analyzers</c>, <c>same-checks</c>); <c>#</c> starts a comment.
/// </summary>
internal static class ExpectedFigures
{
    /// <exception cref="FormatException">A line is not a figure name and a count (the message names file and line).</exception>
    public static List<(string Name, int Count)> Read(string file)
    {
        var figures = new List<(string, int)>();
        var lines = File.ReadAllLines(file);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Split('#')[0].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                throw new FormatException($"{file}:{i + 1}: expected '<figure> <count>', got '{lines[i]}'");
            }

            figures.Add((parts[0], count));
        }

        return figures;
    }
}
