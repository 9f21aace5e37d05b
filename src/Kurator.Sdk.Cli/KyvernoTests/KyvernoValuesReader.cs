using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kurator.Sdk.Cli.KyvernoTests;

/// <summary>
/// Reads a Kyverno CLI values file (a test's <c>variables:</c> file) or a test's inline <c>values:</c>. Every field is
/// checked; a problem is reported as <c>file:line: field.path: message</c> and the values are then not used (the test's
/// results are not evaluated, never passed). <c>subresources</c> and <c>variables</c> (values for
/// ValidatingAdmissionPolicies) are checked for shape but not used.
/// </summary>
internal sealed class KyvernoValuesReader
{
    private const string ApiVersion = "cli.kyverno.io/v1alpha1";

    private static readonly string[] SpecFields = ["globalValues", "policies", "namespaceSelector", "namespaces", "subresources", "variables"];

    private readonly YamlObject _doc;
    private readonly string _prefix;
    private readonly List<string> _problems;
    private readonly int _before;

    private KyvernoValuesReader(YamlObject doc, string prefix, List<string> problems)
    {
        _doc = doc;
        _prefix = prefix;
        _problems = problems;
        _before = problems.Count;
    }

    /// <summary>Reads the values file <paramref name="file"/>; null (with problems) when it is missing or invalid.</summary>
    public static KyvernoValues? ReadFile(string file, string shownAs, List<string> problems)
    {
        if (!File.Exists(file))
        {
            problems.Add($"{shownAs}: no such values file");
            return null;
        }

        List<YamlObject> docs;
        var before = problems.Count;
        try
        {
            docs = YamlObjects.Read(shownAs, problems);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add($"{shownAs}: cannot be read: {e.Message}");
            return null;
        }

        if (problems.Count != before)
        {
            return null;
        }

        if (docs.Count != 1)
        {
            problems.Add($"{shownAs}:1: expected one Values document, found {docs.Count}");
            return null;
        }

        var reader = new KyvernoValuesReader(docs[0], string.Empty, problems);
        var root = docs[0].Object;
        reader.Expect(root, "apiVersion", ApiVersion);
        reader.Expect(root, "kind", "Values");
        return reader.Spec(root, ["apiVersion", "kind", "metadata"]);
    }

    /// <summary>Reads a test's inline <c>values:</c> mapping (<paramref name="doc"/> is the test file).</summary>
    public static KyvernoValues? ReadInline(YamlObject doc, JsonObject values, List<string> problems) =>
        new KyvernoValuesReader(doc, "values", problems).Spec(values, []);

    private KyvernoValues? Spec(JsonObject root, string[] header)
    {
        foreach (var (key, _) in root.Where(p => !SpecFields.Contains(p.Key) && !header.Contains(p.Key)))
        {
            Problem(key, $"unknown field (a values file has {string.Join(", ", SpecFields)})");
        }

        var global = Values(root, "globalValues", string.Empty);
        var policies = new List<PolicyValues>();
        foreach (var (policy, path) in Items(root, "policies", string.Empty))
        {
            Known(policy, path, "name", "resources", "rules");
            var name = Name(policy, path);
            var resources = Items(policy, "resources", path).Select(r => Named(r.Item, r.Path, "values")).ToList();
            var rules = Items(policy, "rules", path).Select(r => Named(r.Item, r.Path, "values", "foreachValues")).ToList();
            policies.Add(new PolicyValues(name ?? string.Empty, resources, rules));
        }

        var labels = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var (selector, path) in Items(root, "namespaceSelector", string.Empty))
        {
            Known(selector, path, "name", "labels");
            if (Name(selector, path) is { } ns)
            {
                labels[ns] = Labels(selector["labels"], Join(path, "labels"));
            }
        }

        // Namespace objects take precedence over namespaceSelector entries, as in the Kyverno CLI.
        foreach (var (ns, path) in Items(root, "namespaces", string.Empty))
        {
            var metadataPath = Join(path, "metadata");
            if (ns["metadata"] is not JsonObject metadata)
            {
                Problem(metadataPath, "a namespace needs metadata with a name");
                continue;
            }

            if (Name(metadata, metadataPath) is { } name)
            {
                labels[name] = metadata["labels"] is null ? new Dictionary<string, string>() : Labels(metadata["labels"], Join(metadataPath, "labels"));
            }
        }

