using System.Collections.Generic;

namespace Kurator.Sdk.Analyzers.Kyverno;

/// <summary>A <c>ClusterPolicy</c> or <c>Policy</c> built in the project, with its decidable validate rules.</summary>
internal sealed class KyvernoPolicy
{
    public KyvernoPolicy(string name, string? @namespace, IReadOnlyCollection<string> autogenControllers)
    {
        Name = name;
        Namespace = @namespace;
        AutogenControllers = autogenControllers;
    }

    public string Name { get; }

    /// <summary>The namespace of a namespaced <c>Policy</c> (it applies only there); null for a ClusterPolicy.</summary>
    public string? Namespace { get; }

    /// <summary>The controller kinds Kyverno copies the policy's Pod rules to (empty: none).</summary>
    public IReadOnlyCollection<string> AutogenControllers { get; }

    public List<PolicyRule> Rules { get; } = new List<PolicyRule>();
}
