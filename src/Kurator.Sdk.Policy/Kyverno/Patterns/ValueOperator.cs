namespace Kurator.Sdk.Policy.Kyverno.Patterns;

/// <summary>The operator at the front of one condition of a string pattern (<c>&gt;=1Gi</c>, <c>!*:latest</c>, <c>1-5</c>).</summary>
internal enum ValueOperator
{
    /// <summary>No operator: wildcard, quantity or duration equality.</summary>
    Equal,

    /// <summary><c>!</c></summary>
    NotEqual,

    /// <summary><c>&gt;</c></summary>
    More,

    /// <summary><c>&lt;</c></summary>
    Less,

    /// <summary><c>&gt;=</c></summary>
    MoreEqual,

    /// <summary><c>&lt;=</c></summary>
    LessEqual,

    /// <summary><c>a-b</c>: a &lt;= x &lt;= b.</summary>
    InRange,

    /// <summary><c>a!-b</c>: x &lt; a or x &gt; b.</summary>
    NotInRange,
}
