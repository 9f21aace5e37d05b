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
/// ClusterPolicy documents with rules of the shared Kyverno vectors (pod-security and best-practices, by path; a name that comes
/// again, an audit and an enforce variant say, gets a suffix; the vectors hold 42, so the first 8 come again as copies); the objects are the vectors' own test resources, repeated
/// under new names until there are 10,000, so every policy meets objects it matches.
/// </summary>
internal static class PolicyBenchmark
{
    public static void Run(string vectors, int policyCount, int objectCount, bool sequential = false, string? tool = null)
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
                    // The vectors also hold policy documents with a status only (what `kyverno test` expects the
                    // cluster to report): not policies to evaluate, so not counted among the 50.
                    if (obj["spec"]?["rules"] is not JsonArray { Count: > 0 })
                    {
                        continue;
                    }

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

        // The vectors hold fewer distinct policies than asked for (42): the first ones again under new names, as a fleet
        // carrying an audit and an enforce copy of a policy would.
        var distinct = policies.Count;
        for (var i = 0; policies.Count < policyCount && distinct > 0; i++)
        {
            var copy = (JsonObject)policies[i % distinct].Document.DeepClone();
            var name = $"{copy["metadata"]!["name"]}-copy";
            names.Add(name);
            copy["metadata"]!["name"] = name;
            policies.Add(policies[i % distinct] with { Document = copy });
        }

        var objects = Enumerable.Range(0, objectCount).Select(i =>
        {
            var copy = (JsonObject)resources[i % resources.Count].DeepClone();
            copy["metadata"]!["name"] = $"{copy["metadata"]!["name"]}-{i}";
            return copy;
        }).ToList();

        if (tool is not null)
        {
            RunTool(tool, policies, objects);
            return;
        }

        Console.WriteLine($"Kyverno policies: {policies.Count} ClusterPolicy documents with rules from the shared vectors ({distinct} distinct, {policies.Count - distinct} repeated under new names), {objects.Count} objects ({resources.Count} distinct resources repeated), evaluated {(sequential ? "sequentially" : $"in parallel on {Environment.ProcessorCount} cores")}");
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

    /// <summary>
    /// The same workload through a built kurator-sdk (the Native AOT one: no JIT in any run): the policies and objects
    /// written as YAML, then `check --policy policies.yaml objects.yaml` timed as a process, three times. The command does
    /// more than the in-process figure: it reads and validates the YAML and checks the Pod Security Standards too.
    /// </summary>
    private static void RunTool(string tool, List<KyvernoPolicySource> policies, List<JsonObject> objects)
    {
        var dir = Directory.CreateTempSubdirectory("kyverno-bench-");
        try
        {
            var policyFile = Path.Combine(dir.FullName, "policies.yaml");
            var objectFile = Path.Combine(dir.FullName, "objects.yaml");
            File.WriteAllText(policyFile, string.Join("---\n", policies.Select(p => KubeYaml.Serialize(p.Document))));
            File.WriteAllText(objectFile, string.Join("---\n", objects.Select(o => KubeYaml.Serialize(o))));
            Console.WriteLine($"Kyverno policies through {tool}: `check --policy` of {policies.Count} ClusterPolicy documents ({new FileInfo(policyFile).Length:N0} bytes) against {objects.Count} objects ({new FileInfo(objectFile).Length:N0} bytes of YAML), a fresh process per run");
            for (var run = 1; run <= 3; run++)
            {
                var info = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
                foreach (var argument in new[] { "check", "--policy", policyFile, objectFile })
                {
                    info.ArgumentList.Add(argument);
                }

                var watch = Stopwatch.StartNew();
                using var process = Process.Start(info)!;
                var lines = 0;
                process.ErrorDataReceived += (_, _) => { };
                process.BeginErrorReadLine();
                while (process.StandardOutput.ReadLine() is not null)
                {
                    lines++;
                }

                process.WaitForExit();
                var total = watch.Elapsed.TotalSeconds;
                Console.WriteLine($"  run {run}: {total:F2} s, exit {process.ExitCode}, {lines:N0} finding lines, {objects.Count / total:F0} objects/s; goal < 2 s: {(total < 2 ? "met" : "missed")}, {2 / total:F1}x under it");
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
