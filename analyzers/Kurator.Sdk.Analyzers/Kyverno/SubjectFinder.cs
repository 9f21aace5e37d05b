using System.Collections.Generic;
using System.Linq;
using Kurator.Sdk.Analyzers.Model;
using Kurator.Sdk.Policy.Kyverno.Autogen;

namespace Kurator.Sdk.Analyzers.Kyverno;

/// <summary>
/// The objects of a tree Kyverno rules apply to: each root object of a generated kind, and for the pod controllers
/// Kyverno generates rules for (DaemonSet, Deployment, Job, StatefulSet, ReplicaSet, ReplicationController at
/// <c>spec.template</c>, CronJob at <c>spec.jobTemplate.spec.template</c>) the Pod of its template.
/// </summary>
internal static class SubjectFinder
{
    /// <summary>The controller kinds by API group, with the path of their pod template (the engine's table).</summary>
    private static readonly Dictionary<(string Group, string Kind), string[]> Templates = PodControllers.All.ToDictionary(c => (c.Group, c.Kind), c => c.TemplatePath.ToArray());

    public static IEnumerable<Subject> Find(KubeTree tree, ApiKind.Reader kinds)
    {
        foreach (var node in tree.Nodes)
        {
            if (node.Parent is not null || kinds.Of(node.Type) is not { } kind)
            {
                continue;
            }

            var metadata = node.Get("metadata")?.Value.Node;
            var name = Literals.Text(metadata, "name");
            var ns = Literals.Text(metadata, "namespace");
            yield return new Subject(kind, node, ResourceNode.Root(node, kind), name, ns, controller: null);

            if (Templates.TryGetValue((kind.Group, kind.Kind), out var path) && Follow(node, path) is { } template)
            {
                yield return new Subject(ApiKind.Pod, node, ResourceNode.PodOf(template), name: null, ns, kind.Kind);
            }
        }
    }

    private static KubeNode? Follow(KubeNode node, string[] path)
    {
        KubeNode? current = node;
        foreach (var step in path)
        {
            current = current?.Get(step)?.Value.Node;
        }

        return current;
    }
}
