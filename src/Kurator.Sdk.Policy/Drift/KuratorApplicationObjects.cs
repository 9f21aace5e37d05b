using System.Collections.Generic;

namespace Kurator.Sdk.Policy.Drift;

/// <summary>
/// The Flux objects Kurator's Application controller creates on the host from an <c>apps.kurator.dev/v1alpha1</c>
/// Application, in the API versions it compiles in. Source: kurator-dev/kurator main @ b6339412dc3b (the commit the
/// shipped Kurator schemas come from), <c>pkg/fleet-manager/application/helper.go</c>: <c>syncSourceResource</c>
/// creates a <c>sourcev1beta2</c> GitRepository, HelmRepository or OCIRepository named after the Application, and
/// <c>syncKustomizationForCluster</c> / <c>syncHelmReleaseForCluster</c> a <c>kustomizev1beta2</c> Kustomization or a
/// <c>helmv2b1</c> (v2beta1) HelmRelease for each sync policy and member cluster. Whether those versions are served is
/// not this table's fact: it is the shipped Flux schemas' (<c>KubeServedVersionsAttribute</c>).
/// </summary>
public static class KuratorApplicationObjects
{
    /// <summary>The Application's API group.</summary>
    public const string Group = "apps.kurator.dev";

    /// <summary>The Application version whose controller this table describes.</summary>
    public const string Version = "v1alpha1";

    /// <summary>The kind.</summary>
    public const string Kind = "Application";

    /// <summary>The SDK family assembly whose shipped schemas (Flux) declare the versions those objects are served in.</summary>
    public const string FactsFamily = "Kurator.Sdk.Flux";

    /// <summary>Who creates the objects, as the message names it.</summary>
    public const string Creator = "Kurator's Application controller";

    /// <summary>The fields the controller creates objects from.</summary>
    public static IReadOnlyList<CreatingField> Fields { get; } = new[]
    {
        new CreatingField(new[] { "spec", "source", "gitRepository" }, -1, "source.toolkit.fluxcd.io", "v1beta2", "GitRepository", false),
        new CreatingField(new[] { "spec", "source", "helmRepository" }, -1, "source.toolkit.fluxcd.io", "v1beta2", "HelmRepository", false),
        new CreatingField(new[] { "spec", "source", "ociRepository" }, -1, "source.toolkit.fluxcd.io", "v1beta2", "OCIRepository", false),
        new CreatingField(new[] { "spec", "syncPolicies", "kustomization" }, 1, "kustomize.toolkit.fluxcd.io", "v1beta2", "Kustomization", true),
        new CreatingField(new[] { "spec", "syncPolicies", "helm" }, 1, "helm.toolkit.fluxcd.io", "v2beta1", "HelmRelease", true),
    };

    /// <summary>True for the Application version and kind this table describes.</summary>
    public static bool Describes(string group, string version, string kind) => group == Group && version == Version && kind == Kind;
}
