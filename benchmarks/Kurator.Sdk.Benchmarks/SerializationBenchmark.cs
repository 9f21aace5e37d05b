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

        Report("YAML dump (typed, ours)", count, rounds, () => KubeYaml.Serialize(objects).Length);
        Report("YAML load (typed, strict, ours)", count, rounds, () =>
        {
            var r = KubeYaml.Load(yaml, "bench.yaml");
            return r.Success ? r.Objects.Count : throw new InvalidOperationException(string.Join("\n", r.Errors.Take(3)));
        });
        Report("JSON dump (typed, ours)", count, rounds, () => objects.Sum(o => KubeJson.Serialize(o).Length));
        Report("JSON load (typed, strict, ours)", count, rounds, () => jsons.Sum(j => KubeJson.Load(j, "bench.json").Objects.Count));

        var untyped = new DeserializerBuilder().Build();
        var docs = yaml.Split("\n---\n");
        var trees = docs.Select(d => untyped.Deserialize<object>(d)).ToList();
        var serializer = new SerializerBuilder().Build();
        Report("baseline: YamlDotNet untyped load", count, rounds, () => docs.Sum(d => untyped.Deserialize<object>(d) != null ? 1 : 0));
        Report("baseline: YamlDotNet untyped dump", count, rounds, () => trees.Sum(t => serializer.Serialize(t).Length));
    }

    private static void Report(string name, int count, int rounds, Func<int> work)
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
    }
}
