using System;

namespace Kurator.Sdk.Fleet.Delivery;

/// <summary>The system that distributes the workloads to the member clusters.</summary>
public enum DeliveryTarget
{
    /// <summary>The runtime applies each member's objects itself (overrides applied per cluster); the Kurator host gets the app's host objects.</summary>
    Direct,

    /// <summary>Kurator: an Application with one sync policy per override group, pulling a GitOps directory.</summary>
    Kurator,

    /// <summary>Karmada: the workloads plus PropagationPolicy and OverridePolicy on the Karmada control plane.</summary>
    Karmada,

    /// <summary>Open Cluster Management: Placement plus a ManifestWork per cluster (ManifestWorkReplicaSets with waves).</summary>
    Ocm,

    /// <summary>KubeVela: an Application with components, topology and override policies and a deploy workflow.</summary>
    KubeVela,
}

/// <summary>The <c>--target</c> spelling of each target.</summary>
public static class DeliveryTargets
{
    /// <summary>The accepted <c>--target</c> values.</summary>
    public static readonly string[] Names = ["direct", "kurator", "karmada", "ocm", "kubevela"];

    /// <summary>Parses a <c>--target</c> value; throws naming the accepted ones.</summary>
    public static DeliveryTarget Parse(string value) => value?.ToLowerInvariant() switch
    {
        "direct" => DeliveryTarget.Direct,
        "kurator" => DeliveryTarget.Kurator,
        "karmada" => DeliveryTarget.Karmada,
        "ocm" => DeliveryTarget.Ocm,
        "kubevela" => DeliveryTarget.KubeVela,
        _ => throw new ArgumentException($"--target must be one of {string.Join(", ", Names)}, not '{value}'"),
    };

    /// <summary>The <c>--target</c> spelling of <paramref name="target"/>.</summary>
    public static string Name(DeliveryTarget target) => Names[(int)target];
}
