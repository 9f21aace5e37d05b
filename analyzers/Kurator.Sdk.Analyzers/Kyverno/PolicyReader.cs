using System;
using System.Collections.Generic;
using Kurator.Sdk.Analyzers.Model;
using Kurator.Sdk.Analyzers.PodSecurity;
using Kurator.Sdk.Policy.Kyverno.Patterns;

namespace Kurator.Sdk.Analyzers.Kyverno;

/// <summary>
/// Reads the Kyverno <c>ClusterPolicy</c>/<c>Policy</c> objects a tree builds into their decidable validate rules:
/// constant names, kinds and patterns. A rule with preconditions, context, deny, CEL, podSecurity, variables or
/// anything computed is left out (no diagnostic): <c>kurator-sdk check</c> evaluates it on the rendered objects.
/// </summary>
internal static class PolicyReader
{
    public const string AutogenAnnotation = "pod-policies.kyverno.io/autogen-controllers";

    private const string Group = "kyverno.io";

    private static readonly string[] AllControllers = { "DaemonSet", "Deployment", "Job", "StatefulSet", "ReplicaSet", "ReplicationController", "CronJob" };

    /// <summary>Validate rule parts the analyzer does not evaluate: a rule with any of them is left to check.</summary>
    private static readonly string[] UndecidedValidateFields = { "deny", "cel", "podSecurity", "assert", "manifests", "failureActionOverrides" };

    private static readonly string[] UndecidedRuleFields = { "preconditions", "celPreconditions", "context" };

    private static readonly string[] UndecidedForeachFields = { "preconditions", "context", "deny", "foreach" };

    public static IEnumerable<KyvernoPolicy> Find(KubeTree tree, ApiKind.Reader kinds)
    {
        foreach (var node in tree.Nodes)
        {
            if (node.Parent is null && kinds.Of(node.Type) is { Group: Group, Kind: "ClusterPolicy" or "Policy" } kind && Read(node, kind) is { } policy)
            {
                yield return policy;
            }
        }
    }

    private static KyvernoPolicy? Read(KubeNode node, ApiKind kind)
    {
        var metadata = node.Get("metadata")?.Value.Node;
        var spec = node.Get("spec")?.Value.Node;
        var name = Literals.Text(metadata, "name");
        var ns = Literals.Text(metadata, "namespace");
        var rules = Literals.Nodes(spec, "rules");
        if (name is null || (kind.Kind == "Policy" && ns is null) || spec is null || spec.IsOpen || rules is null)
        {
            return null;
        }

        foreach (var rule in rules)
        {
            if (rule.IsOpen)
            {
                return null; // an unseen part of any rule can change what all rules mean (autogen)
            }
        }

        var policy = new KyvernoPolicy(name, kind.Kind == "Policy" ? ns : null, AutogenControllers(metadata, rules));
        var enforce = IsEnforce(Literals.Text(spec, "validationFailureAction") ?? Literals.Text(spec, "failureAction"));
        var overridden = Literals.IsSet(spec, "validationFailureActionOverrides");
        foreach (var ruleNode in rules)
        {
            if (ReadRule(policy, ruleNode, enforce, overridden) is { } rule)
            {
                policy.Rules.Add(rule);
            }
        }

        return policy;
    }

    private static PolicyRule? ReadRule(KyvernoPolicy policy, KubeNode rule, bool policyEnforces, bool overridden)
    {
        var name = Literals.Text(rule, "name");
        var validate = rule.Get("validate")?.Value.Node;
        if (name is null || validate is null || validate.IsOpen || AnySet(rule, UndecidedRuleFields) || AnySet(validate, UndecidedValidateFields))
        {
            return null;
        }

        var checks = new List<PatternCheck>();
        if (!AddCheck(checks, validate, null))
        {
            return null;
        }

        if (Literals.IsSet(validate, "foreach"))
        {
            var entries = Literals.Nodes(validate, "foreach");
            if (entries is null)
            {
                return null;
            }

            foreach (var entry in entries)
            {
                if (entry.IsOpen || AnySet(entry, UndecidedForeachFields) || ListPath(Literals.Text(entry, "list")) is not { } path
                    || !AddCheck(checks, entry, path) || !(Literals.IsSet(entry, "pattern") || Literals.IsSet(entry, "anyPattern")))
                {
                    return null;
                }
            }
        }

        if (checks.Count == 0)
        {
            return null;
        }

        // A rule's own failureAction wins over the policy's; per-namespace overrides are not decided here (warning).
        var action = Literals.Text(validate, "failureAction");
        var enforce = !overridden && (action is not null ? IsEnforce(action) : policyEnforces);
        var match = MatchBlock.Read(rule.Get("match"));
        var exclude = MatchBlock.Read(rule.Get("exclude"));
        var result = new PolicyRule(policy, name, Literals.Text(validate, "message") ?? string.Empty, enforce, match, exclude, checks);
        result.AppliesToTemplates = policy.AutogenControllers.Count > 0 && AllPods(match);
        return result;
    }

