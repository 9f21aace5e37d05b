using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Cli.Inputs;
using Kurator.Sdk.Policy.Reporting;
using Kurator.Sdk.Policy.Rules;
using Kurator.Sdk.Schema.Documents;
using Kurator.Sdk.Serialization;

namespace Kurator.Sdk.Cli.Commands
{
    /// <summary>
    /// <c>kurator-sdk check [--level baseline|restricted] [--version v1.N|latest] &lt;files or dirs&gt;</c>: Pod Security
    /// Standards over rendered YAML; one <c>file:line: kind/name: checkId: path: message</c> line per violation.
    /// </summary>
    public static class CheckCommand
    {
        /// <summary>Builds the command.</summary>
        public static Command Create()
        {
            var paths = new Argument<string[]>("paths") { Description = "YAML/JSON files or folders", Arity = ArgumentArity.OneOrMore };
            var level = new Option<string>("--level") { Description = "baseline or restricted", DefaultValueFactory = _ => "baseline" };
            var version = new Option<string>("--version") { Description = "Pod Security Standards version: v1.N or latest", DefaultValueFactory = _ => "latest" };
            var command = new Command("check", "Check Pod Security Standards on every pod spec in the manifests");
            command.Arguments.Add(paths);
            command.Options.Add(level);
            command.Options.Add(version);
            command.SetAction(result => Run(result.GetValue(paths)!, result.GetValue(level)!, result.GetValue(version)!, Console.Out, Console.Error));
            return command;
        }

        /// <summary>Runs the check; returns 0 when clean, 1 on violations, 2 on bad input.</summary>
        public static int Run(IEnumerable<string> paths, string level, string version, TextWriter output, TextWriter error)
        {
            PodSecurityLevel parsedLevel;
            PodSecurityVersion parsedVersion;
            try
            {
                parsedLevel = PodSecurityLevels.Parse(level);
                parsedVersion = PodSecurityVersion.Parse(version);
            }
            catch (FormatException ex)
            {
                error.WriteLine(ex.Message);
                return 2;
            }

            var failed = false;
            var docs = Documents(paths, error, () => failed = true);
            var report = new PolicyCheckRunner(parsedLevel, parsedVersion).Run(docs);
            foreach (var line in report.Lines)
            {
                output.WriteLine(line);
            }

            return failed ? 2 : report.ExitCode;
        }

        // The documents of every input, read as the runner asks for them: only one document's tree is held at a time.
        // Problems (a missing path, a document that cannot be parsed) are written and flagged; later documents still run.
        private static IEnumerable<PolicyDocument> Documents(IEnumerable<string> paths, TextWriter error, Action fail)
        {
            foreach (var file in InputFiles.Expand(paths, p => { error.WriteLine($"{p}: no such file or folder"); fail(); }))
            {
                foreach (var parsed in ManifestDocuments.Read(file))
                {
                    if (parsed.Problem is { } ex)
                    {
                        error.WriteLine($"{ex.File}:{ex.Line}: {ex.Reason}");
                        fail();
                        continue;
                    }

                    var node = parsed.Node!;
                    if (DocJson.ToNode(node) is JsonObject obj)
                    {
                        yield return new PolicyDocument(file, obj, path => DocLocator.Line(node, path), node.Line);
                    }
                }
            }
        }
    }
}
