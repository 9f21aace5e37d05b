using Microsoft.CodeAnalysis;

namespace Kurator.Sdk.Analyzers.Model;

/// <summary>A field write: the property, the value, and the code that wrote it.</summary>
internal sealed class KubeField
{
    public KubeField(KubePropertyInfo property, KubeValue value, Location location, SyntaxNode? syntax)
    {
        Property = property;
        Value = value;
        Location = location;
        Syntax = syntax;
    }

    public KubePropertyInfo Property { get; }

    public KubeValue Value { get; }

    /// <summary>Where to report a problem with this value (<c>Privileged = true</c>, <c>WithHostNetwork(true)</c>).</summary>
    public Location Location { get; }

    /// <summary>The assignment or builder call that wrote the field (for code fixes).</summary>
    public SyntaxNode? Syntax { get; }
}