    // Adds the pattern/anyPattern of a validate block or foreach entry; false when one is present but not decidable.
    private static bool AddCheck(List<PatternCheck> checks, KubeNode owner, IReadOnlyList<string>? listPath)
    {
        if (owner.Get("pattern") is { Value.IsNull: false } pattern)
        {
            if (!Literals.IsDecidablePattern(pattern.Value))
            {
                return false;
            }

            checks.Add(new PatternCheck(new[] { PatternCompiler.Compile(TreeNode.Of(pattern.Value, pattern.Location)) }, any: false, listPath));
        }

        if (owner.Get("anyPattern") is { Value.IsNull: false } anyPattern)
        {
            if (!Literals.IsDecidablePattern(anyPattern.Value) || anyPattern.Value.List is not { Items.Count: > 0 } alternatives)
            {
                return false;
            }

            var compiled = new List<PatternElement>(alternatives.Items.Count);
            foreach (var alternative in alternatives.Items)
            {
                compiled.Add(PatternCompiler.Compile(TreeNode.Of(alternative.Value, alternative.Location)));
            }

            checks.Add(new PatternCheck(compiled, any: true, listPath));
        }

        return true;
    }

    // "request.object.spec.containers" (or with a trailing [] flatten) -> spec, containers; any other JMESPath -> null.
    private static IReadOnlyList<string>? ListPath(string? list)
    {
        const string Prefix = "request.object.";
        if (list is null)
        {
            return null;
        }

        list = list.Trim();
        if (list.EndsWith("[]", StringComparison.Ordinal))
        {
            list = list.Substring(0, list.Length - 2);
        }

        if (!list.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var segments = list.Substring(Prefix.Length).Split('.');
        foreach (var segment in segments)
        {
            if (segment.Length == 0)
            {
                return null;
            }

            foreach (var c in segment)
            {
                if (!(c is >= 'a' and <= 'z' || c is >= 'A' and <= 'Z' || c is >= '0' and <= '9' || c == '_'))
                {
                    return null;
                }
            }
        }

        return segments;
    }

    // Kyverno's CanAutoGen and the autogen-controllers annotation: which controllers get the policy's Pod rules.
    private static IReadOnlyCollection<string> AutogenControllers(KubeNode? metadata, IReadOnlyList<KubeNode> rules)
    {
        foreach (var rule in rules)
        {
            if (Literals.IsSet(rule, "generate") || Literals.IsSet(rule.Get("mutate")?.Value.Node, "patchesJson6902"))
            {
                return Array.Empty<string>();
            }

            foreach (var block in new[] { MatchBlock.Read(rule.Get("match")), MatchBlock.Read(rule.Get("exclude")) })
            {
                foreach (var filter in block.Filters)
                {
                    if (filter.BlocksAutogen)
                    {
                        return Array.Empty<string>();
                    }
                }
            }
        }

        var annotations = metadata?.Get("annotations")?.Value;
        if (annotations is null || annotations.IsNull)
        {
            return metadata is { IsOpen: false } ? AllControllers : Array.Empty<string>();
        }

        if (annotations.Map is not { } map)
        {
            return Array.Empty<string>();
        }

        if (!map.Entries.TryGetValue(AutogenAnnotation, out var requested))
        {
            return map.IsOpen ? Array.Empty<string>() : AllControllers;
        }

        var text = requested.Value.Kind == KubeValueKind.Scalar ? requested.Value.Text?.Trim() : null;
        if (text is null || text == "none")
        {
            return Array.Empty<string>();
        }

        if (text.Length == 0)
        {
            return AllControllers;
        }

        var controllers = new List<string>();
        foreach (var part in text.Split(','))
        {
            if (part.Trim().Length > 0)
            {
                controllers.Add(part.Trim());
            }
        }

        return controllers;
    }

    private static bool AllPods(MatchBlock match)
    {
        var any = false;
        foreach (var filter in match.Filters)
        {
            if (!filter.SelectsOnlyPods)
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    private static bool IsEnforce(string? action) => string.Equals(action, "Enforce", StringComparison.OrdinalIgnoreCase);

    private static bool AnySet(KubeNode node, string[] fields)
    {
        foreach (var field in fields)
        {
            if (Literals.IsSet(node, field))
            {
                return true;
            }
        }

        return false;
    }
}
