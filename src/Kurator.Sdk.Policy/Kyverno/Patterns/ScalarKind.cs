namespace Kurator.Sdk.Policy.Kyverno.Patterns;

/// <summary>The JSON type of a scalar, as Kyverno's Go code distinguishes them (int64 vs float64 matters).</summary>
internal enum ScalarKind
{
    /// <summary>JSON null, or a field that is absent.</summary>
    Null,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Bool,

    /// <summary>A number without fraction or exponent that fits 64 bits.</summary>
    Integer,

    /// <summary>Any other number.</summary>
    Float,

    /// <summary>A string.</summary>
    String,
}
