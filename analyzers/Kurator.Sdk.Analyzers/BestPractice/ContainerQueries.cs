using Kurator.Sdk.Analyzers.Model;

namespace Kurator.Sdk.Analyzers.BestPractice;

/// <summary>Which tracked objects are containers of a pod spec.</summary>
internal static class ContainerQueries
{
    public static bool IsContainer(this KubeNode node) =>
        node.Is("Kurator.Sdk.Kubernetes.Core.V1", "Container") || node.Is("Kurator.Sdk.Kubernetes.Core.V1", "EphemeralContainer");

    /// <summary>A container placed in a pod spec's list in the analyzed code (so its surroundings are known).</summary>
    public static bool IsInPodList(this KubeNode node, string list) =>
        node.IsContainer() && node.ParentField == list && node.Parent is { } parent && parent.Is("Kurator.Sdk.Kubernetes.Core.V1", "PodSpec");

    /// <summary>True when the pod belongs to a run-to-completion workload (batch Job, CronJob, Volcano Job).</summary>
    public static bool InBatchWorkload(this KubeNode node)
    {
        // Bounded: parent links are "first holder wins", but odd code could still link objects in a loop.
        var depth = 0;
        for (var n = node.Parent; n is not null && depth++ < 64; n = n.Parent)
        {
            if (n.Type.ContainingNamespace?.ToDisplayString().Contains(".Batch.") == true)
            {
                return true;
            }
        }

        return false;
    }

    public static string NameSuffix(this KubeNode container) =>
        container.Text("name") is { } name ? " \"" + name + "\"" : string.Empty;
}
