using System.Collections.Concurrent;
using System.Collections.Generic;
using Kurator.Sdk.Analyzers.Model;
using Kurator.Sdk.Policy.Engine;
using Kurator.Sdk.Policy.Rules;
using Microsoft.CodeAnalysis;

namespace Kurator.Sdk.Analyzers.PodSecurity;

/// <summary>
/// Per-compilation evaluation of built objects at a level and version (rule selections cached), by the evaluator the
/// deploy-time checker uses: containers of all three lists, pod-level defaults inherited by containers, the
/// hostUsers/Windows relaxations.
/// </summary>
internal sealed class PodSecurityEngine
{
    private readonly KubeSymbols _symbols;
    private readonly ConcurrentDictionary<(PodSecurityLevel, PodSecurityVersion), (IReadOnlyList<ActiveCheck>, AnchoredRules)> _rules = new();

    public PodSecurityEngine(KubeSymbols symbols) => _symbols = symbols;

    /// <summary>The violations of every pod spec, and every value rule on objects built outside one.</summary>
    public IReadOnlyList<PodSecurityFinding> Evaluate(KubeTree tree, PodSecurityLevel level, PodSecurityVersion version)
    {
        var sink = new FindingSink();
        if (level == PodSecurityLevel.Privileged)
        {
            return sink.Findings;
        }

        var (checks, anchored) = _rules.GetOrAdd((level, version), key =>
        {
            var active = PodSecurityRules.Active(key.Item1, key.Item2);
            return (active, new AnchoredRules(_symbols, active));
        });

        foreach (var node in tree.Nodes)
        {
            if (SymbolEqualityComparer.Default.Equals(node.Type, _symbols.PodSpec))
            {
                PodSecurityJudge.Evaluate(Pod(node), checks, sink.Add);
            }
            else if (node.Parent is null)
            {
                anchored.Evaluate(node, sink);
            }
        }

        return sink.Findings;
    }

    // The pod metadata is the sibling of a template's spec (a PodTemplateSpec, a Pod).
    private static PodUnderCheck<TreeNode> Pod(KubeNode podSpec)
    {
        var metadata = podSpec.ParentField == "spec" ? podSpec.Parent?.Get("metadata")?.Value.Node : null;
        return new PodUnderCheck<TreeNode>(TreeNode.Of(podSpec), string.Empty, metadata is null ? null : TreeNode.Of(metadata), string.Empty);
    }
}
