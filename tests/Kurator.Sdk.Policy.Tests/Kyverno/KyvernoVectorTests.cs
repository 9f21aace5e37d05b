using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Policy.Kyverno.Patterns.Runtime;
using Kurator.Sdk.PolicyParity.Yaml;

namespace Kurator.Sdk.Policy.Tests.Kyverno;

/// <summary>
/// The shared Kyverno test vectors (policy, resources, kyverno-test.yaml): every expected pass/fail of a rule whose
/// only check is a pattern, an anyPattern or a foreach of patterns over plain <c>request.object</c> lists (no
/// preconditions, no deny) must come out the same. Pod rules are applied to pod controllers as Kyverno's
/// auto-generated rules are (the pattern under the pod template).
/// </summary>
public class KyvernoVectorTests
{
    private static readonly string[] Controllers = { "Deployment", "DaemonSet", "StatefulSet", "Job", "ReplicaSet", "ReplicationController" };

    public static IEnumerable<object[]> PatternPolicies() => new[]
    {
        "best-practices/disallow-default-namespace",
        "best-practices/require-ro-rootfs",
        "best-practices/disallow-latest-tag",
        "best-practices/require-pod-requests-limits",
        "best-practices/restrict-service-external-ips",
        "best-practices/restrict-image-registries",
        "best-practices/restrict-node-port",
        "best-practices/disallow-helm-tiller",
        "best-practices/require-labels",
        "best-practices/disallow-cri-sock-mount",
        "pod-security/baseline/restrict-sysctls",
        "pod-security/baseline/restrict-seccomp",
        "pod-security/baseline/disallow-host-namespaces",
        "pod-security/baseline/disallow-selinux",
        "pod-security/baseline/disallow-host-process",
        "pod-security/baseline/disallow-host-ports",
        "pod-security/baseline/disallow-proc-mount",
        "pod-security/baseline/disallow-host-path",
        "pod-security/baseline/restrict-apparmor-profiles",
        "pod-security/baseline/disallow-privileged-containers",
        "pod-security/restricted/require-run-as-non-root-user",
        "pod-security/restricted/restrict-seccomp-strict",
        "pod-security/restricted/disallow-privilege-escalation",
        "pod-security/restricted/require-run-as-nonroot",
    }.Select(p => new object[] { p });

    [Theory]
    [MemberData(nameof(PatternPolicies))]
    public void Pattern_rules_give_the_results_the_Kyverno_test_expects(string policyDir)
    {
        var outcome = Evaluate(Path.Combine(VectorsRoot(), policyDir));

        Assert.True(outcome.Checked > 0, policyDir + ": no pattern result was checked");
        Assert.True(outcome.Mismatches.Count == 0, policyDir + ": " + string.Join("\n", outcome.Mismatches));
    }

    [Fact]
    public void Every_pattern_result_of_the_vectors_is_checked()
    {
        var total = PatternPolicies().Sum(p => Evaluate(Path.Combine(VectorsRoot(), (string)p[0])).Checked);

        // 24 policies, 699 resource x rule results (Pods, controllers through autogen, Services, ...): none may drop out.
        Assert.Equal(699, total);
    }

    private sealed record Outcome(int Checked, List<string> Mismatches);

    private static Outcome Evaluate(string dir)
    {
        var testFile = Path.Combine(dir, ".kyverno-test", "kyverno-test.yaml");
        var test = YamlJsonLoader.LoadFile(testFile).Single().Root!;
        var policies = test["policies"]!.AsArray().SelectMany(p => YamlJsonLoader.LoadFile(Path.Combine(dir, ".kyverno-test", (string)p!)).Select(d => d.Root!)).ToList();
        var resources = test["resources"]!.AsArray().SelectMany(r => YamlJsonLoader.LoadFile(Path.Combine(dir, ".kyverno-test", (string)r!)).Select(d => d.Root)).OfType<JsonObject>().ToList();
        var mismatches = new List<string>();
        var count = 0;
        foreach (var result in test["results"]!.AsArray().OfType<JsonObject>())
        {
            var policy = policies.FirstOrDefault(p => (string?)p["metadata"]?["name"] == (string?)result["policy"]);
            var rule = policy?["spec"]?["rules"]?.AsArray().OfType<JsonObject>().FirstOrDefault(r => (string?)r["name"] == (string?)result["rule"]);
            var validate = rule?["validate"];
            if (policy is null || rule is null || validate is null || rule["preconditions"] is not null || (validate["pattern"] is null && validate["anyPattern"] is null && !IsPatternForeach(validate)))
            {
                continue;
            }

            var kind = (string)result["kind"]!;
            var expected = (string)result["result"]!;
            var names = result["resources"] is JsonArray list ? list.Select(n => (string)n!).ToList() : new List<string> { (string)result["resource"]! };
            foreach (var name in names)
            {
                var resource = resources.FirstOrDefault(r => (string?)r["kind"] == kind && (string?)r["metadata"]?["name"] == name.Split('/').Last());
                if (resource is null)
                {
                    mismatches.Add(kind + "/" + name + ": resource not found");
                    continue;
                }

                var actual = Judge(policy, rule, validate, resource);
                if (actual is null)
                {
                    mismatches.Add(kind + "/" + name + " " + result["rule"] + ": the rule does not apply to this kind");
                    continue;
                }

                count++;
                if (!string.Equals(actual, expected, StringComparison.Ordinal))
                {
                    mismatches.Add(kind + "/" + name + " " + result["rule"] + ": expected " + expected + ", got " + actual);
                }
            }
        }

        return new Outcome(count, mismatches);
    }

