using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace Kurator.Sdk.Cli.KyvernoTests;

/// <summary>
/// A Kyverno CLI values file (kind Values of cli.kyverno.io/v1alpha1, or the legacy unversioned form), read: global
/// values, values per policy resource and per policy rule, and namespace labels. Values are dotted variable names
/// (<c>request.operation</c>, a context entry's name, ...) and their values.
/// </summary>
internal sealed class KyvernoValues
{
    public KyvernoValues(
        IReadOnlyDictionary<string, JsonNode?> global,
        IReadOnlyList<PolicyValues> policies,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> namespaceLabels)
    {
        Global = global;
        Policies = policies;
        NamespaceLabels = namespaceLabels;
    }

    public IReadOnlyDictionary<string, JsonNode?> Global { get; }

    public IReadOnlyList<PolicyValues> Policies { get; }

    /// <summary>Labels by namespace name (namespaceSelector, and the <c>namespaces</c> objects, which take precedence).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> NamespaceLabels { get; }

    /// <summary>
    /// The values for a rule of a policy on the resource named <paramref name="resource"/>, merged as the Kyverno CLI does:
    /// the global values, then the policy's values for that resource, then the rule's (a later one wins); null when none.
    /// </summary>
    public IReadOnlyDictionary<string, JsonNode?>? For(string policy, string resource, string rule)
    {
        Dictionary<string, JsonNode?>? merged = null;
        Add(ref merged, Global);
        foreach (var p in Policies.Where(p => IsPolicy(policy, p.Name)))
        {
            foreach (var r in p.Resources.Where(r => r.Name == resource))
            {
                Add(ref merged, r.Values);
            }

            foreach (var r in p.Rules.Where(r => r.Name == rule))
            {
                Add(ref merged, r.Values);
            }
        }

        return merged;
    }

    /// <summary>The labels of a namespace, or null when the values do not give them.</summary>
    public IReadOnlyDictionary<string, string>? LabelsOf(string ns) => NamespaceLabels.TryGetValue(ns, out var labels) ? labels : null;

    // The engine reports a namespaced Policy as namespace/name; a values file names it by its name.
    private static bool IsPolicy(string reported, string name) =>
        reported == name || reported.EndsWith("/" + name, StringComparison.Ordinal);

    private static void Add(ref Dictionary<string, JsonNode?>? merged, IReadOnlyDictionary<string, JsonNode?> values)
    {
        foreach (var (key, value) in values)
        {
            (merged ??= new Dictionary<string, JsonNode?>(StringComparer.Ordinal))[key] = value;
        }
    }
}

/// <summary>The values a values file gives for one policy.</summary>
/// <param name="Name">The policy name.</param>
/// <param name="Resources">Values per resource name.</param>
/// <param name="Rules">Values per rule name.</param>
internal sealed record PolicyValues(string Name, IReadOnlyList<NamedValues> Resources, IReadOnlyList<NamedValues> Rules);

/// <summary>Values for one named resource or rule.</summary>
/// <param name="Name">The resource or rule name.</param>
/// <param name="Values">Dotted variable names and their values.</param>
internal sealed record NamedValues(string Name, IReadOnlyDictionary<string, JsonNode?> Values);
