using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json.Nodes;
using Kurator.Sdk.Cli.Commands;
using Kurator.Sdk.Fleet;
using Kurator.Sdk.Fleet.Check;
using Kurator.Sdk.Kubernetes.Core.V1;
using Kurator.Sdk.Policy.Reporting;
using Kurator.Sdk.Policy.Rules;
using Kurator.Sdk.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Kurator.Sdk.Tests.Policy;

/// <summary>
/// check finds a pod spec in every shipped kind whose schema embeds one: the kinds are enumerated from the type registry
/// (any kind whose generated type graph reaches PodSpec), and a privileged, hostPID pod placed at each location is reported.
/// </summary>
public class PodSpecCoverageTests(ITestOutputHelper log)
{
    private static readonly string[] MustBeCovered =
    {
        "v1 Pod", "v1 PodTemplate", "v1 ReplicationController", "apps/v1 Deployment", "apps/v1 StatefulSet", "apps/v1 DaemonSet",
        "apps/v1 ReplicaSet", "batch/v1 Job", "batch/v1 CronJob", "batch.volcano.sh/v1alpha1 Job", "batch.volcano.sh/v1alpha1 CronJob",
        "flow.volcano.sh/v1alpha1 JobTemplate",
    };

    [Fact]
    public void Every_shipped_kind_that_embeds_a_PodSpec_is_checked_at_every_place_it_embeds_one()
    {
        var registry = Registry.All;
        var locator = PodSpecLocations.For(registry);
        var embedding = registry.Kinds.Where(k => k.IsResource && Reaches(k.ClrType, typeof(PodSpec), new HashSet<Type>())).ToList();
        log.WriteLine($"{embedding.Count} kind(s) embed a PodSpec: " + string.Join(", ", embedding.Select(k => k.ApiVersion + " " + k.Kind)));
        Assert.Subset(embedding.Select(k => k.ApiVersion + " " + k.Kind).ToHashSet(), MustBeCovered.ToHashSet());

        var missed = new List<string>();
        foreach (var kind in embedding)
        {
            var sites = PodSpecLocations.Find(kind.ClrType);
            if (sites.Count == 0)
            {
                missed.Add($"{kind.ApiVersion} {kind.Kind}: no pod spec location");
            }

            foreach (var (path, template) in sites)
            {
                var obj = new JsonObject { ["apiVersion"] = kind.ApiVersion, ["kind"] = kind.Kind, ["metadata"] = new JsonObject { ["name"] = "x" } };
                Place(obj, path, template);
                var report = new PolicyCheckRunner(PodSecurityLevel.Baseline, PodSecurityVersion.Latest, locator)
                    .Run(new[] { new PolicyDocument("x.yaml", obj, _ => null) });
                var checks = report.Findings.Select(f => f.Violation.CheckId).ToHashSet();
                if (!checks.Contains("privileged") || !checks.Contains("hostNamespaces"))
                {
                    missed.Add($"{kind.ApiVersion} {kind.Kind} at {path}: found [{string.Join(", ", checks)}]");
                }
            }
        }

        Assert.Empty(missed);
    }

