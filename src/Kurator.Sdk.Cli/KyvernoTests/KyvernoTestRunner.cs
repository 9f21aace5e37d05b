using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kurator.Sdk.Cli.Inputs;
using Kurator.Sdk.Policy.Kyverno;

namespace Kurator.Sdk.Cli.KyvernoTests;

/// <summary>
/// Runs one Kyverno CLI test: loads its policies and resources, evaluates every resource as a new object (CREATE, as
/// <c>kyverno test</c> does, unless the values set <c>request.operation</c>; a namespaced resource without a namespace is
/// in <c>default</c>) with the test's values, and checks each expected
/// result. A result the engine could not evaluate never meets an expectation (fail closed); expectations on mutate and
/// generate rules are reported as skipped, as those rules are not supported.
/// </summary>
internal static class KyvernoTestRunner
{
    private const string DefaultNamespace = "default";

    public static List<TestRow> Run(KyvernoTestFile test, List<string> problems)
    {
        var sources = new List<KyvernoPolicySource>();
        var ruleKinds = new Dictionary<(string Policy, string Rule), string>();
        var unscored = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in test.Policies)
        {
            foreach (var doc in Read(file, problems))
            {
                if (Text(doc.Object["kind"]) is not ("ClusterPolicy" or "Policy"))
                {
                    continue;
                }

                sources.Add(new KyvernoPolicySource(doc.Object, Display(file), doc.Line, path => doc.LineOf(path)));
                Describe(doc.Object, ruleKinds, unscored);
            }
        }

        var set = KyvernoPolicySet.Load(sources);
        problems.AddRange(set.Problems.Select(p => p.ToString()));
        var evaluated = new List<(YamlObject Doc, string Namespace, IReadOnlyList<KyvernoRuleResult> Results)>();
        foreach (var file in test.Resources)
        {
            foreach (var doc in Read(file, problems))
            {
                var ns = DefaultNamespaceOf(doc.Object);
                evaluated.Add((doc, ns, set.Evaluate(doc.Object, ContextFor(doc.Object, test.Values))));
            }
        }

        var rows = new List<TestRow>();
        foreach (var e in test.Expectations)
        {
            rows.Add(Check(e, test, evaluated, ruleKinds, unscored));
        }

