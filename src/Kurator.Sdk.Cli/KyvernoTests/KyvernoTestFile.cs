using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kurator.Sdk.Cli.KyvernoTests;

/// <summary>
/// A Kyverno CLI test file (<c>kyverno-test.yaml</c>, kind Test of cli.kyverno.io): the policy and resource files
/// (relative to the test file), the values (a <c>variables:</c> values file, or inline <c>values:</c>) and the expected
/// results.
/// </summary>
internal sealed class KyvernoTestFile
{
    private KyvernoTestFile(string file, string name, List<string> policies, List<string> resources, List<Expectation> expectations, KyvernoValues? values, string? unsupported)
    {
        Values = values;
        File = file;
        Name = name;
        Policies = policies;
        Resources = resources;
        Expectations = expectations;
        Unsupported = unsupported;
    }

    public string File { get; }

    public string Name { get; }

    public List<string> Policies { get; }

    public List<string> Resources { get; }

    public List<Expectation> Expectations { get; }

    /// <summary>The values the test supplies, or null.</summary>
    public KyvernoValues? Values { get; }

    /// <summary>Why the file's results cannot be checked as written (its values could not be read), or null.</summary>
    public string? Unsupported { get; }

    /// <summary>Reads a test file; problems (file:line: path: message) go to <paramref name="problems"/>.</summary>
    public static KyvernoTestFile? Read(string file, List<string> problems)
    {
        var docs = YamlObjects.Read(file, problems);
        if (docs.Count != 1)
        {
            problems.Add($"{file}:1: expected one Test document, found {docs.Count}");
            return null;
        }

        var doc = docs[0];
        var root = doc.Object;
        var dir = Path.GetDirectoryName(Path.GetFullPath(file))!;
        var name = Text(root["metadata"]?["name"]) ?? Text(root["name"]) ?? Path.GetFileName(dir);
        var policies = Paths(root, "policies", dir, doc, problems);
        var resources = Paths(root, "resources", dir, doc, problems);
        var (values, unsupported) = ReadValues(doc, dir, problems);

        var expectations = new List<Expectation>();
        if (root["results"] is not JsonArray results)
        {
            problems.Add($"{file}:{doc.LineOf("results")}: results: expected a list of expected results");
            return null;
        }

        for (var i = 0; i < results.Count; i++)
        {
            var path = $"results[{i}]";
            if (results[i] is not JsonObject r)
            {
                problems.Add($"{file}:{doc.LineOf(path)}: {path}: expected a mapping");
                continue;
            }

            var policy = Text(r["policy"]);
            var rule = Text(r["rule"]);
            var kind = Text(r["kind"]);
            var result = Text(r["result"]) ?? Text(r["status"]);
            var names = r["resources"] is JsonArray list ? list.Select(Text).OfType<string>().ToList() : Text(r["resource"]) is { } one ? [one] : new List<string>();
            if (policy is null || rule is null || result is null || names.Count == 0)
            {
                problems.Add($"{file}:{doc.LineOf(path)}: {path}: an expected result needs policy, rule, resources and result");
                continue;
            }

            foreach (var resourceName in names)
            {
                expectations.Add(new Expectation(policy, rule, kind, Text(r["namespace"]), resourceName, result.ToLowerInvariant(), doc.LineOf(path)));
            }
        }

        return new KyvernoTestFile(file, name, policies, resources, expectations, values, unsupported);
    }

    // Inline values win over a values file, as in the Kyverno CLI; values that cannot be read leave every result of the
    // test not evaluated (the problems say why).
    private static (KyvernoValues? Values, string? Unsupported) ReadValues(YamlObject doc, string dir, List<string> problems)
    {
        const string Unreadable = "the test's values could not be read (see the problems reported)";
        var root = doc.Object;
        KyvernoValues? values;
        switch (root["values"])
        {
            case JsonObject inline:
                values = KyvernoValuesReader.ReadInline(doc, inline, problems);
                return (values, values is null ? Unreadable : null);
            case JsonValue legacy when Text(legacy) is { } valuesFile:
                // Older test files named the values file under values:.
                return FromFile(valuesFile, "values");
            case null:
                break;
            default:
                problems.Add($"{doc.File}:{doc.LineOf("values")}: values: expected a mapping of values or a values file name");
                return (null, Unreadable);
        }

        return root["variables"] switch
        {
            null => (null, null),
            JsonValue v when Text(v) is { } variablesFile => FromFile(variablesFile, "variables"),
            _ => Bad("variables"),
        };

        (KyvernoValues?, string?) FromFile(string relative, string field)
        {
            if (relative.Length == 0)
            {
                return Bad(field);
            }

            var full = Path.GetFullPath(Path.Combine(dir, relative));
            values = KyvernoValuesReader.ReadFile(full, Path.GetRelativePath(System.Environment.CurrentDirectory, full), problems);
            return (values, values is null ? Unreadable : null);
        }

        (KyvernoValues?, string?) Bad(string field)
        {
            problems.Add($"{doc.File}:{doc.LineOf(field)}: {field}: expected the name of a values file");
            return (null, Unreadable);
        }
    }

    private static List<string> Paths(JsonObject root, string key, string dir, YamlObject doc, List<string> problems)
    {
        var list = new List<string>();
        if (root[key] is not JsonArray array)
        {
            problems.Add($"{doc.File}:{doc.LineOf(key)}: {key}: expected a list of files");
            return list;
        }

        foreach (var item in array)
        {
            if (Text(item) is { } relative)
            {
                list.Add(Path.GetFullPath(Path.Combine(dir, relative)));
            }
        }

        return list;
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
}

/// <summary>One expected result: a policy rule on one resource (<c>name</c> or <c>namespace/name</c>) of a kind.</summary>
internal sealed record Expectation(string Policy, string Rule, string? Kind, string? Namespace, string Resource, string Result, int Line);
