using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Policy.Evaluation;
using Kurator.Sdk.Policy.Kyverno.Autogen;

namespace Kurator.Sdk.Policy.Kyverno.Model;

/// <summary>
/// Compiles one ClusterPolicy/Policy document (kyverno.io/v1 or v2beta1): its rules, then the pod-controller rules
/// Kyverno generates from them. Problems name the document's fields; a generated rule's problems are those of the rule
/// it comes from, so they are not reported twice.
/// </summary>
internal static class PolicyCompiler
{
    public static KyvernoPolicy? Compile(KyvernoPolicySource source, List<KyvernoPolicyProblem> problems)
    {
        var reader = new PolicyReader(source, problems);
        var doc = source.Document;
        var apiVersion = reader.String(doc, "apiVersion", string.Empty);
        var kind = reader.String(doc, "kind", string.Empty);
        if (kind is not ("ClusterPolicy" or "Policy"))
        {
            reader.Problem("kind", $"expected ClusterPolicy or Policy, found \"{kind}\"");
            return null;
        }

        if (apiVersion is not ("kyverno.io/v1" or "kyverno.io/v2beta1"))
        {
            reader.Problem("apiVersion", $"expected kyverno.io/v1 or kyverno.io/v2beta1, found \"{apiVersion}\"");
            return null;
        }

        var metadata = reader.Object(doc, "metadata", string.Empty);
        var name = metadata is null ? null : reader.String(metadata, "name", "metadata");
        if (string.IsNullOrEmpty(name))
        {
            reader.Problem("metadata.name", "a policy needs a name");
            return null;
        }

        var ns = kind == "Policy" && metadata is not null ? reader.String(metadata, "namespace", "metadata") ?? "default" : null;
        var spec = reader.Object(doc, "spec", string.Empty);
        if (spec is null)
        {
            reader.Problem("spec", "a policy needs a spec with rules");
            return null;
        }

        // v1 spells the policy-wide action validationFailureAction; later versions also accept failureAction.
        var enforce = RuleCompiler.FailureAction(spec, "validationFailureAction", "spec", reader)
            ?? RuleCompiler.FailureAction(spec, "failureAction", "spec", reader);
        var background = reader.Bool(spec, "background", "spec") ?? true;
        var rules = reader.Array(spec, "rules", "spec");
        if (rules is null || rules.Count == 0)
        {
            reader.Problem("spec.rules", "a policy needs at least one rule");
            return null;
        }

        var compiled = new List<KyvernoRule>();
        var failed = new HashSet<int>();
        for (var i = 0; i < rules.Count; i++)
        {
            var path = FieldPath.Index("spec.rules", i);
            if (rules[i] is not JsonObject rule)
            {
                reader.Problem(path, "expected a rule (a mapping)");
                failed.Add(i);
                continue;
            }

            if (RuleCompiler.Compile(rule, path, enforce, reader) is { } r)
            {
                compiled.Add(r);
            }
            else
            {
                failed.Add(i);
            }
        }

        foreach (var (rule, index) in PodControllerAutogen.Generate(doc))
        {
            if (failed.Contains(index))
            {
                continue;
            }

            // A generated rule is the source rule rewritten: its problems would repeat the source's, so they are kept
            // apart and only a rule that fails here alone is reported (fail closed, never silently dropped).
            var generatedProblems = new List<KyvernoPolicyProblem>();
            var path = FieldPath.Index("spec.rules", index);
            if (RuleCompiler.Compile(rule, path, enforce, new PolicyReader(source, generatedProblems)) is { } r)
            {
                compiled.Add(r);
            }
            else
            {
                reader.Problem(path, $"the pod-controller rule {rule["name"]} generated from this rule is invalid: {generatedProblems.FirstOrDefault()?.Message}");
            }
        }

        return new KyvernoPolicy(name, ns, background, compiled, source);
    }
}