        return rows;
    }

    private static TestRow Check(Expectation e, KyvernoTestFile test, List<(YamlObject Doc, string Namespace, IReadOnlyList<KyvernoRuleResult> Results)> evaluated, Dictionary<(string, string), string> ruleKinds, HashSet<string> unscored)
    {
        var (wantNs, wantName) = e.Resource.Contains('/', StringComparison.Ordinal)
            ? (e.Resource[..e.Resource.IndexOf('/', StringComparison.Ordinal)], e.Resource[(e.Resource.IndexOf('/', StringComparison.Ordinal) + 1)..])
            : (e.Namespace, e.Resource);
        var resource = evaluated.FirstOrDefault(r =>
            Text(r.Doc.Object["metadata"]?["name"]) == wantName
            && (e.Kind is null || Text(r.Doc.Object["kind"]) == e.Kind)
            && (wantNs is null || r.Namespace == wantNs));
        var shown = resource.Doc is null ? $"{e.Kind}/{e.Resource}" : ResourceText(resource.Doc.Object, resource.Namespace);
        if (resource.Doc is null)
        {
            return new TestRow(e.Policy, e.Rule, shown, TestRowState.Failed, "resource not found in the test's resources");
        }

        if (ruleKinds.TryGetValue((e.Policy, e.Rule), out var ruleKind) && ruleKind is "mutate" or "generate")
        {
            return new TestRow(e.Policy, e.Rule, shown, TestRowState.Skipped, $"{ruleKind} rules are not supported (want {e.Result})");
        }

        if (test.Unsupported is { } unsupported)
        {
            return new TestRow(e.Policy, e.Rule, shown, TestRowState.Failed, "not evaluated: " + unsupported);
        }

        var candidates = resource.Results.Where(r => PolicyIs(r.Policy, e.Policy)).ToList();
        var actual = candidates.FirstOrDefault(r => r.Rule == e.Rule) ?? candidates.FirstOrDefault(r => r.SourceRule == e.Rule);
        if (actual is null)
        {
            return new TestRow(e.Policy, e.Rule, shown, TestRowState.Failed, $"want {e.Result}, got no result (the rule does not match the resource)");
        }

        var got = actual.Outcome switch
        {
            KyvernoRuleOutcome.Pass => "pass",
            KyvernoRuleOutcome.Fail => unscored.Contains(e.Policy) ? "warn" : "fail",
            KyvernoRuleOutcome.Skip => "skip",
            KyvernoRuleOutcome.Error => "error",
            _ => null,
        };
        if (got is null)
        {
            return new TestRow(e.Policy, actual.Rule, shown, TestRowState.Failed, $"want {e.Result}, not evaluated: {OneLine(actual.Message)}");
        }

        return got == e.Result
            ? new TestRow(e.Policy, actual.Rule, shown, TestRowState.Passed, "Ok")
            : new TestRow(e.Policy, actual.Rule, shown, TestRowState.Failed, $"want {e.Result}, got {got}" + (actual.Message.Length > 0 ? ": " + OneLine(actual.Message) : string.Empty));
    }

    // The test's values for this resource (by its name, as the Kyverno CLI matches them): per rule, and the namespace
    // labels for namespaceSelector (a namespace the values do not give stays unknown: its rules are not evaluated).
    private static KyvernoRequestContext ContextFor(JsonObject resource, KyvernoValues? values)
    {
        if (values is null)
        {
            return KyvernoRequestContext.Create;
        }

        var name = Text(resource["metadata"]?["name"]) ?? string.Empty;
        return new KyvernoRequestContext
        {
            NamespaceLabels = values.LabelsOf,
            RuleValues = (policy, rule) => values.For(policy, name, rule),
        };
    }

    private static bool PolicyIs(string reported, string expected) =>
        reported == expected || reported.EndsWith("/" + expected, StringComparison.Ordinal);

    // Records each rule's kind (validate, mutate, ...) and the policies whose failures Kyverno reports as warnings.
    private static void Describe(JsonObject policy, Dictionary<(string, string), string> ruleKinds, HashSet<string> unscored)
    {
        var name = Text(policy["metadata"]?["name"]) ?? string.Empty;
        if (Text(policy["metadata"]?["annotations"]?["policies.kyverno.io/scored"]) == "false")
        {
            unscored.Add(name);
        }

        foreach (var rule in (policy["spec"]?["rules"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var kind = new[] { "validate", "mutate", "generate", "verifyImages" }.FirstOrDefault(k => rule[k] is not null) ?? "unknown";
            ruleKinds[(name, Text(rule["name"]) ?? string.Empty)] = kind;
        }
    }

    private static List<YamlObject> Read(string file, List<string> problems)
    {
        if (!File.Exists(file))
        {
            problems.Add($"{Display(file)}: no such file");
            return new List<YamlObject>();
        }

        try
        {
            return YamlObjects.Read(file, problems);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add($"{Display(file)}: cannot be read: {e.Message}");
            return new List<YamlObject>();
        }
    }

    // kyverno test puts a namespaced resource without a namespace into "default"; cluster-scoped kinds stay without one.
    private static string DefaultNamespaceOf(JsonObject resource)
    {
        if (resource["metadata"] is not JsonObject metadata)
        {
            return string.Empty;
        }

        if (Text(metadata["namespace"]) is { Length: > 0 } ns)
        {
            return ns;
        }

        if (!IsNamespaced(Text(resource["apiVersion"]) ?? string.Empty, Text(resource["kind"]) ?? string.Empty))
        {
            return string.Empty;
        }

        metadata["namespace"] = DefaultNamespace;
        return DefaultNamespace;
    }

    private static bool IsNamespaced(string apiVersion, string kind)
    {
        var registry = ShippedKinds.EnsureRegistered();
        if (registry.TryGet(apiVersion, kind, out var info))
        {
            return info.Namespaced;
        }

        var group = apiVersion.Contains('/', StringComparison.Ordinal) ? apiVersion[..apiVersion.IndexOf('/', StringComparison.Ordinal)] : string.Empty;
        return registry.FindKind(group, kind).FirstOrDefault() is not { } known || known.Namespaced;
    }

    private static string ResourceText(JsonObject resource, string ns)
    {
        var name = Text(resource["metadata"]?["name"]) ?? string.Empty;
        var prefix = $"{Text(resource["apiVersion"])}/{Text(resource["kind"])}/";
        return ns.Length == 0 ? prefix + name : prefix + ns + "/" + name;
    }

    private static string Display(string file) => Path.GetRelativePath(Environment.CurrentDirectory, file);

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();

    private static string? Text(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
}
