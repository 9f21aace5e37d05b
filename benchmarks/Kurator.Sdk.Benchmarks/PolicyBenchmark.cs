using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Policy.Kyverno;
using Kurator.Sdk.Serialization;

namespace Kurator.Sdk.Benchmarks;

/// <summary>
/// Issue 15's goal: 50 Kyverno policies against 10,000 rendered objects in under 2 s. The policies are the first 50
/// ClusterPolicy documents of the shared Kyverno vectors (pod-security and best-practices, by path; a name that comes
/// again, an audit and an enforce variant say, gets a suffix); the objects are the vectors' own test resources, repeated
/// under new names until there are 10,000, so every policy meets objects it matches.
/// </summary>
internal static class PolicyBenchmark
{
    public static void Run(string vectors, int policyCount, int objectCount, bool sequential = false)
    {
        var files = Directory.EnumerateFiles(vectors, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var policies = new List<KyvernoPolicySource>();
        var resources = new List<JsonObject>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var parsed in ManifestDocuments.Read(file))
            {
                if (parsed.Node is null || DocJson.ToNode(parsed.Node) is not JsonObject obj)
                {
                    continue;
                }

                if (KyvernoPolicyFiles.IsPolicy(obj))
                {
                    if (policies.Count < policyCount)
                    {
                        var name = (string?)obj["metadata"]?["name"] ?? "policy";
                        for (var n = 2; !names.Add(name); n++)
                        {
                            name = $"{obj["metadata"]?["name"]}-{n}";
                        }

                        obj["metadata"]!["name"] = name;
                        policies.Add(new KyvernoPolicySource(obj, file, parsed.Node.Line));
                    }
                }
                else if (!file.Contains(".kyverno-test", StringComparison.Ordinal) && obj["kind"] is JsonValue && obj["metadata"] is JsonObject)
                {
                    resources.Add(obj);
                }
            }
        }

        var objects = Enumerable.Range(0, objectCount).Select(i =>
        {
            var copy = (JsonObject)resources[i % resources.Count].DeepClone();
            copy["metadata"]!["name"] = $"{copy["metadata"]!["name"]}-{i}";
            return copy;
        }).ToList();

        Console.WriteLine($"Kyverno policies: {policies.Count} ClusterPolicy documents from the shared vectors ({names.Count} names), {objects.Count} objects ({resources.Count} distinct resources repeated), evaluated {(sequential ? "sequentially" : $"in parallel on {Environment.ProcessorCount} cores")}");
        for (var run = 1; run <= 3; run++)
        {
            var watch = Stopwatch.StartNew();
            var set = KyvernoPolicySet.Load(policies);
            var compile = watch.Elapsed.TotalMilliseconds;
            var outcomes = new Dictionary<KyvernoRuleOutcome, int>();
            // On all cores (KyvernoPolicySet.EvaluateAll; the results come back in object order), or one object after
            // the other with --sequential, to compare.
            var perObjects = sequential ? objects.Select(o => set.Evaluate(o)).ToList() : set.EvaluateAll(objects);
            foreach (var perObject in perObjects)
            {
                foreach (var result in perObject)
                {
                    outcomes[result.Outcome] = outcomes.GetValueOrDefault(result.Outcome) + 1;
                }
            }

            var total = watch.Elapsed.TotalSeconds;
            var counts = string.Join(", ", outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key} {o.Value}"));
            Console.WriteLine($"  run {run}{(run == 1 ? " (cold: JIT included)" : string.Empty)}: {total:F2} s ({compile:F0} ms compiling {set.RuleCount} rules), {objects.Count / total:F0} objects/s; goal < 2 s: {(total < 2 ? "met" : "missed")}, {2 / total:F1}x under it; results: {counts}");
        }
    }
}
