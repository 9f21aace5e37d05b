using System;
using Kurator.Sdk.Fleet.Overrides;

namespace Kurator.Sdk.Fleet;

/// <summary>
/// Per-cluster overrides on workloads: <c>w.Add(web).Override(c =&gt; c.Labels["provider"] == "aws", (Deployment d) =&gt; d.Spec!.Replicas = 5)</c>.
/// Every delivery target renders them in its own terms (kustomize patches, Karmada OverridePolicy, OCM per-cluster
/// manifests, KubeVela override policies, or per-cluster objects for direct apply). Overrides selecting the same cluster
/// compose: each runs, in declaration order, on the result of the ones before it.
/// </summary>
public static class OverrideExtensions
{
    /// <summary>Clusters matching <paramref name="when"/> receive <paramref name="workload"/> changed by the typed edit <paramref name="change"/>.</summary>
    public static T Override<T>(this T workload, Func<MemberCluster, bool> when, Action<T> change) where T : KubeObject =>
        workload.Override(ClusterSelector.Where(when), change);

    /// <summary>Clusters matching <paramref name="when"/> receive <paramref name="workload"/> changed by the typed edit <paramref name="change"/>.</summary>
    public static T Override<T>(this T workload, ClusterSelector when, Action<T> change) where T : KubeObject
    {
        ArgumentNullException.ThrowIfNull(change);
        return workload.Override(when, (OverrideBuilder<T> o) => o.Set(change));
    }

    /// <summary>Clusters matching <paramref name="when"/> receive <paramref name="workload"/> changed by helpers and patches (<c>o =&gt; o.Replicas(5).Image(tag: "1.25.1")</c>).</summary>
    public static T Override<T>(this T workload, Func<MemberCluster, bool> when, Action<OverrideBuilder<T>> change) where T : KubeObject =>
        workload.Override(ClusterSelector.Where(when), change);

    /// <summary>Clusters matching <paramref name="when"/> receive <paramref name="workload"/> changed by helpers and patches.</summary>
    public static T Override<T>(this T workload, ClusterSelector when, Action<OverrideBuilder<T>> change) where T : KubeObject
    {
        ArgumentNullException.ThrowIfNull(workload);
        ArgumentNullException.ThrowIfNull(when);
        ArgumentNullException.ThrowIfNull(change);
        var builder = new OverrideBuilder<T>();
        change(builder);
        WorkloadOverrides.Attach(workload, new WorkloadOverride(when, builder.Apply));
        return workload;
    }
}
