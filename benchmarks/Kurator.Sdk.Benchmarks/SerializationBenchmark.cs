using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using Kurator.Sdk.Kubernetes.Apps.V1;
using Kurator.Sdk.Kubernetes.Core.V1;
using Kurator.Sdk.Kurator.Fleet.V1Alpha1;
using Kurator.Sdk.Serialization;
using YamlDotNet.Serialization;

namespace Kurator.Sdk.Benchmarks;

// Inside Kurator.Sdk.*, the runtime namespace Kurator.Sdk.Fleet would hide the Fleet type.
using Fleet = global::Kurator.Sdk.Kurator.Fleet.V1Alpha1.Fleet;

/// <summary>YAML/JSON dump and load of N typed objects, beside YamlDotNet's untyped (dictionary) path as the baseline.</summary>
public static class SerializationBenchmark
{
    public static List<KubeResource> Objects(int count)
    {
        var list = new List<KubeResource>(count);
        for (var i = 0; i < count; i++)
        {
            list.Add((i % 3) switch
            {
                0 => new Deployment($"web-{i}", "apps")
                {
                    Metadata = new() { Name = $"web-{i}", Namespace = "apps", Labels = new() { ["app"] = "web", ["tier"] = "frontend" } },
                    Spec = new()
                    {
                        Replicas = 3,
                        Selector = new() { MatchLabels = new() { ["app"] = "web" } },
                        Template = new()
                        {
                            Metadata = new() { Labels = new() { ["app"] = "web" } },
                            Spec = new()
                            {
                                Containers =
                                [
                                    new()
                                    {
                                        Name = "web",
                                        Image = "nginx:1.27",
                                        Ports = [new() { ContainerPortValue = 80, Name = "http" }],
                                        Resources = new() { Requests = new() { ["cpu"] = "100m", ["memory"] = "128Mi" }, Limits = new() { ["memory"] = "256Mi" } },
                                        SecurityContext = new() { RunAsNonRoot = true, AllowPrivilegeEscalation = false, Capabilities = new() { Drop = ["ALL"] } },
                                    },
                                ],
                            },
                        },
                    },
                },
                1 => new ConfigMap($"settings-{i}", "apps") { Data = new() { ["LOG_LEVEL"] = "info", ["FEATURES"] = "a,b,c", ["TIMEOUT"] = "30" } },
                _ => new Fleet($"fleet-{i}", "default")
                {
                    Spec = new()
                    {
                        Clusters = [new() { Name = "member1", Kind = "AttachedCluster" }, new() { Name = "member2", Kind = "AttachedCluster" }],
                        Plugin = new() { Metric = new() { Thanos = new() { ObjectStoreConfig = new() { SecretName = "thanos" } } } },
                    },
                },
            });
        }

        return list;
    }

    public static void Run(int count, int rounds)
    {
        var objects = Objects(count);
        var yaml = KubeYaml.Serialize(objects);
        var jsons = objects.Select(o => KubeJson.Serialize(o)).ToList();
        Console.WriteLine($"  corpus: {count} objects (Deployments, ConfigMaps, Fleets), {Encoding.UTF8.GetByteCount(yaml) / 1024} KiB of YAML");

        var yamlDump = Report("YAML dump (typed, ours)", count, rounds, () => KubeYaml.Serialize(objects).Length);
        var yamlLoad = Report("YAML load (typed, strict, ours)", count, rounds, () =>
        {
            var r = KubeYaml.Load(yaml, "bench.yaml");
            return r.Success ? r.Objects.Count : throw new InvalidOperationException(string.Join("\n", r.Errors.Take(3)));
        });
        var jsonDump = Report("JSON dump (typed, ours)", count, rounds, () => objects.Sum(o => KubeJson.Serialize(o).Length));
        var jsonLoad = Report("JSON load (typed, strict, ours)", count, rounds, () => jsons.Sum(j => KubeJson.Load(j, "bench.json").Objects.Count));

        var untyped = new DeserializerBuilder().Build();
        var docs = yaml.Split("\n---\n");
        var trees = docs.Select(d => untyped.Deserialize<object>(d)).ToList();
        var serializer = new SerializerBuilder().Build();
        var baseLoad = Report("baseline: YamlDotNet untyped load", count, rounds, () => docs.Sum(d => untyped.Deserialize<object>(d) != null ? 1 : 0));
        var baseDump = Report("baseline: YamlDotNet untyped dump", count, rounds, () => trees.Sum(t => serializer.Serialize(t).Length));

        // The README's rows as this run measured them, ratios taken within the run (what a loaded machine keeps).
        Console.WriteLine();
        Console.WriteLine($"  README rows ({DateTime.UtcNow:yyyy-MM-dd}, {MachineLoad()}):");
        Console.WriteLine($"  | YAML load, {count:N0} typed objects, strict | {Rounded(yamlLoad)} objects/s (YamlDotNet untyped load: {Rounded(baseLoad)}/s, {yamlLoad / baseLoad:F1}x) | >= 50,000/s |");
        Console.WriteLine($"  | YAML dump, {count:N0} typed objects | {Rounded(yamlDump)} objects/s (YamlDotNet untyped dump: {Rounded(baseDump)}/s, {yamlDump / baseDump:F1}x) | >= 50,000/s |");
        Console.WriteLine($"  | JSON load / dump | {Rounded(jsonLoad)} / {Rounded(jsonDump)} objects/s | |");
    }

    // Three significant figures: more would claim a precision that run-to-run noise does not have.
    private static string Rounded(double rate)
    {
        var magnitude = Math.Pow(10, Math.Max(0, Math.Floor(Math.Log10(rate)) - 2));
        return (Math.Round(rate / magnitude) * magnitude).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
    }

    // The 1-minute load average (Linux), so a figure says how busy the machine was.
    private static string MachineLoad()
    {
        try
        {
            var fields = System.IO.File.ReadAllText("/proc/loadavg").Split(' ');
            return $"load average {fields[0]} on {Environment.ProcessorCount} cores";
        }
        catch (Exception ex) when (ex is System.IO.IOException or UnauthorizedAccessException)
        {
            return $"load average unknown, {Environment.ProcessorCount} cores";
        }
    }

    // Best of the rounds, in objects per second.
    private static double Report(string name, int count, int rounds, Func<int> work)
    {
        work();
        var best = double.MaxValue;
        for (var i = 0; i < rounds; i++)
        {
            GC.Collect();
            var sw = Stopwatch.StartNew();
            work();
            best = Math.Min(best, sw.Elapsed.TotalSeconds);
        }

        Console.WriteLine($"  {name,-36} {count / best,12:N0} objects/s  ({best * 1000:N0} ms for {count})");
        return count / best;
    }
}
