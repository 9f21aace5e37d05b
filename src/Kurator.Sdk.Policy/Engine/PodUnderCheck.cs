using System.Collections.Generic;

namespace Kurator.Sdk.Policy.Engine;

/// <summary>
/// A pod spec prepared for the checks: its metadata, its containers (all three lists, in PSA's visiting order), its
/// volumes, and the facts the relaxations depend on.
/// </summary>
internal sealed class PodUnderCheck<TNode>
    where TNode : class, IPolicyNode<TNode>
{
    private static readonly string[] ContainerLists = { "initContainers", "containers", "ephemeralContainers" };

    /// <param name="spec">The pod spec.</param>
    /// <param name="specPath">Its path in the evaluated object (empty when the front end does not use paths).</param>
    /// <param name="metadata">The pod metadata, or null when there is none.</param>
    /// <param name="metadataPath">Where the pod metadata is (or would be).</param>
    public PodUnderCheck(TNode spec, string specPath, TNode? metadata, string metadataPath)
    {
        Spec = new CheckedObject<TNode>(spec, specPath, SubjectText.Pod);
        Metadata = metadata is null ? null : new CheckedObject<TNode>(metadata, metadataPath, SubjectText.Pod);
        var containers = new List<CheckedObject<TNode>>();
        foreach (var list in ContainerLists)
        {
            containers.AddRange(Items(spec, specPath, list, SubjectText.Container));
        }

        Containers = containers;
        Volumes = Items(spec, specPath, "volumes", SubjectText.Volume);
        // hostUsers is a boolean: a string "false" (invalid, the API server rejects it) relaxes nothing (fail closed).
        UserNamespace = Fact(spec, "hostUsers", "false", isBoolean: true);
        Windows = Fact(spec, "os.name", "windows", isBoolean: false);
    }

    public CheckedObject<TNode> Spec { get; }

    public CheckedObject<TNode>? Metadata { get; }

    public IReadOnlyList<CheckedObject<TNode>> Containers { get; }

    public IReadOnlyList<CheckedObject<TNode>> Volumes { get; }

    /// <summary><c>spec.hostUsers: false</c>: the pod runs in its own user namespace.</summary>
    public PodFact UserNamespace { get; }

    /// <summary><c>spec.os.name: windows</c>.</summary>
    public PodFact Windows { get; }

    private static List<CheckedObject<TNode>> Items(TNode spec, string specPath, string field, System.Func<string?, string> subject)
    {
        var result = new List<CheckedObject<TNode>>();
        if (spec.Field(field) is not { Kind: PolicyNodeKind.List } list)
        {
            return result;
        }

        var listPath = PathText.Property(specPath, field);
        var i = 0;
        foreach (var item in list.Items())
        {
            if (item.Kind == PolicyNodeKind.Object)
            {
                var name = item.Field("name") is { Kind: PolicyNodeKind.Scalar } n ? n.Text : null;
                result.Add(new CheckedObject<TNode>(item, PathText.Index(listPath, i), subject(name)));
            }

            i++;
        }

        return result;
    }

    private static PodFact Fact(TNode spec, string path, string text, bool isBoolean)
    {
        var result = PodFact.No;
        foreach (var match in PathWalker.Resolve(spec, RulePath.Parse(path)))
        {
            if (match.IsOpaque)
            {
                return PodFact.Unknown;
            }

            if (match.Kind == PolicyNodeKind.Scalar && match.Node!.Text == text && !(isBoolean && match.Node.IsString))
            {
                result = PodFact.Yes;
            }
        }

        return result;
    }
}

/// <summary>A fact about a pod that its front end may not settle.</summary>
internal enum PodFact
{
    No,
    Yes,
    Unknown,
}
