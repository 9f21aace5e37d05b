using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Policy.Kyverno;
using Kurator.Sdk.Schema.Documents;
using Kurator.Sdk.Serialization;

namespace Kurator.Sdk.Policy.Tests.KyvernoEngine;

/// <summary>Shorthands: policies and resources from YAML text, results as "rule=outcome" strings.</summary>
internal static class Kyv
{
    public static JsonObject Yaml(string text) => (JsonObject)DocJson.ToNode(YamlDocReader.ParseAll(text, "test.yaml")[0])!;

    public static KyvernoPolicySet Load(params string[] policies) =>
        KyvernoPolicySet.Load(policies.Select((p, i) =>
        {
            var root = YamlDocReader.ParseAll(p, $"policy{i}.yaml")[0];
            return new KyvernoPolicySource((JsonObject)DocJson.ToNode(root)!, $"policy{i}.yaml", root.Line, path => DocLocator.Line(root, path));
        }));

    public static IReadOnlyList<KyvernoRuleResult> Run(KyvernoPolicySet set, string resource, KyvernoRequestContext? context = null)
    {
        Assert.Empty(set.Problems);
        return set.Evaluate(Yaml(resource), context);
    }

    /// <summary>Re-indents a YAML block: its least indented line starts at <paramref name="indent"/>.</summary>
    public static string Block(string text, int indent)
    {
        var lines = text.Replace("\r", string.Empty, System.StringComparison.Ordinal).Split('\n').Where(l => l.Trim().Length > 0).ToList();
        if (lines.Count == 0)
        {
            return string.Empty;
        }

        var least = lines.Min(l => l.Length - l.TrimStart(' ').Length);
        return string.Join("\n", lines.Select(l => new string(' ', indent) + l[least..]));
    }

    /// <summary>"rule=Outcome" for each result, in order.</summary>
    public static string[] Outcomes(KyvernoPolicySet set, string resource, KyvernoRequestContext? context = null) =>
        Run(set, resource, context).Select(r => r.Rule + "=" + r.Outcome).ToArray();

    /// <summary>A ClusterPolicy with one rule given as YAML lines under <c>rules:</c> (indented by 2).</summary>
    public static string Policy(string rules, string annotations = "", string action = "Audit") => $"""
        apiVersion: kyverno.io/v1
        kind: ClusterPolicy
        metadata:
          name: p
        {annotations}
        spec:
          validationFailureAction: {action}
          background: true
          rules:
        {rules}
        """;

    public const string Pod = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
          namespace: apps
          labels:
            app: web
            tier: front
          annotations:
            team: blue
        spec:
          containers:
          - name: c1
            image: nginx:1.25
          - name: c2
            image: busybox:latest
            securityContext:
              capabilities:
                drop: ["all"]
        """;

    public const string Deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          namespace: apps
        spec:
          template:
            metadata:
              labels:
                app: web
            spec:
              containers:
              - name: c1
                image: nginx:latest
        """;

    public const string CronJob = """
        apiVersion: batch/v1
        kind: CronJob
        metadata:
          name: nightly
          namespace: apps
        spec:
          schedule: "0 0 * * *"
          jobTemplate:
            spec:
              template:
                spec:
                  containers:
                  - name: c1
                    image: nginx:latest
        """;
}
