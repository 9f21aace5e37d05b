using System.Collections.Generic;

namespace Kurator.Sdk.Policy.Kyverno.Model;

/// <summary>One compiled policy: a ClusterPolicy (Namespace null) or a namespaced Policy, with its rules incl. autogen ones.</summary>
internal sealed record KyvernoPolicy(string Name, string? Namespace, bool Background, IReadOnlyList<KyvernoRule> Rules, KyvernoPolicySource Source)
{
    /// <summary>The name results carry: <c>namespace/name</c> for a Policy.</summary>
    public string ReportedName => Namespace is null ? Name : Namespace + "/" + Name;
}
