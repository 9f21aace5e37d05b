namespace Kurator.Sdk.Analyzers.Overrides;

/// <summary>Where the fleet runtime puts the per-cluster override API, and the cluster kinds that carry fleet labels.</summary>
internal static class OverrideNames
{
    public const string ClusterSelector = "Kurator.Sdk.Fleet.Overrides.ClusterSelector";
    public const string ClusterLabels = "Kurator.Sdk.Fleet.Overrides.ClusterLabels";
    public const string OverrideBuilder = "Kurator.Sdk.Fleet.Overrides.OverrideBuilder`1";
    public const string JsonPatchOperation = "Kurator.Sdk.Json.JsonPatchOperation";
    public const string AttachedCluster = "Kurator.Sdk.Kurator.Cluster.V1Alpha1.AttachedCluster";
    public const string Cluster = "Kurator.Sdk.Kurator.Cluster.V1Alpha1.Cluster";
}
