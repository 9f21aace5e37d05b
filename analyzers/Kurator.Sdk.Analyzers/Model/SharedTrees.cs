using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Kurator.Sdk.Analyzers.Model;

/// <summary>
/// The symbols and block trees of a compilation, shared by the analyzers of this assembly so a method is walked once,
/// not once per analyzer. Entries live as long as the compilation (weakly keyed).
/// </summary>
internal static class SharedTrees
{
    private static readonly ConditionalWeakTable<Compilation, Entry> Entries = new();

    /// <summary>The compilation's SDK symbols, or null when it does not use Kurator.Sdk.</summary>
    public static KubeSymbols? Symbols(Compilation compilation) => Entries.GetValue(compilation, c => new Entry(KubeSymbols.TryCreate(c))).Symbols;

    /// <summary>The tree of an operation block (built on first request).</summary>
    public static KubeTree Tree(KubeSymbols symbols, ImmutableArray<IOperation> blocks, CancellationToken cancellationToken)
    {
        if (blocks.IsEmpty)
        {
            return new KubeTree(System.Array.Empty<KubeNode>());
        }

        var entry = Entries.GetValue(symbols.Compilation, c => new Entry(symbols));
        var key = blocks[0].Syntax;
        if (entry.Trees.TryGetValue(key, out var tree))
        {
            return tree;
        }

        // Built outside GetOrAdd so a cancelled build is not cached.
        tree = KubeTree.Build(symbols, blocks, cancellationToken);
        return entry.Trees.GetOrAdd(key, tree);
    }

    private sealed class Entry
    {
        public Entry(KubeSymbols? symbols) => Symbols = symbols;

        public KubeSymbols? Symbols { get; }

        public ConcurrentDictionary<SyntaxNode, KubeTree> Trees { get; } = new();
    }
}
