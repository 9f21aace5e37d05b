using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Policy.Evaluation;
using Kurator.Sdk.Policy.Kyverno.Validation;
using Kurator.Sdk.Policy.Reporting;
using Kurator.Sdk.PolicyParity.Yaml;

namespace Kurator.Sdk.PolicyParity.Kyverno;

/// <summary>
/// Runs the resources of each Kyverno <c>.kyverno-test/kyverno-test.yaml</c> through the policy engine and compares with
/// the expected <c>result</c> per policy rule: fail = the mapped checks report a violation, pass = they report none.
/// </summary>
internal static class KyvernoParity
{
    public static int Run(string root, TextWriter output)
    {
        var agreeTotal = 0;
        var explainedTotal = 0;
        var total = 0;
        var disagreements = new List<string>();
        output.WriteLine("policy                                       cases  agree  agreement");
        foreach (var testFile in Directory.GetFiles(root, "kyverno-test.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var testDir = Path.GetDirectoryName(testFile)!;
            var test = (JsonObject)YamlJsonLoader.LoadFile(testFile)[0].Root!;
            var policies = Files(test, "policies", testDir).SelectMany(LoadObjects).ToList();
            var resources = Files(test, "resources", testDir)
                .SelectMany(f => ParityDocuments.Load(f, Path.GetRelativePath(root, f)))
                .ToList();
            int cases = 0, agree = 0;
            string? policyName = null;
            foreach (var result in (test["results"] as JsonArray ?? []).OfType<JsonObject>())
            {
                var policy = result["policy"]!.GetValue<string>();
                var rule = result["rule"]!.GetValue<string>();
                var kind = result["kind"]!.GetValue<string>();
                var expected = result["result"]!.GetValue<string>();
                policyName ??= policy;
                var target = KyvernoPolicyMap.Find(policy, rule, policies);
                if (target is null || expected is not ("pass" or "fail"))
                {
                    output.WriteLine($"  skipped {policy}/{rule} ({expected}): no PSA mapping");
                    continue;
                }

                var runner = new PolicyCheckRunner(target.Level, target.Version);
                foreach (var name in Names(result))
                {
                    var document = resources.FirstOrDefault(d => Text(d.Object["kind"]) == kind && Text(d.Object["metadata"]?["name"]) == name);
                    cases++;
                    if (document is null)
                    {
                        disagreements.Add($"{policy}/{rule}: {kind}/{name}: resource not found");
                        continue;
                    }

                    var findings = runner.Run([document]).Findings
                        .Where(f => target.Covers(f.Violation) && !PodSecurityExclusion.IsExcluded(target.Exclusions, f.Violation, document.Object))
                        .ToList();
                    var actual = findings.Count > 0 ? "fail" : "pass";
                    if (actual == expected)
                    {
                        agree++;
                        continue;
                    }

                    var drift = target.Drift;
                    var explained = drift is not null && actual == "fail"
                        && findings.All(f => drift.Explains(ValueAt(document.Object, f.Violation.Path)));
                    explainedTotal += explained ? 1 : 0;
                    disagreements.Add($"{policy}/{rule}: {kind}/{name}: kyverno {expected}, ours {actual}"
                        + (explained ? $" [drift: {drift!.Description}]" : " [UNEXPLAINED]"));
                    disagreements.AddRange(findings.Select(f => "    " + f));
                }
            }

            total += cases;
            agreeTotal += agree;
            output.WriteLine($"{policyName ?? Path.GetRelativePath(root, testDir),-44} {cases,5}  {agree,5}  {Percent(agree, cases)}");
        }

        output.WriteLine();
        output.WriteLine($"total: {agreeTotal}/{total} ({Percent(agreeTotal, total)})");
        output.WriteLine($"disagreements: {disagreements.Count(d => !d.StartsWith(' '))} ({explainedTotal} explained by documented drift)");
        foreach (var line in disagreements)
        {
            output.WriteLine(line);
        }

        return agreeTotal + explainedTotal == total ? 0 : 1;
    }

    private static IEnumerable<string> Files(JsonObject test, string key, string testDir) =>
        (test[key] as JsonArray ?? []).Select(n => Path.GetFullPath(Path.Combine(testDir, n!.GetValue<string>())));

    private static IEnumerable<JsonObject> LoadObjects(string file) =>
        YamlJsonLoader.LoadFile(file).Select(d => d.Root).OfType<JsonObject>();

    private static IEnumerable<string> Names(JsonObject result)
    {
        if (result["resources"] is JsonArray list)
        {
            return list.Select(n => n!.GetValue<string>());
        }

        return result["resource"] is JsonNode single ? [single.GetValue<string>()] : [];
    }

    private static JsonNode? ValueAt(JsonNode root, string path)
    {
        JsonNode? node = root;
        foreach (var segment in FieldPath.Split(path))
        {
            node = segment is int i ? (node is JsonArray a && i < a.Count ? a[i] : null) : (node as JsonObject)?[(string)segment];
        }

        return node;
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static string Percent(int part, int whole) =>
        whole == 0 ? "n/a" : (100.0 * part / whole).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
