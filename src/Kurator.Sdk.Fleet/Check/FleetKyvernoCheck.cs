using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Kurator.Sdk.Fleet.Model;
using Kurator.Sdk.Policy.Kyverno;
using Kurator.Sdk.Policy.Reporting;

namespace Kurator.Sdk.Fleet.Check;

/// <summary>
/// A fleet's own Kyverno policies before deploy: each cluster's objects are judged by the ClusterPolicies/Policies the
/// app puts on that same cluster (that is where Kyverno will admit them) plus the <c>--policy</c> files, which apply
/// everywhere. A failure of an Enforce rule blocks apply, as the admission controller would reject the object; so does a
/// rule of an Enforce policy that cannot be evaluated here (fail closed). Audit results are reported, not blocking.
/// </summary>
internal sealed class FleetKyvernoCheck
{
    private readonly List<KyvernoPolicySource> _files;
    private readonly List<CheckFinding> _fileProblems = [];
    private readonly Dictionary<string, KyvernoPolicySet> _compiled = new(StringComparer.Ordinal);

    public FleetKyvernoCheck(IReadOnlyList<string>? policyFiles)
    {
        if (policyFiles is null || policyFiles.Count == 0)
        {
            _files = [];
            return;
        }

        var (sources, problems) = KyvernoPolicyFiles.Read(policyFiles);
        _files = sources;
        _fileProblems.AddRange(problems.Select(p => new CheckFinding("--policy", "-", "kyverno", p, true)));
    }

    /// <summary>The findings of every cluster of <paramref name="plan"/>, the unreadable policy files first.</summary>
    public IEnumerable<CheckFinding> Run(DeploymentPlan plan)
    {
        var findings = new List<CheckFinding>(_fileProblems);
        var reportedProblems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var target in plan.Targets)
        {
            var typed = target.Objects.Where(KyvernoPolicyFiles.IsPolicy)
                .Select(o => new KyvernoPolicySource(o, "cluster " + target.Name))
                .ToList();
            if (typed.Count == 0 && _files.Count == 0)
            {
                continue;
            }

            var set = Compile(typed);
            foreach (var problem in set.Problems.Where(p => reportedProblems.Add(p.ToString())))
            {
                findings.Add(new CheckFinding(target.Name, problem.File, "kyverno", $"{problem.Path}: {problem.Message}", true));
            }

            var context = new KyvernoRequestContext { NamespaceLabels = NamespaceLabels(target.Objects) };
            // Evaluated on all cores; the findings stay in object order.
            var results = set.EvaluateAll(target.Objects, context);
            for (var i = 0; i < target.Objects.Count; i++)
            {
                var obj = target.Objects[i];
                foreach (var result in results[i].Where(KyvernoFinding.IsFinding))
                {
                    var message = KyvernoFinding.Describe(result);
                    findings.Add(new CheckFinding(
                        target.Name,
                        PolicyCheck.Describe(obj),
                        result.Policy + "/" + result.Rule,
                        result.Path.Length == 0 ? message : result.Path + ": " + message,
                        result.Enforce));
                }
            }
        }

        return findings;
    }

    // Clusters that get the same policies share one compiled set (a fleet's members usually do).
    private KyvernoPolicySet Compile(List<KyvernoPolicySource> typed)
    {
        var key = string.Join("\n", typed.Select(s => s.Document.ToJsonString()));
        if (!_compiled.TryGetValue(key, out var set))
        {
            _compiled[key] = set = KyvernoPolicySet.Load(_files.Concat(typed));
        }

        return set;
    }

    // namespaceSelector needs the labels of the namespace: the ones this cluster gets from the app are known; any other
    // namespace is unknown, and a rule that depends on it is reported as not evaluated.
    private static Func<string, IReadOnlyDictionary<string, string>?> NamespaceLabels(IReadOnlyList<JsonObject> objects)
    {
        var labels = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var ns in objects.Where(o => o["kind"] is JsonValue k && k.TryGetValue<string>(out var kind) && kind == "Namespace" && o["apiVersion"] is JsonValue v && v.TryGetValue<string>(out var version) && version == "v1"))
        {
            if (ns["metadata"]?["name"] is JsonValue n && n.TryGetValue<string>(out var name))
            {
                var own = (ns["metadata"]?["labels"] as JsonObject ?? new JsonObject())
                    .Where(l => l.Value is JsonValue lv && lv.TryGetValue<string>(out _))
                    .ToDictionary(l => l.Key, l => l.Value!.GetValue<string>(), StringComparer.Ordinal);
                // The API server sets this label on every namespace; selectors commonly use it.
                own["kubernetes.io/metadata.name"] = name;
                labels[name] = own;
            }
        }

        return name => labels.TryGetValue(name, out var found) ? found : null;
    }
}
