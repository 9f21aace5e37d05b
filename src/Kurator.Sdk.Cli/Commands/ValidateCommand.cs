using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Kurator.Sdk.Fleet;
using Kurator.Sdk.Cli.Inputs;
using Kurator.Sdk.Serialization;

namespace Kurator.Sdk.Cli.Commands;

/// <summary>
/// <c>kurator-sdk validate &lt;files or dirs&gt;</c>: loads YAML/JSON into the typed model and validates it against the
/// schemas; prints one <c>file:line: path: message</c> line per problem and exits 1 when there is any.
/// </summary>
public static class ValidateCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "YAML/JSON files or folders", Arity = ArgumentArity.OneOrMore };
        var loose = new Option<bool>("--loose") { Description = "Keep unknown fields instead of reporting them" };
        var command = new Command("validate", "Validate manifests against the typed schemas (unknown fields, wrong types, enums, patterns, bounds, required fields, CEL rules)");
        command.Arguments.Add(paths);
        command.Options.Add(loose);
        // The token is looked at between documents, so a signal stops a long run there, before its summary.
        command.SetAction((result, cancellationToken) => Task.FromResult(Run(result.GetValue(paths)!, result.GetValue(loose), Console.Out, Console.Error, cancellationToken)));
        return command;
    }

    /// <summary>Validates the inputs, writing problem lines; returns the exit code.</summary>
    public static int Run(IEnumerable<string> paths, bool loose, System.IO.TextWriter output, System.IO.TextWriter error, CancellationToken cancellationToken = default)
    {
        // Only the problem lines are kept: each document is read, validated and dropped before the next one.
        var problems = new List<LoadProblem>();
        var missing = 0;
        var files = InputFiles.Expand(paths, p =>
        {
            error.WriteLine($"{p}: no such file or folder");
            missing++;
        });
        var objects = 0;
        foreach (var file in files)
        {
            try
            {
                foreach (var loaded in ManifestLoader.LoadEach(file, loose))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    problems.AddRange(LoadProblems.Of(loaded));
                    objects += LoadProblems.Objects(loaded);
                }
            }
            catch (Exception e) when (e is System.IO.IOException or UnauthorizedAccessException)
            {
                problems.Add(new LoadProblem(file, 0, $"{file}: cannot be read: {e.Message}"));
            }
        }

        foreach (var p in problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line))
        {
            output.WriteLine(p.Text);
        }

        // A path that does not exist is a problem too: the summary never reads "0 problem(s)" for it.
        error.WriteLine($"{files.Count} file(s), {objects} object(s), {problems.Count + missing} problem(s)");
        return problems.Count > 0 || missing > 0 ? ExitCodes.Failed : ExitCodes.Success;
    }
}
