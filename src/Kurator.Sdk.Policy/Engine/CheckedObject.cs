namespace Kurator.Sdk.Policy.Engine;

/// <summary>What a rule is judged on: the pod spec or metadata, one container, or one volume.</summary>
internal sealed class CheckedObject<TNode>
    where TNode : class, IPolicyNode<TNode>
{
    public CheckedObject(TNode node, string path, string subject)
    {
        Node = node;
        Path = path;
        Subject = subject;
    }

    public TNode Node { get; }

    /// <summary>Its path in the evaluated object (empty when the front end does not use paths).</summary>
    public string Path { get; }

    /// <summary>PSA's wording of what a violation is about: <c>pod</c>, <c>container "app"</c>, <c>volume "data"</c>.</summary>
    public string Subject { get; }

    /// <summary>The same object named as another subject (per-container annotations are about the container).</summary>
    public CheckedObject<TNode> About(string subject) => new CheckedObject<TNode>(Node, Path, subject);
}
