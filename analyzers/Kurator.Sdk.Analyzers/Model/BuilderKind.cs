namespace Kurator.Sdk.Analyzers.Model;

/// <summary>What a generated fluent builder method does to its property.</summary>
internal enum BuilderKind
{
    /// <summary><c>WithX(value)</c>: sets the property.</summary>
    Set,

    /// <summary><c>WithX(Action&lt;T&gt;)</c>: configures the existing (or a new) child.</summary>
    Configure,

    /// <summary><c>AddX(item)</c>: appends to a list property.</summary>
    AddItem,

    /// <summary><c>AddX(Action&lt;T&gt;)</c>: appends a new item configured by the lambda.</summary>
    AddConfiguredItem,

    /// <summary><c>WithX(key, value)</c>: sets one entry of a map property.</summary>
    MapEntry,
}
