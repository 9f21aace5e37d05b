using System;
using Kurator.Sdk.Fleet.Families;

namespace Kurator.Sdk.Fleet.Delivery;

/// <summary>
/// The typed family holding a delivery system's own kinds (Karmada's policies, OCM's ManifestWork and Placement,
/// KubeVela's Application). The runtime does not reference these families at compile time: only an app that delivers
/// through that system needs them, so a fleet on the Kurator host does not build or load them. The Kurator.Sdk package
/// puts every family beside the app; in a project that references families one by one, the target's family must be one
/// of them, or rendering stops with what to add (never an unchecked object).
/// </summary>
internal sealed class DeliveryFamily
{
    /// <summary>Kurator's own kinds (a compile-time reference of the runtime, so always there).</summary>
    public static readonly DeliveryFamily Kurator = new("kurator", "Kurator.Sdk.Kurator");

    /// <summary>Karmada's policies.</summary>
    public static readonly DeliveryFamily Karmada = new("karmada", "Kurator.Sdk.Karmada");
    /// <summary>OCM's ManifestWork, ManifestWorkReplicaSet and Placement.</summary>
    public static readonly DeliveryFamily Ocm = new("ocm", "Kurator.Sdk.Ocm");
    /// <summary>KubeVela's Application.</summary>
    public static readonly DeliveryFamily KubeVela = new("kubevela", "Kurator.Sdk.KubeVela");

    private DeliveryFamily(string target, string assembly)
    {
        Target = target;
        Assembly = assembly;
    }

    /// <summary>The --target value that renders this family's kinds.</summary>
    public string Target { get; }

    /// <summary>The family's assembly name.</summary>
    public string Assembly { get; }

    /// <summary>The registered kind of <paramref name="apiVersion"/> <paramref name="kind"/>, loading the family when it is not loaded yet.</summary>
    public KubeKindInfo Kind(string apiVersion, string kind)
    {
        if (KubeTypeRegistry.Default.TryGet(apiVersion, kind, out var info)) return info;
        if (FamilyAssembly.TryLoad(Assembly) is null)
        {
            throw new ArgumentException($"--target {Target} renders {apiVersion} {kind}, whose typed model is in {Assembly}, which this app does not reference: add a reference to {Assembly} (the Kurator.Sdk package includes it)");
        }

        return KubeTypeRegistry.Default.TryGet(apiVersion, kind, out info)
            ? info
            : throw new ArgumentException($"--target {Target} renders {apiVersion} {kind}, which {Assembly} does not define");
    }
}
