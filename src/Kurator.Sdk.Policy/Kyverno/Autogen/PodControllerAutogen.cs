using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace Kurator.Sdk.Policy.Kyverno.Autogen;

/// <summary>
/// Kyverno's auto-generated rules for pod controllers: a policy whose rules match only Pods gets, per rule,
/// <c>autogen-&lt;rule&gt;</c> for DaemonSet, Deployment, Job, StatefulSet, ReplicaSet and ReplicationController (the pod
/// template at <c>spec.template</c>) and <c>autogen-cronjob-&lt;rule&gt;</c> for CronJob
/// (<c>spec.jobTemplate.spec.template</c>), unless the annotation <c>pod-policies.kyverno.io/autogen-controllers</c>
/// narrows the controllers or says <c>none</c>. Like Kyverno, it rewrites the rule's JSON: patterns are wrapped in the
/// template path and <c>request.object.spec</c>/<c>.metadata</c> references are shifted into the template.
/// </summary>
internal static class PodControllerAutogen
{
    public const string ControllersAnnotation = "pod-policies.kyverno.io/autogen-controllers";

    private static readonly string CronJob = PodControllers.CronJob.Kind;

    private static readonly string[] TemplateControllers = PodControllers.WithTemplate.Select(c => c.Kind).ToArray();

    private static readonly HashSet<string> PodAndControllers = new(TemplateControllers.Append(CronJob).Append("Pod"), StringComparer.Ordinal);

    private static readonly Dictionary<string, string> Gvk = PodControllers.All.ToDictionary(c => c.Kind, c => c.Gvk, StringComparer.Ordinal);

    /// <summary>The rule a result is for, without the autogen prefix.</summary>
    public static string SourceRuleName(string rule) =>
        rule.StartsWith("autogen-cronjob-", StringComparison.Ordinal) ? rule["autogen-cronjob-".Length..]
        : rule.StartsWith("autogen-", StringComparison.Ordinal) ? rule["autogen-".Length..]
        : rule;

    /// <summary>
    /// The generated rules of a policy (each with the index of the rule it comes from), in Kyverno's order: for each
    /// rule its controllers rule, then its CronJob rule.
    /// </summary>
    public static List<(JsonObject Rule, int Source)> Generate(JsonObject policy)
    {
        var generated = new List<(JsonObject, int)>();
        if (policy["spec"]?["rules"] is not JsonArray rules || Controllers(policy, rules) is not { Count: > 0 } controllers)
        {
            return generated;
        }

        for (var i = 0; i < rules.Count; i++)
        {
            if (rules[i] is not JsonObject rule || Name(rule).StartsWith("autogen-", StringComparison.Ordinal))
            {
                continue;
            }

            var templateKinds = controllers.Where(c => c != CronJob).ToList();
            if (ForControllers(rule, templateKinds) is { } forControllers)
            {
                generated.Add((Shift(forControllers, "spec.template"), i));
            }

            if (controllers.Contains(CronJob) && ForControllers(rule, templateKinds.Count > 0 ? templateKinds : [CronJob]) is { } inner)
            {
                if (Generate(inner, "autogen-cronjob-" + Name(rule), "jobTemplate", [CronJob], replaceAll: true) is { } cron)
                {
                    generated.Add((Shift(cron, "spec.jobTemplate.spec.template"), i));
                }
            }
        }

        return generated;
    }

    // The controllers to generate for: none when any rule rules autogen out (Kyverno's CanAutoGen), else the annotation's
    // list, else all.
    private static List<string>? Controllers(JsonObject policy, JsonArray rules)
    {
        var needed = false;
        foreach (var rule in rules.OfType<JsonObject>())
        {
            if (rule["generate"] is not null || rule["mutate"]?["patchesJson6902"] is not null)
            {
                return null;
            }

            foreach (var resources in Descriptions(rule["match"] as JsonObject).Concat(Descriptions(rule["exclude"] as JsonObject)))
            {
                var kinds = Kinds(resources).ToList();
                if (resources["name"] is not null || resources["names"] is not null || resources["selector"] is not null || resources["annotations"] is not null
                    || (kinds.Count > 1 && kinds.Contains("Pod")))
                {
                    return null;
                }

                needed |= kinds.Any(PodAndControllers.Contains);
            }
        }

        if (!needed)
        {
            return null;
        }

        var requested = policy["metadata"]?["annotations"]?[ControllersAnnotation] is JsonValue v && v.TryGetValue<string>(out var s) ? s.Trim() : null;
        if (string.IsNullOrEmpty(requested))
        {
            return TemplateControllers.Append(CronJob).ToList();
        }

        return requested == "none" ? null : requested.Split(',').Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
    }

