using System;
using System.Collections.Generic;

namespace Kurator.Sdk.Fleet.Model;

/// <summary>Objects that go straight to every member cluster of a fleet.</summary>
public sealed class WorkloadSet
{
    private readonly List<KubeObject> _objects = new();

    /// <summary>Only members whose cluster object (AttachedCluster or Cluster defined in the app) has all these labels; empty for every member.</summary>
    public IDictionary<string, string> ClusterSelector { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Restricts these workloads to members whose cluster object carries <paramref name="key"/>=<paramref name="value"/> (as an Application's <c>clusterSelector.matchLabels</c>).</summary>
    public WorkloadSet OnClustersLabelled(string key, string value)
    {
        ClusterSelector[key] = value;
        return this;
    }

    /// <summary>The objects, in the order they were added.</summary>
    public IReadOnlyList<KubeObject> Objects => _objects;

    /// <summary>Adds an object for every member cluster and returns it, so it can be referenced later.</summary>
    public T Add<T>(T obj) where T : KubeObject
    {
        ArgumentNullException.ThrowIfNull(obj);
        _objects.Add(obj);
        return obj;
    }
}
