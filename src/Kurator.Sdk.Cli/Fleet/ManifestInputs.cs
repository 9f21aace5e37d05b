using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Cli.Inputs;
using Kurator.Sdk.Schema.Documents;
using Kurator.Sdk.Serialization;

namespace Kurator.Sdk.Cli.Fleet;

/// <summary>
/// The <c>-f</c> inputs of the fleet commands, loaded all-or-nothing: every object as JSON ready to apply, or the
/// problems as <c>file:line: path: message</c> lines (schema errors, unknown kinds, duplicates, missing paths).
/// Kinds the SDK ships are read and validated through their typed model; custom resources of a CRD among the inputs
/// have their identity checked here and their body validated by the server.
/// </summary>
public sealed class ManifestInputs
{
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
        var inputs = InputDocuments.Parse(paths, stdin);
        var problems = inputs.Problems;
        var crds = CustomResourceKinds.From(inputs.Documents.Select(d => d.Doc));
        var loaded = new List<Entry>();
        foreach (var (file, doc) in inputs.Documents)
        {
            if (doc is DocMapping map && map.Get("apiVersion") is DocScalar apiVersion && map.Get("kind") is DocScalar kind
                && !registry.TryGet(apiVersion.Value, kind.Value, out _) && crds.TryGet(apiVersion.Value, kind.Value, out var served, out var namespaced))
            {
                if (CustomResourceInput.Read(file, map, apiVersion.Value, kind.Value, served, namespaced, problems) is { } custom) loaded.Add(Entry.Of(custom, file, map.Line));
                continue;
            }

            var result = new LoadResult();
            KubeDocuments.Read(doc, file, false, registry, result);
            Collect(result, problems, loaded);
        }

        foreach (var duplicate in loaded.GroupBy(e => e.Key).Where(g => g.Count() > 1))
        {
            var first = duplicate.First();
            foreach (var again in duplicate.Skip(1))
            {
                problems.Add(new InputProblem(again.File, again.Line, $"{again.File}:{again.Line}: {again.Description} is defined more than once (first at {first.File}:{first.Line})"));
            }
        }

        if (problems.Count == 0 && loaded.Count == 0) problems.Add(new InputProblem("", 0, "no objects in the inputs"));
        var ordered = problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line).Select(p => p.Text).ToList();
        return new ManifestInputs(ordered.Count > 0 ? [] : loaded.Select(e => e.Object).ToList(), ordered, inputs.Files);
    }

    private static void Collect(LoadResult result, List<InputProblem> problems, List<Entry> loaded)
    {
        problems.AddRange(result.Errors.Select(e => InputProblem.At(e.File, e.Line, e.Path, e.Message)));
        foreach (var obj in result.Objects.Concat(result.Partial))
        {
            var violations = obj.Validate().Select(v => (v.Path, v.Message)).ToList();
            // Only named objects can be applied (generateName would create a new object on every run); a missing
            // name and generateName is already reported by Validate(), with the API server's words.
            if (obj.Resource is not KubeObject applied)
            {
                violations.Add(("kind", $"{obj.Resource.Kind} is not an object that can be applied"));
            }
            else if (string.IsNullOrEmpty(applied.Name) && !violations.Exists(v => v.Path == "metadata.name"))
            {
                violations.Add(("metadata.name", "Required value: apply needs a name (generateName would create a new object on every run)"));
            }

            foreach (var (path, message) in violations) problems.Add(InputProblem.At(obj.File, obj.LineOf(path), path, message));
            if (violations.Count == 0 && !result.Partial.Contains(obj)) loaded.Add(Entry.Of((JsonObject)KubeJson.ToNode(obj.Resource), obj.File, obj.Line));
        }
    }

    /// <summary>One loaded object, where it was defined, and its identity.</summary>
    private sealed record Entry(JsonObject Object, string File, int Line, string Key, string Description)
    {
        public static Entry Of(JsonObject obj, string file, int line)
        {
            var apiVersion = (string?)obj["apiVersion"] ?? "";
            var kind = (string?)obj["kind"] ?? "";
            var ns = (string?)obj["metadata"]?["namespace"] ?? "";
            var name = (string?)obj["metadata"]?["name"] ?? "";
            // Group, not version: two versions of one object are still one object.
            var group = apiVersion.Contains('/', StringComparison.Ordinal) ? apiVersion[..apiVersion.IndexOf('/', StringComparison.Ordinal)] : "";
            return new Entry(obj, file, line, $"{group}/{kind}/{ns}/{name}", ns.Length > 0 ? $"{kind}/{ns}/{name}" : $"{kind}/{name}");
        }
    }
}
