using System.Collections.Generic;
using Kurator.Sdk.Analyzers.Model;

namespace Kurator.Sdk.Analyzers.Kyverno;

/// <summary>
/// A rule's <c>match</c> or <c>exclude</c>: <c>any</c> (one filter selects), <c>all</c> (every filter selects), or the
/// legacy single <c>resources</c> block. A block the code computes is unknown.
/// </summary>
internal sealed class MatchBlock
{
    private readonly IReadOnlyList<ResourceFilter> _any;
    private readonly IReadOnlyList<ResourceFilter> _all;
    private readonly bool _known;

    private MatchBlock(IReadOnlyList<ResourceFilter> any, IReadOnlyList<ResourceFilter> all, bool known)
    {
        _any = any;
        _all = all;
        _known = known;
    }

    /// <summary>True when the block has no filter at all (an absent exclude).</summary>
    public bool IsEmpty => _known && _any.Count == 0 && _all.Count == 0;

    /// <summary>Every filter, for the autogen conditions.</summary>
    public IEnumerable<ResourceFilter> Filters
    {
        get
        {
            foreach (var filter in _any)
            {
                yield return filter;
            }

            foreach (var filter in _all)
            {
                yield return filter;
            }
        }
    }

    public static MatchBlock Read(KubeField? field)
    {
        if (field is null || field.Value.IsNull)
        {
            return new MatchBlock(System.Array.Empty<ResourceFilter>(), System.Array.Empty<ResourceFilter>(), known: true);
        }

        if (field.Value.Node is not { IsOpen: false } block)
        {
            return new MatchBlock(System.Array.Empty<ResourceFilter>(), System.Array.Empty<ResourceFilter>(), known: false);
        }

        var anyNodes = Literals.Nodes(block, "any");
        var allNodes = Literals.Nodes(block, "all");
        if (anyNodes is null || allNodes is null)
        {
            return new MatchBlock(System.Array.Empty<ResourceFilter>(), System.Array.Empty<ResourceFilter>(), known: false);
        }

        var any = new List<ResourceFilter>();
        foreach (var node in anyNodes)
        {
            any.Add(ResourceFilter.Read(node));
        }

        var all = new List<ResourceFilter>();
        foreach (var node in allNodes)
        {
            all.Add(ResourceFilter.Read(node));
        }

        // The legacy form: resources/subjects/roles directly in the block, read as one filter.
        if (Literals.IsSet(block, "resources") || Literals.IsSet(block, "subjects") || Literals.IsSet(block, "roles") || Literals.IsSet(block, "clusterRoles"))
        {
            all.Add(ResourceFilter.Read(block));
        }

        return new MatchBlock(any, all, known: true);
    }

    /// <summary>Whether the block selects <paramref name="subject"/> (an empty block selects nothing).</summary>
    public Decision Selects(Subject subject)
    {
        if (!_known)
        {
            return Decision.Unknown;
        }

        if (_any.Count == 0 && _all.Count == 0)
        {
            return Decision.No;
        }

        var anyDecision = _any.Count == 0 ? Decision.Yes : Decision.No;
        foreach (var filter in _any)
        {
            anyDecision = Decisions.Or(anyDecision, filter.Selects(subject));
        }

        var allDecision = Decision.Yes;
        foreach (var filter in _all)
        {
            allDecision = Decisions.And(allDecision, filter.Selects(subject));
        }

        return Decisions.And(anyDecision, allDecision);
    }
}
