using System;
using Kurator.Sdk.Kubernetes.Core.V1;
using Kurator.Sdk.Kurator.Cluster.V1Alpha1;

namespace Kurator.Sdk.Kurator.Fleet.V1Alpha1;

/// <summary>Typed references: fleet members can be given as the cluster objects themselves.</summary>
public sealed partial class FleetSpec
{
    /// <summary>Adds an AttachedCluster object as a member (kind and name are taken from it).</summary>
    /// <param name="cluster">The cluster.</param>
    /// <returns>This spec.</returns>
    public FleetSpec AddCluster(AttachedCluster cluster) => AddMember(cluster, AttachedCluster.KindName);

    /// <summary>Adds a Kurator Cluster object as a member.</summary>
    /// <param name="cluster">The cluster.</param>
    /// <returns>This spec.</returns>
    public FleetSpec AddCluster(global::Kurator.Sdk.Kurator.Cluster.V1Alpha1.Cluster cluster) => AddMember(cluster, global::Kurator.Sdk.Kurator.Cluster.V1Alpha1.Cluster.KindName);

    private FleetSpec AddMember(KubeObject cluster, string kind)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var name = cluster.Name ?? throw new ArgumentException("the cluster has no metadata.name yet", nameof(cluster));
        return AddCluster(new ObjectReference { Kind = kind, Name = name });
    }
}