        foreach (var (subresource, path) in Items(root, "subresources", string.Empty))
        {
            Known(subresource, path, "subresource", "parentResource");
            foreach (var part in new[] { "subresource", "parentResource" })
            {
                if (subresource[part] is not JsonObject described)
                {
                    Problem(Join(path, part), "expected a mapping with name, kind and version");
                    continue;
                }

                foreach (var field in new[] { "name", "kind", "version" }.Where(f => Text(described[f]) is null))
                {
                    Problem(Join(Join(path, part), field), "expected a string");
                }
            }
        }

        if (root["variables"] is { } variables && (variables is not JsonObject map || map.Any(v => Text(v.Value) is null)))
        {
            Problem("variables", "expected a mapping of names to strings");
        }

        return _problems.Count == _before ? new KyvernoValues(global, policies, labels) : null;
    }

    private NamedValues Named(JsonObject item, string path, params string[] fields)
    {
        Known(item, path, ["name", .. fields]);
        if (item["foreachValues"] is { } each && each is not JsonArray)
        {
            Problem(Join(path, "foreachValues"), "expected a list");
        }

        return new NamedValues(Name(item, path) ?? string.Empty, Values(item, "values", path));
    }

    private IReadOnlyDictionary<string, JsonNode?> Values(JsonObject parent, string field, string parentPath)
    {
        var values = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        switch (parent[field])
        {
            case null:
                break;
            case JsonObject map:
                foreach (var (key, value) in map)
                {
                    if (key.Length == 0 || key.Split('.').Any(step => step.Length == 0))
                    {
                        Problem(Join(Join(parentPath, field), key), "a value needs a dotted variable name without empty parts");
                        continue;
                    }

                    values[key] = value?.DeepClone();
                }

                break;
            default:
                Problem(Join(parentPath, field), "expected a mapping of variable names to values");
                break;
        }

        return values;
    }

    private Dictionary<string, string> Labels(JsonNode? node, string path)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        if (node is not JsonObject map)
        {
            Problem(path, "expected a mapping of label names to strings");
            return labels;
        }

        foreach (var (key, value) in map)
        {
            if (Text(value) is { } text)
            {
                labels[key] = text;
            }
            else
            {
                Problem(Join(path, key), "a label value must be a string");
            }
        }

        return labels;
    }

    private List<(JsonObject Item, string Path)> Items(JsonObject parent, string field, string parentPath)
    {
        var path = Join(parentPath, field);
        var items = new List<(JsonObject, string)>();
        switch (parent[field])
        {
            case null:
                break;
            case JsonArray list:
                for (var i = 0; i < list.Count; i++)
                {
                    var itemPath = $"{path}[{i}]";
                    if (list[i] is JsonObject item)
                    {
                        items.Add((item, itemPath));
                    }
                    else
                    {
                        Problem(itemPath, "expected a mapping");
                    }
                }

                break;
            default:
                Problem(path, "expected a list");
                break;
        }

        return items;
    }

    private string? Name(JsonObject item, string path)
    {
        if (Text(item["name"]) is { Length: > 0 } name)
        {
            return name;
        }

        Problem(Join(path, "name"), "a name is required");
        return null;
    }

    private void Known(JsonObject item, string path, params string[] fields)
    {
        foreach (var (key, _) in item.Where(p => !fields.Contains(p.Key)))
        {
            Problem(Join(path, key), $"unknown field (expected {string.Join(", ", fields)})");
        }
    }

    private void Expect(JsonObject root, string field, string expected)
    {
        if (root[field] is { } node && Text(node) != expected)
        {
            Problem(field, $"expected {expected}");
        }
    }

    private void Problem(string path, string message)
    {
        var full = Join(_prefix, path);
        _problems.Add($"{_doc.File}:{_doc.LineOf(full)}: {full}: {message}");
    }

    private static string Join(string parent, string child) => parent.Length == 0 ? child : parent + "." + child;

    private static string? Text(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
}
