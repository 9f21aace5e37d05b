namespace Kurator.Sdk.Analyzers.Model;

/// <summary>What is statically known about a value assigned in C#.</summary>
internal enum KubeValueKind
{
    /// <summary>Computed at run time (a variable from elsewhere, a call, a condition): judged as "could be anything".</summary>
    Unknown,

    /// <summary>The null literal: the field is unset on the wire.</summary>
    Null,

    /// <summary>A constant: string, number, bool or generated enum member (kept in wire form).</summary>
    Scalar,

    /// <summary>A generated object whose fields are tracked.</summary>
    Object,

    /// <summary>A list whose items are tracked.</summary>
    List,

    /// <summary>A string-keyed map whose entries are tracked.</summary>
    Map,
}
