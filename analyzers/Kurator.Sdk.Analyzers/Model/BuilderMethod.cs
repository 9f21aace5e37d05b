namespace Kurator.Sdk.Analyzers.Model;

/// <summary>A generated builder method resolved to the property it writes.</summary>
internal sealed class BuilderMethod
{
    public BuilderMethod(KubePropertyInfo property, BuilderKind kind)
    {
        Property = property;
        Kind = kind;
    }

    public KubePropertyInfo Property { get; }

    public BuilderKind Kind { get; }
}
