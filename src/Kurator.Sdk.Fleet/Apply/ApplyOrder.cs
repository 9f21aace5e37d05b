using System;
using System.Collections.Generic;
using System.Linq;
using Kurator.Sdk.Fleet.Model;

namespace Kurator.Sdk.Fleet.Apply;

/// <summary>
/// Apply order: CRDs and Namespaces form the first phase (the rest depends on them), then the other kinds by the usual
/// tie-break order (cli-utils/Flux: RBAC and config before workloads, custom resources after built-ins), then by name.
/// Deletion uses the reverse.
/// </summary>
internal static class ApplyOrder
{
    private static readonly string[] KindOrder =
    [
        "CustomResourceDefinition", "Namespace", "ResourceQuota", "StorageClass", "PriorityClass", "ServiceAccount",
        "Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding", "ConfigMap", "Secret", "Service", "LimitRange",
        "Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob", "PodDisruptionBudget",
    ];

    /// <summary>True for the kinds that must exist before anything else is applied.</summary>
    public static bool IsFoundation(ObjectRef r) =>
        (r.Kind == "CustomResourceDefinition" && r.Group == "apiextensions.k8s.io") || (r.Kind == "Namespace" && r.Group.Length == 0);

    /// <summary>Sorts for creation.</summary>
    public static IReadOnlyList<T> ForApply<T>(IEnumerable<T> items, Func<T, ObjectRef> key) =>
        items.OrderBy(i => Rank(key(i))).ThenBy(i => key(i).Group, StringComparer.Ordinal).ThenBy(i => key(i).Kind, StringComparer.Ordinal)
            .ThenBy(i => key(i).Namespace, StringComparer.Ordinal).ThenBy(i => key(i).Name, StringComparer.Ordinal).ToList();

    /// <summary>Sorts for deletion (custom resources before their CRDs, Namespaces last).</summary>
    public static IReadOnlyList<T> ForDelete<T>(IEnumerable<T> items, Func<T, ObjectRef> key) => ForApply(items, key).Reverse().ToList();

    private static int Rank(ObjectRef r)
    {
        var builtIn = r.Group.Length == 0 || !r.Group.Contains('.', StringComparison.Ordinal) || r.Group.EndsWith(".k8s.io", StringComparison.Ordinal);
        var index = Array.IndexOf(KindOrder, r.Kind);
        if (builtIn && index >= 0) return index;
        // Other built-ins next, custom resources last.
        return builtIn ? KindOrder.Length : KindOrder.Length + 1;
    }
}
