using Kurator.Sdk.Analyzers.Model;
using Microsoft.CodeAnalysis;

namespace Kurator.Sdk.Analyzers.Kyverno;

/// <summary>
/// An object the project builds, as a Kyverno rule is applied to it: a root object of a generated kind, or the Pod a
/// pod controller's template stands for (Kyverno's auto-generated rules for controllers judge that part).
/// </summary>
internal sealed class Subject
{
    public Subject(ApiKind kind, KubeNode node, ResourceNode resource, string? name, string? @namespace, string? controller)
    {
        Kind = kind;
        Node = node;
        Resource = resource;
        Name = name;
        Namespace = @namespace;
        Controller = controller;
    }

    /// <summary>The kind rules select by (<c>Pod</c> for a controller's template).</summary>
    public ApiKind Kind { get; }

    /// <summary>The built root object (the controller, for a template).</summary>
    public KubeNode Node { get; }

    /// <summary>What patterns are matched against.</summary>
    public ResourceNode Resource { get; }

    /// <summary>The constant <c>metadata.name</c>; null when computed, unset, or a template's Pod (named at run time).</summary>
    public string? Name { get; }

    /// <summary>The constant <c>metadata.namespace</c> (a template's Pod is in its controller's); null when not known here.</summary>
    public string? Namespace { get; }

    /// <summary>The controller kind whose template this is (<c>Deployment</c>, <c>CronJob</c>), or null for the object itself.</summary>
    public string? Controller { get; }

    /// <summary>Where a finding that has no better place is reported: the object's creation.</summary>
    public Location CreatedAt => Node.Location;
}
