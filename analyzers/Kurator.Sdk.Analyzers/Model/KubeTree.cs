using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Kurator.Sdk.Analyzers.Model;

/// <summary>The generated objects one operation block (a method, a lambda-bearing field initializer, top-level code) builds.</summary>
internal sealed class KubeTree
{
    public KubeTree(IReadOnlyList<KubeNode> nodes) => Nodes = nodes;

    /// <summary>Every tracked object, in the order it was first seen.</summary>
    public IReadOnlyList<KubeNode> Nodes { get; }

    /// <summary>Builds the tree of one block.</summary>
    public static KubeTree Build(KubeSymbols symbols, ImmutableArray<IOperation> blocks, CancellationToken cancellationToken)
    {
        var builder = new KubeTreeBuilder(symbols, cancellationToken);
        foreach (var block in blocks)
        {
            builder.Visit(block);
        }

        return new KubeTree(builder.Nodes);
    }

    /// <summary>Objects of the given type.</summary>
    public IEnumerable<KubeNode> OfType(ITypeSymbol? type)
    {
        if (type is null)
        {
            yield break;
        }

        foreach (var node in Nodes)
        {
            if (SymbolEqualityComparer.Default.Equals(node.Type, type))
            {
                yield return node;
            }
        }
    }
}
