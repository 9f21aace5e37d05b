using System.Collections.Generic;
using System.Linq;
using Kurator.Sdk.Serialization;

namespace Kurator.Sdk.Cli.Inputs;

/// <summary>One problem line of <c>validate</c> and <c>check</c>: the file and line it sorts by, and the text printed.</summary>
/// <param name="File">The file.</param>
/// <param name="Line">The 1-based line (0 when the file itself is the problem).</param>
/// <param name="Text">The line printed: <c>file:line: path: message</c>.</param>
public sealed record LoadProblem(string File, int Line, string Text);

/// <summary>
/// The verdict <c>validate</c> and <c>check</c> share on loaded documents: every read error, then every schema and name
/// problem of the objects read (including those read with errors), each located at its line.
/// </summary>
public static class LoadProblems
{
    /// <summary>The problems of <paramref name="result"/>, in document order.</summary>
    public static List<LoadProblem> Of(LoadResult result)
    {
        var problems = result.Errors.Select(e => new LoadProblem(e.File, e.Line, e.ToString())).ToList();
        foreach (var obj in result.Objects.Concat(result.Partial))
        {
            foreach (var v in obj.Validate())
            {
                var line = obj.LineOf(v.Path);
                problems.Add(new LoadProblem(obj.File, line, $"{obj.File}:{line}: {v}"));
            }
        }

        return problems;
    }

    /// <summary>How many objects <paramref name="result"/> holds (read cleanly or with errors).</summary>
    public static int Objects(LoadResult result) => result.Objects.Count + result.Partial.Count;
}