    [Theory]
    [InlineData("batch.volcano.sh/v1alpha1", "CronJob", "spec:\n  schedule: '0 0 * * *'\n  jobTemplate:\n    spec:\n      tasks:\n      - name: t\n        replicas: 1\n        template:\n", "spec.jobTemplate.spec.tasks[0].template.spec")]
    [InlineData("flow.volcano.sh/v1alpha1", "JobTemplate", "spec:\n  tasks:\n  - name: t\n    replicas: 1\n    template:\n", "spec.tasks[0].template.spec")]
    public void Volcano_CronJob_and_JobTemplate_pods_are_checked(string apiVersion, string kind, string head, string specPath)
    {
        var indent = new string(' ', head.Split('\n')[^2].TakeWhile(c => c == ' ').Count() + 2);
        var pod = "spec:\n  hostPID: true\n  containers:\n  - name: c\n    image: busybox:1.37.0\n    securityContext:\n      privileged: true\n";
        var yaml = $"apiVersion: {apiVersion}\nkind: {kind}\nmetadata:\n  name: nightly\n" + head
            + string.Concat(pod.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => indent + l + "\n"));
        var file = Path.Combine(Directory.CreateTempSubdirectory("kurator-podspec-").FullName, "job.yaml");
        File.WriteAllText(file, yaml);
        try
        {
            var output = new StringWriter();
            Assert.Equal(ExitCodes.Failed, CheckCommand.Run(new[] { file }, "baseline", "latest", output, new StringWriter()));
            var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(2, lines.Length);
            Assert.Contains(lines, l => l.Contains($": {kind}/nightly: hostNamespaces: {specPath}.hostPID: ", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.Contains($": {kind}/nightly: privileged: {specPath}.containers[0].securityContext.privileged: ", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }

    [Fact]
    public void A_privileged_pod_inside_an_OCM_ManifestWork_manifest_is_checked()
    {
        var yaml = """
            apiVersion: work.open-cluster-management.io/v1
            kind: ManifestWork
            metadata:
              name: web
              namespace: cluster1
            spec:
              workload:
                manifests:
                - apiVersion: v1
                  kind: ConfigMap
                  metadata:
                    name: settings
                    namespace: default
                - apiVersion: apps/v1
                  kind: Deployment
                  metadata:
                    name: web
                    namespace: default
                  spec:
                    selector:
                      matchLabels: {app: web}
                    template:
                      metadata:
                        labels: {app: web}
                      spec:
                        containers:
                        - name: web
                          image: nginx:1.27
                          securityContext:
                            privileged: true
            """;
        var file = Path.Combine(Directory.CreateTempSubdirectory("kurator-work-").FullName, "work.yaml");
        File.WriteAllText(file, yaml);
        try
        {
            var output = new StringWriter();
            Assert.Equal(ExitCodes.Failed, CheckCommand.Run(new[] { file }, "baseline", "latest", output, new StringWriter()));
            var line = Assert.Single(output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith(file + ":30: ManifestWork/web: privileged: spec.workload.manifests[1].spec.template.spec.containers[0].securityContext.privileged: ", line, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }

    /// <summary>True when <paramref name="type"/>'s properties lead to <paramref name="target"/> (through lists, maps, nullables).</summary>
    private static bool Reaches(Type type, Type target, HashSet<Type> seen)
    {
        if (type == target)
        {
            return true;
        }

        if (!seen.Add(type))
        {
            return false;
        }

        if (type.IsGenericType && type.GetGenericArguments().Any(a => Reaches(a, target, seen)))
        {
            return true;
        }

        return typeof(KubeModel).IsAssignableFrom(type)
            && type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Any(p => Reaches(p.PropertyType, target, seen));
    }

    /// <summary>Puts a privileged, hostPID pod at <paramref name="path"/> (<c>a.b[*].c</c>; <c>[*]</c> a list, <c>*</c> a map key).</summary>
    private static void Place(JsonObject root, string path, bool template)
    {
        JsonNode pod = new JsonObject
        {
            ["hostPID"] = true,
            ["containers"] = new JsonArray(new JsonObject
            {
                ["name"] = "c",
                ["image"] = "busybox:1.37.0",
                ["securityContext"] = new JsonObject { ["privileged"] = true },
            }),
        };
        var tokens = path.Replace("[*]", ".[*]", StringComparison.Ordinal).Split('.', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (template)
        {
            tokens.Add("spec");
        }

        JsonNode current = root;
        for (var i = 0; i < tokens.Count; i++)
        {
            var last = i == tokens.Count - 1;
            JsonNode next = last ? pod : tokens[i + 1] == "[*]" ? new JsonArray() : new JsonObject();
            if (tokens[i] == "[*]")
            {
                ((JsonArray)current).Add(next);
            }
            else
            {
                ((JsonObject)current)[tokens[i] == "*" ? "key" : tokens[i]] = next;
            }

            current = next;
        }
    }
}