    // Kyverno's generateRuleForControllers: only for rules matching Pod (and, with an exclude by kind, excluding Pods).
    private static JsonObject? ForControllers(JsonObject rule, List<string> controllers)
    {
        var matchKinds = Descriptions(rule["match"] as JsonObject).SelectMany(Kinds).ToList();
        var excludeKinds = Descriptions(rule["exclude"] as JsonObject).SelectMany(Kinds).ToList();
        if (!matchKinds.Contains("Pod") || (excludeKinds.Count > 0 && !excludeKinds.Contains("Pod")))
        {
            return null;
        }

        var kinds = controllers.Where(c => TemplateControllers.Contains(c)).ToList();
        if (kinds.Count == 0)
        {
            kinds = controllers;
        }

        kinds.Sort(StringComparer.Ordinal);
        return Generate(rule, "autogen-" + Name(rule), "template", kinds, replaceAll: false);
    }

    private static JsonObject? Generate(JsonObject source, string name, string templateKey, List<string> kinds, bool replaceAll)
    {
        var rule = (JsonObject)source.DeepClone();
        rule["name"] = name.Length > 63 ? name[..63] : name;
        ReplaceKinds(rule["match"] as JsonObject, kinds, replaceAll, legacyOnlyIfSet: false);
        ReplaceKinds(rule["exclude"] as JsonObject, kinds, replaceAll, legacyOnlyIfSet: true);
        if (rule["validate"] is JsonObject validate)
        {
            Wrap(validate, "pattern", templateKey);
            if (validate["anyPattern"] is JsonArray any)
            {
                for (var i = 0; i < any.Count; i++)
                {
                    var pattern = any[i];
                    any[i] = null;
                    any[i] = new JsonObject { ["spec"] = new JsonObject { [templateKey] = pattern } };
                }
            }

            return rule;
        }

        if (rule["mutate"] is JsonObject mutate)
        {
            Wrap(mutate, "patchStrategicMerge", templateKey);
            return rule;
        }

        return rule["verifyImages"] is not null ? rule : null;
    }

    private static void Wrap(JsonObject parent, string name, string templateKey)
    {
        if (parent[name] is { } pattern)
        {
            parent.Remove(name);
            parent[name] = new JsonObject { ["spec"] = new JsonObject { [templateKey] = pattern } };
        }
    }

    private static void ReplaceKinds(JsonObject? block, List<string> kinds, bool replaceAll, bool legacyOnlyIfSet)
    {
        if (block is null)
        {
            return;
        }

        var list = block["any"] as JsonArray ?? block["all"] as JsonArray;
        if (list is { Count: > 0 })
        {
            foreach (var resources in list.OfType<JsonObject>().Select(f => f["resources"]).OfType<JsonObject>())
            {
                if (replaceAll || Kinds(resources).Contains("Pod"))
                {
                    resources["kinds"] = Gvks(kinds);
                }
            }

            return;
        }

        if (block["resources"] is JsonObject legacy && (!legacyOnlyIfSet || Kinds(legacy).Any()))
        {
            legacy["kinds"] = Gvks(kinds);
        }
    }

    // Moves request.object.spec/metadata references into the pod template (string replacement, as Kyverno does); CEL
    // expressions name the object as object.spec.
    private static JsonObject Shift(JsonObject rule, string template)
    {
        var cel = rule["validate"]?["cel"] is not null;
        var json = rule.ToJsonString();
        json = cel
            ? json.Replace("object.spec", "object." + template + ".spec", StringComparison.Ordinal)
                .Replace("object.metadata", "object." + template + ".metadata", StringComparison.Ordinal)
            : json.Replace("request.object.spec", "request.object." + template + ".spec", StringComparison.Ordinal)
                .Replace("request.object.metadata", "request.object." + template + ".metadata", StringComparison.Ordinal);
        return (JsonObject)JsonNode.Parse(json)!;
    }

    private static JsonArray Gvks(List<string> kinds) => new(kinds.Select(k => (JsonNode)JsonValue.Create(Gvk.GetValueOrDefault(k, k))).ToArray());

    private static IEnumerable<JsonObject> Descriptions(JsonObject? block)
    {
        if (block is null)
        {
            yield break;
        }

        if (block["resources"] is JsonObject legacy)
        {
            yield return legacy;
        }

        foreach (var list in new[] { block["any"], block["all"] }.OfType<JsonArray>())
        {
            foreach (var resources in list.OfType<JsonObject>().Select(f => f["resources"]).OfType<JsonObject>())
            {
                yield return resources;
            }
        }
    }

    private static IEnumerable<string> Kinds(JsonObject resources) =>
        resources["kinds"] is JsonArray a ? a.OfType<JsonValue>().Select(v => v.TryGetValue<string>(out var s) ? s : string.Empty) : [];

    private static string Name(JsonObject rule) => rule["name"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : string.Empty;
}
