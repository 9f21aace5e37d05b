using System;
using System.Text.Json.Nodes;

namespace Kurator.Sdk.Fleet.Model;

/// <summary>The identity of one object in a cluster.</summary>
/// <param name="ApiVersion">apiVersion, e.g. <c>apps/v1</c>.</param>
/// <param name="Kind">Kind, e.g. <c>Deployment</c>.</param>
/// <param name="Namespace">Namespace, or null for cluster-scoped objects (and namespaced ones left to the default).</param>
/// <param name="Name">metadata.name.</param>
public sealed record ObjectRef(string ApiVersion, string Kind, string? Namespace, string Name)
{
    // The derived names are asked for many times per object in every apply (keys, sorting, grouping): built once each.
    // They are not part of the identity: equality, hashing and copies (`with`) use the four values only.
    private string? _group;
    private string? _groupKind;
    private string? _key;

    private ObjectRef(ObjectRef original)
    {
        ApiVersion = original.ApiVersion;
        Kind = original.Kind;
        Namespace = original.Namespace;
        Name = original.Name;
    }

    /// <summary>The API group ("" for core).</summary>
    public string Group => _group ??= ApiVersion.Contains('/', StringComparison.Ordinal) ? ApiVersion[..ApiVersion.IndexOf('/', StringComparison.Ordinal)] : "";

    /// <summary>The group-kind as Kubernetes prints it: <c>Deployment.apps</c>, or <c>Secret</c> for core.</summary>
    public string GroupKind => _groupKind ??= Group.Length == 0 ? Kind : Kind + "." + Group;

    /// <summary>The identity of <paramref name="obj"/>.</summary>
    public static ObjectRef Of(JsonObject obj) => new(
        (string?)obj["apiVersion"] ?? throw new ArgumentException("object without apiVersion", nameof(obj)),
        (string?)obj["kind"] ?? throw new ArgumentException("object without kind", nameof(obj)),
        (string?)obj["metadata"]?["namespace"] is { Length: > 0 } ns ? ns : null,
        (string?)obj["metadata"]?["name"] ?? throw new ArgumentException("object without metadata.name", nameof(obj)));

    /// <summary>The key used to match desired and live objects (group, not version: a version change is the same object).</summary>
    public string Key => _key ??= $"{GroupKind}/{Namespace}/{Name}";

    /// <inheritdoc />
    public bool Equals(ObjectRef? other) =>
        other is not null && ApiVersion == other.ApiVersion && Kind == other.Kind && Namespace == other.Namespace && Name == other.Name;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ApiVersion, Kind, Namespace, Name);

    /// <inheritdoc />
    public override string ToString() => Namespace is null ? $"{Kind}/{Name}" : $"{Kind}/{Namespace}/{Name}";
}
