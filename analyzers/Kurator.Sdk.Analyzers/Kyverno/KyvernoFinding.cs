using Microsoft.CodeAnalysis;

namespace Kurator.Sdk.Analyzers.Kyverno;

/// <summary>One object that certainly fails a Kyverno rule, at the write that fails it (or the creation that lacks a field).</summary>
internal sealed class KyvernoFinding
{
    public KyvernoFinding(PolicyRule rule, Location location, string what)
    {
        Rule = rule;
        Location = location;
        What = what;
    }

    public PolicyRule Rule { get; }

    public Location Location { get; }

    /// <summary>What fails, e.g. <c>Image "nginx:latest"</c>, <c>Missing field metadata.labels["app"]</c>.</summary>
    public string What { get; }
}
