namespace Kurator.Sdk.Policy.Drift;

/// <summary>
/// The API drift rules' IDs and messages, shared as source with the analyzers so the compile-time diagnostic and the
/// <c>check</c> line say the same thing. BCL only (the analyzers are netstandard2.0).
/// </summary>
public static class ApiDriftRules
{
    /// <summary>The schema marks the API version <c>deprecated: true</c>.</summary>
    public const string DeprecatedVersion = "KSDK6001";

    /// <summary>The upstream release the shipped schemas come from no longer serves the API version.</summary>
    public const string UnservedVersion = "KSDK6002";

    /// <summary>True for the ID of an API drift rule.</summary>
    public static bool IsDriftRule(string id) => id == DeprecatedVersion || id == UnservedVersion;

    /// <summary>
    /// <c>cluster.x-k8s.io/v1beta1 Cluster is deprecated in Cluster API v1.14.0; move to cluster.x-k8s.io/v1beta2</c>,
    /// with the CRD's own warning appended in parentheses when it has one.
    /// </summary>
    public static string DeprecatedMessage(string group, string version, string kind, string? replacementVersion, string? servedBy, string? warning)
    {
        var text = ApiVersion(group, version) + " " + kind + " is deprecated" + (servedBy != null ? " in " + servedBy : string.Empty);
        text += replacementVersion != null && replacementVersion != version ? "; move to " + ApiVersion(group, replacementVersion) : string.Empty;
        return warning != null ? text + " (\"" + warning + "\")" : text;
    }

    /// <summary>
    /// <c>source.toolkit.fluxcd.io/v1beta2 GitRepository is not served by source-controller v1.9.1 (Flux v2.9.0), which
    /// serves v1; move to source.toolkit.fluxcd.io/v1</c>.
    /// </summary>
    public static string UnservedMessage(string group, string version, string kind, string preferredVersion, string servedBy, string[] servedVersions) =>
        ApiVersion(group, version) + " " + kind + " is not served by " + servedBy + ", which serves " + string.Join(", ", servedVersions)
        + "; move to " + ApiVersion(group, preferredVersion);

    /// <summary>
    /// <c>Kurator's Application controller creates a source.toolkit.fluxcd.io/v1beta2 GitRepository from this field, which
    /// is not served by source-controller v1.9.1 (Flux v2.9.0), which serves v1; define a source.toolkit.fluxcd.io/v1
    /// GitRepository (and the Kustomization or HelmRelease that uses it) directly</c>: the object a controller creates
    /// from a field is in a version the shipped schemas of its kind do not serve. The field's path goes before it.
    /// </summary>
    public static string CreatedUnservedMessage(string creator, CreatingField field, string preferredVersion, string servedBy, string[] servedVersions) =>
        creator + " creates a " + ApiVersion(field.Group, field.Version) + " " + field.Kind + (field.PerMemberCluster ? " for each member cluster" : string.Empty)
        + " from this field, which is not served by " + servedBy + ", which serves " + string.Join(", ", servedVersions)
        + "; define a " + ApiVersion(field.Group, preferredVersion) + " " + field.Kind
        + (field.PerMemberCluster ? " for each member cluster (spec.kubeConfig.secretRef names its kubeconfig)" : " (and the Kustomization or HelmRelease that uses it)")
        + " directly";

    /// <summary><c>group/version</c>, or the version alone for the core group.</summary>
    public static string ApiVersion(string group, string version) => group.Length == 0 ? version : group + "/" + version;
}
