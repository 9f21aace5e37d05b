using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using Kurator.Sdk.Fleet;
using Kurator.Sdk.Cli.Inputs;
using Kurator.Sdk.Serialization;

namespace Kurator.Sdk.Cli.Commands
{
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
            command.SetAction(result => Run(result.GetValue(paths)!, result.GetValue(loose), Console.Out, Console.Error));
            return command;
        }

        /// <summary>Validates the inputs, writing problem lines; returns the exit code.</summary>
        public static int Run(IEnumerable<string> paths, bool loose, System.IO.TextWriter output, System.IO.TextWriter error)
        {
            var problems = new List<LoadProblem>();
            var missing = false;
            var files = InputFiles.Expand(paths, p =>
            {
                error.WriteLine($"{p}: no such file or folder");
                missing = true;
            });
            var objects = 0;
            foreach (var file in files)
            {
                var loaded = ManifestLoader.Load(file, loose);
                problems.AddRange(LoadProblems.Of(loaded));
                objects += LoadProblems.Objects(loaded);
            }

            foreach (var p in problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line))
            {
                output.WriteLine(p.Text);
            }

            error.WriteLine($"{files.Count} file(s), {objects} object(s), {problems.Count} problem(s)");
            return problems.Count > 0 || missing ? ExitCodes.Failed : ExitCodes.Success;
        }
    }
}