    // The rule's result for a resource: pass/fail/skip/unknown/error; null when the rule does not match its kind.
    private static string? Judge(JsonNode policy, JsonObject rule, JsonNode validate, JsonObject resource)
    {
        var kind = (string)resource["kind"]!;
        var kinds = RuleKinds(rule);
        var path = kinds.Contains(kind) ? Array.Empty<string>() : AutogenPath(policy, kinds, kind);
        if (path is null)
        {
            return null;
        }

        if (validate["foreach"] is JsonArray loops)
        {
            return Foreach(loops, path, resource);
        }

        var result = validate["pattern"] is { } pattern
            ? KyvernoPattern.Compile(Wrap(pattern, path)).Match(resource)
            : KyvernoPattern.MatchAny(validate["anyPattern"]!.AsArray().Select(p => KyvernoPattern.Compile(Wrap(p, path))).ToList(), resource);
        return result.Status.ToString().ToLowerInvariant();
    }

    // foreach over request.object lists: every element must match its entry's pattern; an absent list has none.
    private static string Foreach(JsonArray loops, string[] autogenPath, JsonObject resource)
    {
        foreach (var loop in loops.OfType<JsonObject>())
        {
            var list = Resolve(resource, autogenPath.Concat(((string)loop["list"]!).Split('.').Skip(2)));
            var pattern = KyvernoPattern.Compile(loop["pattern"]);
            foreach (var element in (list as JsonArray) ?? new JsonArray())
            {
                var status = pattern.Match(element).Status;
                if (status != KyvernoPatternStatus.Pass)
                {
                    return status.ToString().ToLowerInvariant();
                }
            }
        }

        return "pass";
    }

    private static JsonNode? Resolve(JsonNode? node, IEnumerable<string> path)
    {
        foreach (var segment in path)
        {
            node = node is JsonObject obj ? obj[segment] : null;
        }

        return node;
    }

    private static bool IsPatternForeach(JsonNode validate) =>
        validate["foreach"] is JsonArray loops && loops.All(l =>
            l?["pattern"] is not null && l["preconditions"] is null && l["deny"] is null
            && l["list"] is JsonValue v && ((string)v!).StartsWith("request.object.", StringComparison.Ordinal)
            && ((string)v!).All(c => char.IsLetterOrDigit(c) || c == '.'));

    private static HashSet<string> RuleKinds(JsonObject rule)
    {
        var kinds = new HashSet<string>();
        var match = rule["match"];
        foreach (var block in new[] { match?["resources"] }.Concat(match?["any"]?.AsArray().Select(b => b?["resources"]) ?? Array.Empty<JsonNode?>()).Concat(match?["all"]?.AsArray().Select(b => b?["resources"]) ?? Array.Empty<JsonNode?>()))
        {
            foreach (var k in block?["kinds"]?.AsArray() ?? new JsonArray())
            {
                kinds.Add(((string)k!).Split('/').Last());
            }
        }

        return kinds;
    }

    // Where Kyverno's auto-generated rule puts a Pod pattern for a controller kind; null when it generates none.
    private static string[]? AutogenPath(JsonNode policy, HashSet<string> kinds, string kind)
    {
        var controllers = (string?)policy["metadata"]?["annotations"]?["pod-policies.kyverno.io/autogen-controllers"];
        if (!kinds.Contains("Pod") || controllers == "none" || (controllers is not null && !controllers.Split(',').Contains(kind)))
        {
            return null;
        }

        if (kind == "CronJob")
        {
            return new[] { "spec", "jobTemplate", "spec", "template" };
        }

        return Controllers.Contains(kind) ? new[] { "spec", "template" } : null;
    }

    private static JsonNode? Wrap(JsonNode? pattern, string[] path)
    {
        var node = pattern?.DeepClone();
        for (var i = path.Length - 1; i >= 0; i--)
        {
            node = new JsonObject { [path[i]] = node };
        }

        return node;
    }

    private static string VectorsRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "test-vectors", "kyverno-policies");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("shared/test-vectors/kyverno-policies not found beside the repository (CI lays shared/ next to the clone)");
    }
}
