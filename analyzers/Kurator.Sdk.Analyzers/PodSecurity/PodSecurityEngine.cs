using System.Collections.Concurrent;
using System.Collections.Generic;
using Kurator.Sdk.Analyzers.Model;
using Kurator.Sdk.Policy.Rules;
using Microsoft.CodeAnalysis;

namespace Kurator.Sdk.Analyzers.PodSecurity;

/// <summary>Per-compilation evaluation of built objects at a level and version (rule selections cached).</summary>
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
                PodSpecEvaluator.Evaluate(node, checks, sink);
            }
            else if (node.Parent is null)
            {
                anchored.Evaluate(node, sink);
            }
        }

        return sink.Findings;
    }
}
