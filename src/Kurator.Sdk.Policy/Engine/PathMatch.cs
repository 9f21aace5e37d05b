namespace Kurator.Sdk.Policy.Engine;

/// <summary>What a path leads to: a value, an unset field (and where it would be), or a value nobody can see.</summary>
internal readonly struct PathMatch<TNode>
    where TNode : class, IPolicyNode<TNode>
{
    public PathMatch(TNode? node, string path, string? key, bool unseen = false)
    {
        Node = node;
        Path = path;
        Key = key;
        _unseen = unseen;
    }

    private readonly bool _unseen;

    /// <summary>The value; null (or an <see cref="PolicyNodeKind.Unset"/> node) when the field is unset.</summary>
    public TNode? Node { get; }

    /// <summary>The concrete path from the walk's start, e.g. <c>securityContext.capabilities.add[1]</c>.</summary>
    public string Path { get; }

    /// <summary>The last map key or property name matched (e.g. the annotation key).</summary>
    public string? Key { get; }

    /// <summary>The value's kind; <see cref="PolicyNodeKind.Unseen"/> for the untracked items of an open list.</summary>
    public PolicyNodeKind Kind => _unseen ? PolicyNodeKind.Unseen : Node?.Kind ?? PolicyNodeKind.Unset;

    /// <summary>Set to a value that can be judged (scalar, object or list).</summary>
    public bool IsSet => Kind is PolicyNodeKind.Scalar or PolicyNodeKind.Object or PolicyNodeKind.List;

    public bool IsUnset => Kind == PolicyNodeKind.Unset;

    /// <summary>Unknown or unseen: nothing can be said about it.</summary>
    public bool IsOpaque => Kind is PolicyNodeKind.Unknown or PolicyNodeKind.Unseen;
}
