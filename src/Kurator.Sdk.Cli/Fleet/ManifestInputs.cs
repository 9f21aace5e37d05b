using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Cli.Inputs;
using Kurator.Sdk.Serialization;

namespace Kurator.Sdk.Cli.Fleet
{
    /// <summary>
    /// The <c>-f</c> inputs of the fleet commands, loaded all-or-nothing: every object as JSON ready to apply, or the
    /// problems as <c>file:line: path: message</c> lines (schema errors, unknown kinds, duplicates, missing paths).
    /// </summary>
    public sealed class ManifestInputs
    {
        /// <summary>The name <c>-f -</c> reads from (standard input).</summary>
        public const string StdinName = "-";

        private ManifestInputs(IReadOnlyList<JsonObject> objects, IReadOnlyList<string> problems, int files)
        {
            Objects = objects;
            Problems = problems;
            Files = files;
        }

        /// <summary>The objects in input order (files in argument order, folders sorted, documents in file order); empty when there are problems.</summary>
        public IReadOnlyList<JsonObject> Objects { get; }

        /// <summary>One line per problem, sorted by file and line.</summary>
        public IReadOnlyList<string> Problems { get; }

        /// <summary>How many files (and standard input) were read.</summary>
        public int Files { get; }

        /// <summary>Loads and validates <paramref name="paths"/> (files, folders searched recursively for .yaml/.yml/.json, or <c>-</c>).</summary>
        public static ManifestInputs Load(IEnumerable<string> paths, TextReader stdin)
        {
            var registry = ShippedKinds.EnsureRegistered();
            var problems = new List<(string File, int Line, string Text)>();
            var loaded = new List<LoadedObject>();
            var files = 0;
            foreach (var path in paths)
            {
                if (path == StdinName)
                {
                    files++;
                    var text = stdin.ReadToEnd();
                    const string name = "<stdin>";
                    Collect(text.TrimStart().StartsWith('{') ? KubeJson.Load(text, name, false, registry) : KubeYaml.Load(text, name, false, registry), problems, loaded);
                    continue;
                }

                foreach (var file in InputFiles.Expand([path], missing => problems.Add((missing, 0, $"{missing}: no such file or folder"))))
                {
                    files++;
                    Collect(ManifestLoader.Load(file, loose: false), problems, loaded);
                }
            }

            foreach (var duplicate in loaded.GroupBy(Key).Where(g => g.Count() > 1))
            {
                var first = duplicate.First();
                foreach (var again in duplicate.Skip(1))
                {
                    problems.Add((again.File, again.Line, $"{again.File}:{again.Line}: {Describe(again)} is defined more than once (first at {first.File}:{first.Line})"));
                }
            }

            if (problems.Count == 0 && loaded.Count == 0) problems.Add(("", 0, "no objects in the inputs"));
            var ordered = problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line).Select(p => p.Text).ToList();
            var objects = ordered.Count > 0 ? [] : loaded.Select(o => (JsonObject)KubeJson.ToNode(o.Resource)).ToList();
            return new ManifestInputs(objects, ordered, files);
        }

        private static void Collect(LoadResult result, List<(string File, int Line, string Text)> problems, List<LoadedObject> loaded)
        {
            problems.AddRange(result.Errors.Select(e => (e.File, e.Line, e.ToString())));
            foreach (var obj in result.Objects.Concat(result.Partial))
            {
                var violations = obj.Resource.Validate().Select(v => (v.Path, v.Message)).ToList();
                // Only named objects can be applied (generateName would create a new object on every run).
                if (obj.Resource is not KubeObject)
                {
                    violations.Add(("kind", $"{obj.Resource.Kind} is not an object that can be applied"));
                }
                else if (string.IsNullOrEmpty(((KubeObject)obj.Resource).Name))
                {
                    violations.Add(("metadata.name", "Required value"));
                }

                foreach (var (path, message) in violations)
                {
                    var line = obj.LineOf(path);
                    problems.Add((obj.File, line, path.Length == 0 ? $"{obj.File}:{line}: {message}" : $"{obj.File}:{line}: {path}: {message}"));
                }

                if (violations.Count == 0 && !result.Partial.Contains(obj)) loaded.Add(obj);
            }
        }

        // Group, not version: two versions of one object are still one object.
        private static string Key(LoadedObject o)
        {
            var apiVersion = o.Resource.ApiVersion;
            var group = apiVersion.Contains('/', StringComparison.Ordinal) ? apiVersion[..apiVersion.IndexOf('/', StringComparison.Ordinal)] : "";
            return $"{group}/{o.Resource.Kind}/{Namespace(o)}/{((KubeObject)o.Resource).Name}";
        }

        private static string Describe(LoadedObject o) =>
            Namespace(o) is { Length: > 0 } ns ? $"{o.Resource.Kind}/{ns}/{((KubeObject)o.Resource).Name}" : $"{o.Resource.Kind}/{((KubeObject)o.Resource).Name}";

        private static string Namespace(LoadedObject o) => ((KubeObject)o.Resource).Namespace ?? "";
    }
}
