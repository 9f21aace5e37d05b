using System;
using System.Collections.Generic;
using System.Linq;

namespace Kurator.Sdk.Fleet.Overrides;

/// <summary>A fleet member's identity for overrides: its name and the labels of the cluster object the app defines for it.</summary>
internal static class FleetMembers
{
    /// <summary>The member called <paramref name="name"/>, labelled as its AttachedCluster or Cluster among <paramref name="hostObjects"/> (no labels when the app does not define it).</summary>
    public static MemberCluster Resolve(string name, IReadOnlyList<KubeObject> hostObjects)
    {
        var cluster = hostObjects.FirstOrDefault(o => o.Name == name && o.Kind is "AttachedCluster" or "Cluster" && o.ApiVersion.StartsWith("cluster.kurator.dev/", StringComparison.Ordinal));
        var labels = cluster?.HasMetadata == true ? cluster.Metadata.Labels : null;
        return new MemberCluster(name, labels);
    }
}
