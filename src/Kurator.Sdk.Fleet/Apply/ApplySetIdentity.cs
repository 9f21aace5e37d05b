using System;
using System.Security.Cryptography;
using System.Text;

namespace Kurator.Sdk.Fleet.Apply;

/// <summary>
/// The app's ApplySet in one cluster (KEP-3659): a parent Secret whose id labels every object the app applied, so a later
/// run can find (and prune) exactly its own objects and never another owner's.
/// </summary>
internal sealed class ApplySetIdentity
{
    public const string PartOfLabel = "applyset.kubernetes.io/part-of";
    public const string IdLabel = "applyset.kubernetes.io/id";
    public const string ToolingAnnotation = "applyset.kubernetes.io/tooling";
    public const string GroupKindsAnnotation = "applyset.kubernetes.io/contains-group-kinds";
    public const string NamespacesAnnotation = "applyset.kubernetes.io/additional-namespaces";
    public const string Tooling = "kurator-sdk/v0.1.0";

    public ApplySetIdentity(string appName, string parentNamespace)
    {
        ParentName = "applyset-" + appName.ToLowerInvariant();
        ParentNamespace = parentNamespace;
        // Same derivation as kubectl: name.namespace.Kind.group of the parent (a core Secret, so the group is empty).
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{ParentName}.{ParentNamespace}.Secret."));
        Id = "applyset-" + Convert.ToBase64String(hash).TrimEnd('=').Replace('+', '-').Replace('/', '_') + "-v1";
    }

    public string ParentName { get; }

    public string ParentNamespace { get; }

    public string Id { get; }

    public string Selector => PartOfLabel + "=" + Id;
}
