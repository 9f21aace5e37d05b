using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Cli.Inputs;
using Kurator.Sdk.Fleet;
using Kurator.Sdk.Fleet.Check;
using Kurator.Sdk.Policy.Reporting;
using Kurator.Sdk.Policy.Rules;
using Kurator.Sdk.Schema.Documents;
using Kurator.Sdk.Serialization;

namespace Kurator.Sdk.Cli.Commands
{
    /// <summary>
    /// <c>kurator-sdk check [--level baseline|restricted] [--version v1.N|latest] &lt;files or dirs&gt;</c>: Pod Security
    /// Standards over rendered YAML; one <c>file:line: kind/name: checkId: path: message</c> line per violation. Fails
    /// closed: every object is first read and validated as <c>validate</c> does (wrong types, unknown kinds, missing
    /// apiVersion/kind, documents that are not objects, names), and each problem is a <c>file:line: path: message</c> line.
    /// </summary>
    public static class CheckCommand
    {
        /// <summary>Builds the command.</summary>
        public static Command Create()
        {
            var paths = new Argument<string[]>("paths") { Description = "YAML/JSON files or folders", Arity = ArgumentArity.OneOrMore };
            var level = new Option<string>("--level") { Description = "baseline or restricted", DefaultValueFactory = _ => "baseline" };
            var version = new Option<string>("--version") { Description = "Pod Security Standards version: v1.N or latest", DefaultValueFactory = _ => "latest" };
            var command = new Command("check", "Check Pod Security Standards on every pod spec in the manifests (objects that cannot be read or are invalid are reported too)");
            command.Arguments.Add(paths);
            command.Options.Add(level);
            command.Options.Add(version);
            command.SetAction(result => Run(result.GetValue(paths)!, result.GetValue(level)!, result.GetValue(version)!, Console.Out, Console.Error));
            return command;
        }

        /// <summary>
        /// Runs the check: problem and violation lines on <paramref name="output"/>, sorted by file and line, then a summary
        /// line on <paramref name="error"/>. Returns 0 when clean, 1 on problems or violations, 3 on an unknown level or version.
        /// </summary>
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
                return ExitCodes.InvalidUsage;
            }

            var registry = ShippedKinds.EnsureRegistered();
            var problems = new List<LoadProblem>();
            var docs = new List<PolicyDocument>();
            var notObjects = 0;
            var files = InputFiles.Expand(paths, p => problems.Add(new LoadProblem(p, 0, $"{p}: no such file or folder")));
            foreach (var file in files)
            {
                foreach (var node in Parse(file, problems))
                {
                    // A v1 List is read item by item by both the typed reader and the policy runner.
                    var loaded = new LoadResult();
                    KubeDocuments.Read(node, file, false, registry, loaded);
                    problems.AddRange(LoadProblems.Of(loaded));
                    if (DocJson.ToNode(node) is JsonObject obj)
                    {
                        docs.Add(new PolicyDocument(file, obj, path => DocLocator.Line(node, path), node.Line));
                    }
                    else
                    {
                        notObjects++;
                    }
                }
            }

            var report = new PolicyCheckRunner(parsedLevel, parsedVersion, PodSpecLocations.For(registry)).Run(docs);
            var lines = problems.Concat(report.Findings.Select(f => new LoadProblem(f.File, f.Line, f.ToString())))
                .OrderBy(l => l.File, StringComparer.Ordinal).ThenBy(l => l.Line);
            foreach (var line in lines)
            {
                output.WriteLine(line.Text);
            }

            error.WriteLine(Summary(report.DocumentsChecked + notObjects, files.Count, problems.Count, report.Findings.Count, parsedLevel.ToString().ToLowerInvariant()));
            return problems.Count > 0 || report.Findings.Count > 0 ? ExitCodes.Failed : ExitCodes.Success;
        }

        private static IReadOnlyList<DocNode> Parse(string file, List<LoadProblem> problems)
        {
            try
            {
                var text = File.ReadAllText(file);
                return file.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
                    ? new List<DocNode> { JsonDocReader.Parse(text, file) }
                    : YamlDocReader.ParseAll(text, file);
            }
            catch (DocParseException ex)
            {
                problems.Add(new LoadProblem(ex.File, ex.Line, $"{ex.File}:{ex.Line}: {ex.Reason}"));
            }
            catch (IOException ex)
            {
                problems.Add(new LoadProblem(file, 0, $"{file}: {ex.Message}"));
            }
            catch (UnauthorizedAccessException ex)
            {
                problems.Add(new LoadProblem(file, 0, $"{file}: {ex.Message}"));
            }

            return Array.Empty<DocNode>();
        }

        private static string Summary(int objects, int files, int problems, int violations, string level)
        {
            var counts = string.Create(CultureInfo.InvariantCulture, $"checked {objects} object(s) in {files} file(s): ");
            if (problems == 0 && violations == 0)
            {
                return counts + $"no violations at level {level}";
            }

            return counts + string.Create(CultureInfo.InvariantCulture, $"{problems} problem(s), {violations} violation(s) at level {level}");
        }
    }
}
