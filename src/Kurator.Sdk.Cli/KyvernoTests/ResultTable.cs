using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Kurator.Sdk.Cli.KyvernoTests;

/// <summary>Prints checked expectations as <c>kyverno test</c> does: ID, POLICY, RULE, RESOURCE, RESULT, REASON.</summary>
internal static class ResultTable
{
    private static readonly string[] Header = ["ID", "POLICY", "RULE", "RESOURCE", "RESULT", "REASON"];

    public static void Write(IReadOnlyList<TestRow> rows, TextWriter output)
    {
        var cells = new List<string[]> { Header };
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            var result = r.State switch
            {
                TestRowState.Passed => "Pass",
                TestRowState.Failed => "Fail",
                _ => "Skip",
            };
            cells.Add([(i + 1).ToString(CultureInfo.InvariantCulture), r.Policy, r.Rule, r.Resource, result, r.Reason]);
        }

        var widths = Enumerable.Range(0, Header.Length).Select(c => cells.Max(row => row[c].Length)).ToArray();
        var rule = "│" + string.Join("│", widths.Select(w => new string('─', w + 2))) + "│";
        output.WriteLine(rule);
        for (var i = 0; i < cells.Count; i++)
        {
            output.WriteLine("│" + string.Join("│", cells[i].Select((c, col) => " " + c.PadRight(widths[col]) + " ")) + "│");
            if (i == 0)
            {
                output.WriteLine(rule);
            }
        }

        output.WriteLine(rule);
    }

    /// <summary>The closing line, as <c>kyverno test</c> prints it.</summary>
    public static string Summary(int passed, int failed) =>
        string.Create(CultureInfo.InvariantCulture, $"Test Summary: {passed} tests passed and {failed} tests failed");

    public static string Plural(int n, string word) => n == 1 ? "1 " + word : n.ToString(CultureInfo.InvariantCulture) + " " + word + "s";

}
